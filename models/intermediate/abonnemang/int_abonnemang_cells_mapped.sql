-- The abonnemang cells that are parts (no printed totals, no empty cells) of
-- every edition's abonnemang table, with the buying region (the row's key),
-- the selling unit (the column's key), the year and the edition, and whether
-- this is the version sums use.
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'abonnemang'
),

versions as (
    select * from {{ ref('int_figure_versions') }}
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
        coalesce(versions.is_vald_version, false) as is_vald_version
    from cells
    left join saljare on cells.column_key = saljare.saljare_id
    left join versions on cells.cell_id = versions.cell_id
    where not cells.is_printed_total and not cells.is_empty
)

select * from mapped
