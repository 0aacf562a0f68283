-- Printed rates agree with the levels they are computed from, at the printed
-- precision, in every edition: every rate the rate map declares
-- (ref__kvoter: population growth, intäktsökning, nettokostnadsutveckling,
-- soliditet), from its numerator and denominator rows.
-- A rate that does not agree is accepted only where the register holds that
-- very contradiction (D0047, D0048). Fails too if a table compares nothing.

with

cells as (
    select
        source_table,
        table_kind,
        column_order,
        row_label,
        row_key,
        column_label,
        ar,
        printed_value,
        value,
        cell_location
    from {{ ref('int_printed_cells_keyed') }}
    where value is not null
),

discrepancies as (
    select
        source_table,
        row_label,
        column_label,
        printed_value
    from {{ ref('stg_registry__source_discrepancies') }}
),

kvoter as (
    select * from {{ ref('stg_reference__kvoter') }}
),

compared as (
    select
        rate.source_table,
        rate.cell_location,
        rate.row_label,
        rate.column_label,
        rate.printed_value,
        rate.value as printed_rate,
        {{ round_to_scale(
            "case kvoter.jamforelse"
            ~ " when 'foregaende_ar' then (taljare.value / namnare.value - 1) * 100"
            ~ " else taljare.value / namnare.value * 100 end",
            "cast(" ~ printed_decimals('rate.printed_value') ~ " as integer)"
        ) }}
            as computed_rate
    from kvoter
    inner join cells as rate
        on
            kvoter.table_kind = rate.table_kind
            and kvoter.kvot_key = rate.row_key
    inner join cells as taljare
        on
            rate.source_table = taljare.source_table
            and kvoter.taljare_key = taljare.row_key
            and (
                (kvoter.jamforelse = 'foregaende_ar' and rate.ar = taljare.ar)
                or (kvoter.jamforelse = 'samma_kolumn' and rate.column_order = taljare.column_order)
            )
    inner join cells as namnare
        on
            rate.source_table = namnare.source_table
            and kvoter.namnare_key = namnare.row_key
            and (
                (kvoter.jamforelse = 'foregaende_ar' and rate.ar = namnare.ar + 1)
                or (kvoter.jamforelse = 'samma_kolumn' and rate.column_order = namnare.column_order)
            )
),

failures as (
    select
        compared.cell_location,
        compared.printed_value,
        compared.computed_rate,
        'the printed rate is not the rate of its base' as problem
    from compared
    where
        compared.printed_rate != compared.computed_rate
        and not exists (
            select 1
            from discrepancies
            where {{ is_registered_at('compared') }}
        )
)

select * from failures
union all
select
    tables.source_table as cell_location,
    null as printed_value,
    null as computed_rate,
    'no rate of this table could be compared with its base' as problem
from {{ ref('stg_registry__printed_tables') }} as tables  -- noqa: RF04
where
    tables.table_kind in (select kvoter.table_kind from kvoter)
    and not exists (
        select 1 from compared
        where compared.source_table = tables.source_table
    )
