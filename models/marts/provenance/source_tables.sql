-- The printed tables the warehouse transcribes: one row per seed that names
-- its document, with its edition, table kind, the title as printed, the
-- lines of the source text it stands on and its unit (the seed's YAML meta),
-- and its shape as declared in the registry beside the shape found.
{%- set printed_tables = printed_seed_nodes() %}

with

cells as (
    select
        cell_id,
        edition_id,
        source_table,
        row_order,
        column_order,
        is_empty
    from {{ ref('int_printed_cells_keyed') }}
),

declared as (
    select
        source_table,
        table_kind,
        antal_rader,
        antal_kolumner
    from {{ ref('stg_registry__printed_tables') }}
),

seed_meta as (
    {%- for node in printed_tables %}
        select
            {{ sql_literal(node.name) }} as source_table,
            {{ sql_literal(node.config.meta.document_file) }} as document_file,
            {{ sql_literal(node.config.meta.get('printed_title', '')) }} as printed_title,
            {{ sql_literal(node.config.meta.get('source_lines', '') | string) }} as source_lines,
            {{ sql_literal(node.config.meta.get('unit', '')) }} as unit,
            {{ sql_literal(node.description | replace('\n', ' ')) }} as description,
            {{ sql_literal(node.original_file_path) }} as seed_path
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

cell_counts as (
    select
        source_table,
        max(edition_id) as edition_id,
        count(case when not is_empty then cell_id end) as antal_celler,
        count(distinct row_order) as antal_rader,
        count(distinct column_order) as antal_kolumner
    from cells
    group by source_table
),

final as (
    select
        seed_meta.source_table,
        seed_meta.document_file,
        cell_counts.edition_id,
        declared.table_kind,
        seed_meta.printed_title,
        seed_meta.source_lines,
        nullif(seed_meta.unit, '') as unit,
        seed_meta.description,
        declared.antal_rader as deklarerade_rader,
        declared.antal_kolumner as deklarerade_kolumner,
        cell_counts.antal_rader,
        cell_counts.antal_kolumner,
        cell_counts.antal_celler,
        seed_meta.seed_path
    from seed_meta
    inner join cell_counts on seed_meta.source_table = cell_counts.source_table
    left join declared on seed_meta.source_table = declared.source_table
)

select * from final
