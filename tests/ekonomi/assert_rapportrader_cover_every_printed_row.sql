-- Every row of the statement tables has its line in ref__rapportrader, with
-- the label as printed, and every line there points at a printed row. A row
-- added to a seed without its place in the hierarchy fails here.
with

printed_rows as (
    select distinct
        source_table,
        row_order,
        row_label
    from {{ ref('int_printed_cells_unioned') }}
    where source_table in (
        select distinct rapportrader.source_table
        from {{ ref('stg_reference__rapportrader') }} as rapportrader
    )
),

rapportrader as (
    select * from {{ ref('stg_reference__rapportrader') }}
),

compared as (
    select
        coalesce(printed_rows.source_table, rapportrader.source_table) as source_table,
        coalesce(printed_rows.row_order, rapportrader.row_order) as row_order,
        printed_rows.row_label as printed_row_label,
        rapportrader.row_label as reference_row_label,
        rapportrader.rad_id
    from printed_rows
    full outer join rapportrader
        on
            printed_rows.source_table = rapportrader.source_table
            and printed_rows.row_order = rapportrader.row_order
)

select * from compared
where
    rad_id is null
    or printed_row_label is null
    or printed_row_label != reference_row_label
