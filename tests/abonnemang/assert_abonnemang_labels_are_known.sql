-- Every buying region (row) and selling unit (column) of the abonnemang table
-- is a known one; an unknown label is reported with its place in the seed.
{{ config(store_failures=true) }}

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

unknown as (
    select
        abonnemang_cells.cell_location,
        abonnemang_cells.row_label,
        abonnemang_cells.column_label,
        case
            when regioner.region_id is null then 'unknown buying region'
            else 'unknown selling unit'
        end as problem
    from abonnemang_cells
    left join regioner on abonnemang_cells.row_label = regioner.printed_label
    left join saljare on abonnemang_cells.column_label = saljare.printed_column_label
    where
        not abonnemang_cells.is_printed_total
        and not abonnemang_cells.is_empty
        and (regioner.region_id is null or saljare.saljare_id is null)
)

select * from unknown
