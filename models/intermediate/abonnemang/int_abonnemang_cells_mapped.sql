-- The abonnemang cells that are parts (no printed totals, no empty cells),
-- with the buying region (row) and the selling unit (column) resolved.
with

abonnemang_cells as (
    select * from {{ ref('stg_ssvr_vb_2023__abonnemang_2023') }}
),

regioner as (
    select * from {{ ref('stg_reference__regioner') }}
),

saljare as (
    select * from {{ ref('stg_reference__abonnemang_saljare') }}
),

part_cells as (
    select *
    from abonnemang_cells
    where not is_printed_total and not is_empty
),

mapped as (
    select
        part_cells.cell_id,
        -- The table is "Abonnemangen för 2023".
        2023 as ar,
        regioner.region_id as kopare_region_id,
        saljare.saljare_id,
        saljare.saljande_region_id,
        part_cells.value as belopp_tkr
    from part_cells
    left join regioner
        on part_cells.row_label = regioner.printed_label
    left join saljare
        on part_cells.column_label = saljare.printed_column_label
)

select * from mapped
