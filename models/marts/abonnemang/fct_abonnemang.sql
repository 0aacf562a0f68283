-- Abonnemang: what each region pays each selling unit, per year and edition
-- (tkr). Printed totals are left out; they reconcile with their parts.
-- is_vald_version marks the version a sum uses (one per buyer, seller and
-- year: the most final scenario, the latest edition).
with

abonnemang as (
    select * from {{ ref('int_abonnemang_cells_mapped') }}
),

final as (
    select
        kopare_region_id || ':' || saljare_id || ':' || cast(ar as {{ dbt.type_string() }})
        || ':' || edition_id as abonnemang_id,
        kopare_region_id,
        saljare_id,
        saljande_region_id,
        ar,
        edition_id,
        belopp_tkr,
        is_vald_version,
        cell_id as source_cell_id
    from abonnemang
)

select * from final
