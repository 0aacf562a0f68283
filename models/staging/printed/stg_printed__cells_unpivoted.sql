-- Every cell of every transcribed table, as printed text: one row per row ×
-- printed column of each seed that names its document (meta.document_file),
-- read from its CSV file. Found in the graph, so a new table or edition needs
-- only its CSV and its YAML entry (macros/staging/stage_printed_tables.sql).
{%- set nodes = printed_seed_nodes() %}

with

{% for node in nodes %}
seed_{{ loop.index }} as (
    select * from {{ printed_seed_file(node) }}
),

{% endfor -%}
unpivoted as (
    {%- for node in nodes %}
    {{ unpivot_printed_seed(node, 'seed_' ~ loop.index) }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- else %}
    select
        {{ typed_null() }} as source_table,
        {{ typed_null() }} as document_file,
        {{ typed_null() }} as seed_path,
        {{ typed_null() }} as row_order,
        {{ typed_null() }} as row_label,
        {{ typed_null() }} as is_total,
        {{ typed_null() }} as section,
        {{ typed_null() }} as section_footnote,
        {{ typed_null() }} as footnote,
        {{ typed_null() }} as row_unit,
        {{ typed_null(dbt.type_int()) }} as column_order,
        {{ typed_null() }} as column_label,
        false as is_total_column,
        {{ typed_null() }} as column_unit,
        {{ typed_null() }} as table_unit,
        {{ typed_null(dbt.type_int()) }} as table_ar,
        {{ typed_null() }} as table_scenario,
        {{ typed_null() }} as printed_text
    where 1 = 0
    {%- endfor %}
)

select * from unpivoted
