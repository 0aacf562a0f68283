{% macro printed_cells(table_kind=none, parts_only=false) -%}
    {#- The keyed cells (int_printed_cells_keyed) of one table kind (every
        kind when none), each with whether it is the version of its figure that
        sums use (int_figure_versions; false for a cell that states no figure).
        parts_only leaves out printed totals and empty cells. The one place a
        per-kind model joins the cells to their versions. -#}
    select
        cells.*,
        coalesce(versions.is_vald_version, false) as is_vald_version
    from {{ ref('int_printed_cells_keyed') }} as cells
    left join {{ ref('int_figure_versions') }} as versions on cells.cell_id = versions.cell_id
    where
        {{ 'true' if table_kind is none else 'cells.table_kind = ' ~ sql_literal(table_kind) }}
        {%- if parts_only %}
        and not cells.is_printed_total
        and not cells.is_empty
        {%- endif %}
{%- endmacro %}


{% macro cell_provenance_columns() -%}
    {#- The columns that say where a printed cell stands and what it is, in
        the order source_cells shows them; int_printed_cells_keyed starts with
        them too. -#}
    {{ return([
        'cell_id', 'document_file', 'edition_id', 'source_table', 'table_kind',
        'row_order', 'column_order', 'section', 'section_footnote', 'section_key', 'row_label',
        'row_key', 'footnote', 'column_label', 'column_key', 'ar', 'scenario_id', 'figur_id',
        'printed_value', 'value', 'unit', 'printed_precision',
        'is_printed_total', 'is_total_row', 'is_total_column',
    ]) }}
{%- endmacro %}
