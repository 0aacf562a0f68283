{#
    The transcribed tables are found in the graph, not listed: every seed whose
    YAML meta names the document it is printed in (`document_file`). Adding a
    table (or the next edition of one) is its CSV and its YAML entry.

    dbt cannot make a model depend on seeds it finds at run time (dependencies
    are fixed at parse time, dbt-core#1212), so the staging model reads each
    CSV file itself rather than the seed's table: a plain `dbt build` can then
    never stage a file before or after dbt seeds it. `dbt seed` still loads
    every transcription into schema `raw`, as printed, for readers.
#}
{% macro printed_seed_nodes(form='tabell') -%}
    {#- The seeds that transcribe a document: its tables (form 'tabell', the
        default) or the figures its running text states (meta.form: prosa). -#}
    {%- set found = [] -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values()
            | selectattr('resource_type', 'equalto', 'seed')
            | sort(attribute='name') -%}
            {%- if node.config.meta.get('document_file')
                and node.config.meta.get('form', 'tabell') == form -%}
                {%- do found.append(node) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(found) }}
{%- endmacro %}


{% macro typed_null(data_type=none) -%}
    cast(null as {{ data_type or dbt.type_string() }})
{%- endmacro %}


{% macro sql_literal(value) -%}
    {#- A Jinja string as a quoted SQL literal (null for none). -#}
    {%- if value is none -%}
        null
    {%- else -%}
        '{{ value | string | replace("'", "''") }}'
    {%- endif -%}
{%- endmacro %}


{% macro printed_seed_file(node) -%}
    {{ return(adapter.dispatch('printed_seed_file', 'regionfinans')(node)) }}
{%- endmacro %}

{% macro printed_seed_path(node) -%}
    {#- The CSV file under the project being run. Not the node's root_path:
        partial parsing keeps the root_path of the folder the project was
        parsed in, so a copied or moved project would read the old files. -#}
    {{ return((invocation_args_dict.get('project_dir') or node.root_path) ~ '/' ~ node.original_file_path) }}
{%- endmacro %}

{% macro spark__printed_seed_file(node) -%}
    {#- Spark reads the seed's table in `raw`, loaded by `dbt seed` (run before
        the models on Spark: the files on the machine running dbt are not
        where a cluster's executors read). Every column is text as declared;
        empty cells are null (macros/spark/spark_seeds.sql). -#}
    (
        select
            {%- for column in (node.config.column_types or {}).keys() %}
            cast({{ adapter.quote(column) }} as {{ dbt.type_string() }}) as {{ adapter.quote(column) }}
            {%- if not loop.last %},{% endif %}
            {%- endfor %}
        from {{ api.Relation.create(database=node.database, schema=node.schema, identifier=node.alias) }}
    )
{%- endmacro %}

{% macro default__printed_seed_file(node) -%}
    {#- DuckDB reads the CSV itself: every field as text, exactly as printed. -#}
    read_csv(
        {{ sql_literal(printed_seed_path(node)) }},
        delim = ';', header = true, quote = '"', escape = '"', all_varchar = true
    )
{%- endmacro %}


{% macro unpivot_printed_seed(node, seed_rows) -%}
    {#- One row per printed cell of one transcribed table (its rows in the
        relation `seed_rows`), as text. -#}
    {%- set meta = node.config.meta -%}
    {%- set declared = (node.config.column_types or {}).keys() | list -%}
    {%- if not declared -%}
        {{ exceptions.raise_compiler_error(
            node.original_file_path ~ ": the seed's YAML has no column_types; list the CSV "
            ~ "header there, in order (seeds/README.md)") }}
    {%- endif -%}
    {#- The row columns of seeds/README.md (regionfinans.seed_check.ROW_COLUMNS). -#}
    {%- set row_columns = [
        'row_order', 'row_label', 'is_total', 'section', 'section_footnote', 'footnote', 'unit'
    ] -%}
    {%- set printed_columns = declared | reject('in', row_columns) | list -%}
    {%- set total_columns = meta.get('total_columns') or [] -%}
    {%- set column_units = meta.get('column_units') or {} -%}
    {%- for column in printed_columns %}
    select
        {{ sql_literal(node.name) }} as source_table,
        {{ sql_literal(meta.document_file) }} as document_file,
        {{ sql_literal(node.original_file_path) }} as seed_path,
        seed_rows.row_order,
        seed_rows.row_label,
        seed_rows.is_total,
        {{ 'seed_rows.section' if 'section' in declared else typed_null() }} as section,
        {{ 'seed_rows.section_footnote' if 'section_footnote' in declared else typed_null() }}
            as section_footnote,
        {{ 'seed_rows.footnote' if 'footnote' in declared else typed_null() }} as footnote,
        {{ 'seed_rows.unit' if 'unit' in declared else typed_null() }} as row_unit,
        {{ loop.index }} as column_order,
        {{ sql_literal(column) }} as column_label,
        {{ 'true' if column in total_columns else 'false' }} as is_total_column,
        {{ sql_literal(column_units.get(column)) if column in column_units else typed_null() }} as column_unit,
        {{ sql_literal(meta.get('unit')) }} as table_unit,
        {{ meta.ar | int if meta.get('ar') is not none else typed_null(dbt.type_int()) }} as table_ar,
        {{ sql_literal(meta.scenario) if meta.get('scenario') else typed_null() }} as table_scenario,
        seed_rows.{{ adapter.quote(column) }} as printed_text
    from {{ seed_rows }} as seed_rows
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
{%- endmacro %}
