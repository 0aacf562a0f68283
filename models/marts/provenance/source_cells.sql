-- The provenance of every figure: each printed (non-empty) cell of every
-- transcribed table, with the document, table, row and column it stands in.
with

printed_cells as (
    select * from {{ ref('int_printed_cells_unioned') }}
),

final as (
    select
        cell_id,
        document_file,
        source_table,
        row_order,
        column_order,
        section,
        row_label,
        footnote,
        column_label,
        printed_value,
        value,
        unit,
        printed_precision,
        is_printed_total,
        is_total_row,
        is_total_column,
        cell_location as seed_location
    from printed_cells
    where not is_empty
)

select * from final
