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
