{#
    Tables read one row per printed row or per year, their cells side by side
    (the NHV table, the audit's assessments and its scale, the balanskrav
    rows per year). Which keys stand side by side, and what each becomes, is
    declared once in the pivot map (seeds/reference/ref__pivot_kolumner.csv),
    so a new edition that prints a new column or row is a row there, not an
    edit of a model.
#}
{% macro pivot_cells(table_kind, keys, condition=none) -%}
    {#- One row per value of `keys` (columns of int_printed_cells_keyed) among
        the cells of `table_kind`, with one column per row of the pivot map:
        from the cells whose row or column (axis) has the declared key, the
        printed value, the value, the key the value map (ref__varden) gives
        the printed word, or the cell's id. `condition` (SQL on `cells`, the
        columns of printed_cells) keeps only some cells, e.g. the versions
        sums use. -#}
    {%- set declarations = ref('stg_reference__pivot_kolumner') -%}
    {%- set axes = {'rad': 'cells.row_key', 'kolumn': 'cells.column_key'} -%}
    {%- set fields = {
        'printed_value': 'cells.printed_value',
        'value': 'cells.value',
        'value_key': 'varden.mapped_key',
        'cell_id': 'cells.cell_id',
    } -%}
    {%- set selected = [] -%}
    {%- for key in keys -%}
        {%- do selected.append('cells.' ~ key) -%}
    {%- endfor -%}
    {%- for column in pivot_columns(declarations, table_kind) -%}
        {%- if column.axis not in axes or column.falt not in fields -%}
            {{ exceptions.raise_compiler_error(
                "ref__pivot_kolumner: " ~ column.kolumn ~ " has axis " ~ column.axis
                ~ " and falt " ~ column.falt ~ "; axis is one of " ~ (axes.keys() | list)
                ~ ", falt one of " ~ (fields.keys() | list)) }}
        {%- endif -%}
        {%- do selected.append(
            'max(case when ' ~ axes[column.axis] ~ ' = ' ~ sql_literal(column.mapped_key)
            ~ ' then ' ~ fields[column.falt] ~ ' end) as ' ~ column.kolumn) -%}
    {%- endfor %}
    select
        {{ selected | join(',\n        ') }}
    from ({{ printed_cells(table_kind) }}) as cells
    left join {{ ref('stg_reference__varden') }} as varden
        on
            cells.table_kind = varden.table_kind
            and cells.column_key = varden.column_key
            and cells.printed_value = varden.printed_value
    {%- if condition %}
    where {{ condition }}
    {%- endif %}
    group by {% for key in keys %}cells.{{ key }}{{ ', ' if not loop.last }}{% endfor %}
{%- endmacro %}


{% macro pivot_columns(declarations, table_kind) -%}
    {#- The rows of the pivot map (the relation `declarations`) for one table
        kind, read when the model is compiled for a run. While the map is not
        loaded yet (a linter compiling a project that was never built) there
        are none, and a run would fail on the missing columns; a loaded map
        that declares nothing for the kind fails at once. -#}
    {%- set found = [] -%}
    {%- if execute and load_relation(declarations) is not none -%}
        {%- set result = run_query(
            'select axis, mapped_key, falt, kolumn from ' ~ declarations
            ~ ' where table_kind = ' ~ sql_literal(table_kind)
            ~ ' order by kolumn') -%}
        {%- for row in result.rows -%}
            {%- do found.append(
                {'axis': row[0], 'mapped_key': row[1], 'falt': row[2], 'kolumn': row[3]}) -%}
        {%- endfor -%}
        {%- if not found -%}
            {{ exceptions.raise_compiler_error(
                "ref__pivot_kolumner declares no column for table kind " ~ table_kind) }}
        {%- endif -%}
    {%- endif -%}
    {{ return(found) }}
{%- endmacro %}
