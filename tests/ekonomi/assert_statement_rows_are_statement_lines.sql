-- Every row of a financial statement (a table kind that ref__rapportrader
-- lists as a rapport) maps to a line of ref__rapportrader: a row the label map
-- keys to an unknown line would otherwise drop out of the statement marts.
{{ config(store_failures=true) }}

with

cells as (
    select
        table_kind,
        row_order,
        row_label,
        row_key,
        seed_path
    from {{ ref('int_printed_cells_keyed') }}
),

rapportrader as (
    select
        rad_id,
        rapport
    from {{ ref('stg_reference__rapportrader') }}
)

select distinct
    cells.seed_path,
    cells.row_order + 1 as line_number,
    cells.row_label,
    cells.row_key
from cells
where
    cells.table_kind in (select rapportrader.rapport from rapportrader)
    and not exists (
        select 1 from rapportrader
        where
            rapportrader.rapport = cells.table_kind
            and rapportrader.rad_id = cells.row_key
    )
