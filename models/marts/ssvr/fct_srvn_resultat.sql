-- Södra regionvårdsnämnden's result (kansli and political work) per
-- kontoklass × scenario × year × edition, kr, signed as printed (costs
-- negative). The printed "Avvikelse mot budget" column and Summa row are
-- totals: they reconcile with the parts here and are left out.
with

cells as (
    {{ printed_cells('srvn_resultat') }}
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
        is_vald_version,
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
