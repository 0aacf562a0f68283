{#
    Unpivots one transcribed table (a seed, see seeds/README.md) to long form:
    one row per printed cell, with the printed text, its exact value, unit and
    printed precision, and whether the cell belongs to a printed total.

    The seed's leading columns (row_order, row_label, is_total and the
    optional section, footnote, unit) describe the row; every other column
    declared in the seed's `column_types` is a printed column, in printed
    order.
#}
{% macro printed_table_seed_node(seed_name) -%}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'seed' and node.name == seed_name -%}
            {{ return(node) }}
        {%- endif -%}
    {%- endfor -%}
    {{ exceptions.raise_compiler_error("No seed named '" ~ seed_name ~ "'") }}
{%- endmacro %}


{% macro stage_printed_table(seed_name) -%}
    {%- set seed_relation = ref(seed_name) -%}
    {%- if not execute -%}
        select 1 as parse_placeholder
    {%- else -%}
        {%- if graph.get('nodes') -%}
            {%- set node = printed_table_seed_node(seed_name) -%}
            {%- set seed_path = node.original_file_path -%}
            {%- set meta = node.config.meta -%}
            {%- set declared = node.config.column_types.keys() | list -%}
        {%- else -%}
            {#- A dbt unit test compiles without the graph: the test describes
                its mocked seed in the var `printed_table_fixture` (overrides). -#}
            {%- set meta = var('printed_table_fixture') -%}
            {%- set seed_path = 'unit test fixture' -%}
            {%- set declared = meta.columns -%}
        {%- endif -%}
        {%- set row_columns = ['row_order', 'row_label', 'is_total', 'section', 'footnote', 'unit'] -%}
        {%- set printed_columns = declared | reject('in', row_columns) | list -%}
        {%- set total_columns = meta.get('total_columns', []) -%}
        {%- set column_units = meta.get('column_units', {}) -%}
        {%- for required in ['document_file', 'unit'] -%}
            {%- if required not in meta -%}
                {{ exceptions.raise_compiler_error("Seed " ~ seed_name ~ " has no meta." ~ required) }}
            {%- endif -%}
        {%- endfor -%}
with

seed_rows as (
    select * from {{ seed_relation }}
),

cells as (
    {%- for column in printed_columns %}
    select
        seed_rows.row_order,
        seed_rows.row_label,
        {{ "seed_rows.section" if 'section' in declared else "cast(null as " ~ dbt.type_string() ~ ")" }} as section,
        {{ "seed_rows.footnote" if 'footnote' in declared else "cast(null as " ~ dbt.type_string() ~ ")" }} as footnote,
        {{ "seed_rows.unit" if 'unit' in declared else "cast(null as " ~ dbt.type_string() ~ ")" }} as row_unit,
        seed_rows.is_total as is_total_row,
        {{ loop.index }} as column_order,
        '{{ column }}' as column_label,
        {{ 'true' if column in total_columns else 'false' }} as is_total_column,
        {{ "'" ~ column_units[column] ~ "'" if column in column_units else "cast(null as " ~ dbt.type_string() ~ ")" }} as column_unit,
        nullif(trim(seed_rows.{{ adapter.quote(column) }}), '') as printed_value
    from seed_rows
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
),

located as (
    select
        *,
        '{{ seed_path }} line '
        || cast(row_order + 1 as {{ dbt.type_string() }})
        || ' (' || row_label || '), column "' || column_label || '"' as cell_location,
        coalesce(
            column_unit,
            row_unit,
            case when {{ dbt.position("'%'", 'printed_value') }} > 0 then 'procent' end,
            '{{ meta.unit }}'
        ) as unit
    from cells
),

parsed as (
    select
        '{{ seed_name }}:r' || cast(row_order as {{ dbt.type_string() }})
        || ':c' || cast(column_order as {{ dbt.type_string() }}) as cell_id,
        '{{ meta.document_file }}' as document_file,
        '{{ seed_name }}' as source_table,
        row_order,
        column_order,
        section,
        row_label,
        footnote,
        column_label,
        printed_value,
        case
            when unit in ('text', 'datum') then null
            else {{ parse_printed_number('printed_value', context='cell_location') }}
        end as value,
        unit,
        case
            when unit in ('text', 'datum') or printed_value is null then null
            else {{ printed_precision('printed_value') }}
        end as printed_precision,
        is_total_row,
        is_total_column,
        is_total_row or is_total_column as is_printed_total,
        printed_value is null as is_empty,
        cell_location
    from located
)

select * from parsed
    {%- endif -%}
{%- endmacro %}
