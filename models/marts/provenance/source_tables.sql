-- The printed tables the warehouse transcribes: one row per seed under
-- seeds/<document>/, with the document, the title as printed, the lines of
-- the source text it stands on and its unit (all from the seed's YAML meta).
{%- set printed_tables = [] %}
{%- if execute %}
    {%- set seeds = graph.nodes.values() | selectattr('resource_type', 'equalto', 'seed') %}
    {%- for node in seeds | sort(attribute='name') %}
        {%- if node.config.meta.get('document_file') %}
            {%- do printed_tables.append(node) %}
        {%- endif %}
    {%- endfor %}
{%- endif %}

with

printed_cells as (
    select * from {{ ref('int_printed_cells_unioned') }}
),

seed_meta as (
    {%- for node in printed_tables %}
        select
            '{{ node.name }}' as source_table,
            '{{ node.config.meta.document_file }}' as document_file,
            '{{ node.config.meta.get("printed_title", "") | replace("'", "''") }}' as printed_title,
            '{{ node.config.meta.get("source_lines", "") }}' as source_lines,
            '{{ node.config.meta.get("unit", "") }}' as unit,
            '{{ node.description | replace("'", "''") | replace("\n", " ") }}' as description,
            '{{ node.original_file_path }}' as seed_path
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
),

cell_counts as (
    select
        source_table,
        count(case when not is_empty then cell_id end) as antal_celler,
        count(distinct row_order) as antal_rader,
        count(distinct column_order) as antal_kolumner
    from printed_cells
    group by source_table
),

final as (
    select
        seed_meta.source_table,
        seed_meta.document_file,
        seed_meta.printed_title,
        seed_meta.source_lines,
        nullif(seed_meta.unit, '') as unit,
        seed_meta.description,
        cell_counts.antal_rader,
        cell_counts.antal_kolumner,
        cell_counts.antal_celler,
        seed_meta.seed_path
    from seed_meta
    inner join cell_counts on seed_meta.source_table = cell_counts.source_table
)

select * from final
