-- The abonnemang cells that are parts (no printed totals, no empty cells) of
-- every edition's abonnemang table, with the buying region (the row's key),
-- the selling unit (the column's key), the year and the edition, and whether
-- this is the version sums use.
with

cells as (
    {{ printed_cells('abonnemang', parts_only=true) }}
),

saljare as (
    select * from {{ ref('stg_reference__abonnemang_saljare') }}
),

mapped as (
    select
        cells.cell_id,
        cells.edition_id,
        cells.ar,
        cells.row_key as kopare_region_id,
        cells.column_key as saljare_id,
        saljare.saljande_region_id,
        cells.value as belopp_tkr,
        cells.is_vald_version
    from cells
    left join saljare on cells.column_key = saljare.saljare_id
)

select * from mapped
