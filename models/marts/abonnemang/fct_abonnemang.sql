-- Abonnemang: what each region pays each selling unit, per year and edition
-- (tkr): the parts of every edition's abonnemang table (printed totals and
-- empty cells left out; the totals reconcile with their parts), the buying
-- region the row's key, the selling unit the column's. is_vald_version marks
-- the version a sum uses (one per buyer, seller and year: the most final
-- scenario, the latest edition).
with

cells as (
    {{ printed_cells('abonnemang', parts_only=true) }}
),

saljare as (
    select
        saljare_id,
        saljande_region_id
    from {{ ref('stg_reference__abonnemang_saljare') }}
),

final as (
    select
        cells.row_key || ':' || cells.column_key || ':' || cast(cells.ar as {{ dbt.type_string() }})
        || ':' || cells.edition_id as abonnemang_id,
        cells.row_key as kopare_region_id,
        cells.column_key as saljare_id,
        saljare.saljande_region_id,
        cells.ar,
        cells.edition_id,
        cells.value as belopp_tkr,
        cells.is_vald_version,
        cells.cell_id as source_cell_id
    from cells
    left join saljare on cells.column_key = saljare.saljare_id
)

select * from final
