-- The provenance of every figure: each printed (non-empty) cell of every
-- transcribed table, with the document and edition, table, row and column it
-- stands in, and what the label map and the registry say it is (keys, year,
-- scenario, the figure it states).
with

cells as (
    select
        cell_id,
        document_file,
        edition_id,
        source_table,
        table_kind,
        row_order,
        column_order,
        section,
        section_footnote,
        section_key,
        row_label,
        row_key,
        footnote,
        column_label,
        column_key,
        ar,
        scenario_id,
        figur_id,
        printed_value,
        value,
        unit,
        printed_precision,
        is_printed_total,
        is_total_row,
        is_total_column,
        is_empty,
        cell_location
    from {{ ref('int_printed_cells_keyed') }}
),

final as (
    select
        {%- for column in cell_provenance_columns() %}
            {{ column }},
        {%- endfor %}
        cell_location as seed_location
    from cells
    where not is_empty
)

select * from final
