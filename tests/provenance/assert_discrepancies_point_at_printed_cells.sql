-- A registered discrepancy that names a table cell names one that exists,
-- with the value printed there (so the register cannot drift from the seeds).
-- Each failing row says where the cell is and what it prints now.
{{ config(store_failures=true) }}

with

discrepancies as (
    select
        discrepancy_id,
        source_table,
        row_label,
        column_label,
        printed_value
    from {{ ref('stg_registry__source_discrepancies') }}
    where source_table is not null and row_label is not null and column_label is not null
),

printed_cells as (
    select
        cell_id,
        source_table,
        row_label,
        column_label,
        printed_value,
        cell_location
    from {{ ref('stg_printed__cells') }}
),

pointed as (
    select
        discrepancies.discrepancy_id,
        discrepancies.source_table,
        discrepancies.row_label,
        discrepancies.column_label,
        discrepancies.printed_value,
        count(printed_cells.cell_id) as cells,
        count(
            case when printed_cells.printed_value = discrepancies.printed_value then 1 end
        ) as cells_printing_it,
        {{ dbt.listagg(
            "printed_cells.cell_location || ': printed ' || coalesce(printed_cells.printed_value, '(empty)')",
            "'; '",
            "order by printed_cells.cell_location") }} as printed_now
    from discrepancies
    left join printed_cells
        on
            discrepancies.source_table = printed_cells.source_table
            and discrepancies.row_label = printed_cells.row_label
            and discrepancies.column_label = printed_cells.column_label
    group by
        discrepancies.discrepancy_id,
        discrepancies.source_table,
        discrepancies.row_label,
        discrepancies.column_label,
        discrepancies.printed_value
)

select
    discrepancy_id,
    source_table,
    row_label,
    column_label,
    printed_value,
    case
        when cells = 0
            then
                'seeds/registry/registry__source_discrepancies.csv: ' || discrepancy_id
                || ' names ' || source_table || ', row "' || row_label || '", column "'
                || column_label || '", which is not a printed cell'
        else
            printed_now || ', but ' || discrepancy_id
            || ' in seeds/registry/registry__source_discrepancies.csv registers it as printed '
            || printed_value
    end as problem
from pointed
where cells = 0 or (printed_value is not null and cells_printing_it = 0)
