-- Every printed cell of the budget's financial statements (the table kinds
-- whose rows are statement lines, ref__rapportrader) with its line, year,
-- scenario and edition, in the warehouse's sign convention. Printed sums are
-- kept here, so the report mart can set them beside the sum of their parts.
with

cells as (
    {{ printed_cells() }}
),

rapportrader as (
    select
        rad_id,
        rapport,
        rad_typ
    from {{ ref('stg_reference__rapportrader') }}
),

mapped as (
    select
        cells.cell_id,
        rapportrader.rad_id,
        rapportrader.rapport,
        rapportrader.rad_typ,
        cells.document_file,
        cells.edition_id,
        cells.source_table,
        cells.row_order,
        cells.row_label,
        cells.column_label,
        cells.ar,
        cells.scenario_id,
        cells.unit,
        cells.printed_value,
        cells.value,
        cells.varde_konvention,
        cells.teckenomvandling,
        cells.is_empty,
        cells.is_printed_total,
        cells.is_vald_version,
        cells.cell_location,
        cells.table_kind
    from cells
    inner join rapportrader
        on
            cells.table_kind = rapportrader.rapport
            and cells.row_key = rapportrader.rad_id
)

select * from mapped
