-- Abonnemang: what each region pays each selling unit, per year (tkr).
-- Printed totals are left out; they reconcile in staging.
with

abonnemang as (
    select * from {{ ref('int_abonnemang_cells_mapped') }}
),

final as (
    select
        kopare_region_id || ':' || saljare_id || ':' || cast(ar as {{ dbt.type_string() }})
            as abonnemang_id,
        kopare_region_id,
        saljare_id,
        saljande_region_id,
        ar,
        belopp_tkr,
        cell_id as source_cell_id
    from abonnemang
)

select * from final
