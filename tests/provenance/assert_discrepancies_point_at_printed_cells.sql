-- A registered discrepancy that names a table cell names one that exists,
-- with the value printed there (so the register cannot drift from the seeds).
with

discrepancies as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
    where source_table is not null and row_label is not null and column_label is not null
),

printed_cells as (
    select * from {{ ref('stg_printed__cells') }}
)

select
    discrepancies.discrepancy_id,
    discrepancies.source_table,
    discrepancies.row_label,
    discrepancies.column_label,
    discrepancies.printed_value
from discrepancies
where not exists (
    select 1
    from printed_cells
    where
        printed_cells.source_table = discrepancies.source_table
        and printed_cells.row_label = discrepancies.row_label
        and printed_cells.column_label = discrepancies.column_label
        and (
            discrepancies.printed_value is null
            or printed_cells.printed_value = discrepancies.printed_value
        )
)
