-- Printed rates agree with the levels they are computed from, at the printed
-- precision, in every edition: population growth (övriga
-- beräkningsförutsättningar), intäktsökning (intäktsutveckling),
-- nettokostnadsutveckling (kostnadsutveckling) and soliditet (balansbudget).
-- A rate that does not agree is accepted only where the register holds that
-- very contradiction (D0047, D0048). Fails too if a table compares nothing.
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where value is not null
),

discrepancies as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
),

growth_pairs as (
    select
        'berakningsforutsattningar' as table_kind,
        'invanare_okning' as rate_key,
        'invanare' as base_key
    union all
    select
        'intaktsutveckling' as table_kind,
        'intaktsutveckling:intaktsokning_jamfort_med_foregaende_ar' as rate_key,
        'intaktsutveckling:summa_skatt_utjamning_och_generella_statliga_bidrag' as base_key
    union all
    select
        'kostnadsutveckling' as table_kind,
        'kostnadsutveckling:nettokostnadsutveckling' as rate_key,
        'kostnadsutveckling:nettokostnader' as base_key
),

growth as (
    select
        rate.source_table,
        rate.cell_location,
        rate.row_label,
        rate.column_label,
        rate.printed_value,
        rate.value as printed_rate,
        {{ round_to_scale(
            "(this_year.value / previous_year.value - 1) * 100",
            "cast(" ~ printed_decimals('rate.printed_value') ~ " as integer)"
        ) }}
            as computed_rate
    from growth_pairs
    inner join cells as rate
        on
            growth_pairs.table_kind = rate.table_kind
            and growth_pairs.rate_key = rate.row_key
    inner join cells as this_year
        on
            rate.source_table = this_year.source_table
            and growth_pairs.base_key = this_year.row_key
            and rate.ar = this_year.ar
    inner join cells as previous_year
        on
            rate.source_table = previous_year.source_table
            and growth_pairs.base_key = previous_year.row_key
            and rate.ar = previous_year.ar + 1
),

soliditet as (
    select
        rate.source_table,
        rate.cell_location,
        rate.row_label,
        rate.column_label,
        rate.printed_value,
        rate.value as printed_rate,
        {{ round_to_scale(
            "eget_kapital.value / tillgangar.value * 100",
            "cast(" ~ printed_decimals('rate.printed_value') ~ " as integer)"
        ) }}
            as computed_rate
    from cells as rate
    inner join cells as eget_kapital
        on
            rate.source_table = eget_kapital.source_table
            and eget_kapital.row_key = 'balansbudget:eget_kapital'
            and rate.column_order = eget_kapital.column_order
    inner join cells as tillgangar
        on
            rate.source_table = tillgangar.source_table
            and tillgangar.row_key = 'balansbudget:summa_tillgangar'
            and rate.column_order = tillgangar.column_order
    where rate.row_key = 'balansbudget:soliditet_vid_arets_slut'
),

compared as (
    select * from growth
    union all
    select * from soliditet
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
            where
                discrepancies.source_table = compared.source_table
                and discrepancies.row_label = compared.row_label
                and discrepancies.column_label = compared.column_label
                and discrepancies.printed_value = compared.printed_value
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
    tables.table_kind in (
        'berakningsforutsattningar', 'intaktsutveckling', 'kostnadsutveckling', 'balansbudget'
    )
    and not exists (
        select 1 from compared
        where compared.source_table = tables.source_table
    )
