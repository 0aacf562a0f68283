-- Södra regionvårdsnämnden's result (kansli and political work) per
-- kontoklass × scenario × year × edition, kr, signed as printed (costs
-- negative). The printed "Avvikelse mot budget" column and Summa row are
-- totals: they reconcile with the parts here and are left out.
with

cells as (
    select
        cell_id,
        edition_id,
        row_order,
        row_label,
        row_key,
        ar,
        scenario_id,
        value,
        is_printed_total,
        is_empty
    from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'srvn_resultat'
),

final as (
    select
        row_key || ':' || scenario_id || ':' || cast(ar as {{ dbt.type_string() }})
        || ':' || edition_id as srvn_resultat_id,
        row_key as kontoklass_id,
        row_label as kontoklass,
        scenario_id,
        ar,
        edition_id,
        value as belopp_kr,
        cast(row_order as integer) as sort_order,
        cell_id as source_cell_id
    from cells
    where
        not is_printed_total
        and not is_empty
        -- The difference column has a year but no scenario: it is a total.
        and scenario_id is not null
)

select * from final
