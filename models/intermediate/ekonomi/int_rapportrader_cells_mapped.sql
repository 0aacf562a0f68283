-- Every printed cell of the budget's financial statements with its statement
-- line (ref__rapportrader), year and scenario. Printed sums are kept here, so
-- the report mart can set them beside the sum of their parts.
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
),

rapportrader as (
    select * from {{ ref('stg_reference__rapportrader') }}
),

mapped as (
    select
        periods.cell_id,
        rapportrader.rad_id,
        rapportrader.rapport,
        rapportrader.rad_typ,
        rapportrader.summeras_i_rad_id,
        rapportrader.teckenomvandling,
        periods.document_file,
        periods.source_table,
        periods.row_order,
        periods.row_label,
        periods.column_label,
        periods.ar,
        periods.scenario,
        periods.unit,
        periods.printed_value,
        periods.value,
        periods.is_empty,
        periods.cell_location
    from periods
    inner join rapportrader
        on
            periods.source_table = rapportrader.source_table
            and periods.row_order = rapportrader.row_order
)

select * from mapped
