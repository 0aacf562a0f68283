{#
    Seeds on Spark. dbt-spark's loader binds each cell as the text '{value}':
    an empty cell becomes the four letters None and a quote in a printed label
    ends the literal. This loader writes each cell as a Spark literal of its
    own: an empty cell is null (as DuckDB loads it) and quotes and backslashes
    are escaped, so `raw.*` holds exactly what is printed on both engines.
    Every column of a transcription is declared in its YAML `column_types`, so
    agate reads every cell as text and nothing is inferred.
#}
{% macro spark__load_csv_rows(model, agate_table) %}
    {%- set batch_size = get_batch_size() -%}
    {%- set column_override = model['config'].get('column_types', {}) -%}
    {%- set statements = [] -%}
    {%- for chunk in agate_table.rows | batch(batch_size) -%}
        {%- set sql -%}
            insert into {{ this.render() }} values
            {% for row in chunk -%}
                ({%- for col_name in agate_table.column_names -%}
                    {%- set type = column_override.get(col_name, adapter.convert_type(agate_table, loop.index0)) -%}
                    cast({{ spark_literal(row[loop.index0]) }} as {{ type }})
                    {%- if not loop.last %}, {% endif -%}
                {%- endfor -%})
                {%- if not loop.last %},{% endif %}
            {% endfor %}
        {%- endset -%}
        {%- do adapter.add_query(sql, abridge_sql_log=True) -%}
        {%- if loop.first -%}
            {%- do statements.append(sql) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(statements[0] if statements else '') }}
{% endmacro %}


{% macro spark_literal(value) -%}
    {#- A Python value as a Spark SQL literal: null for none or an empty text,
        else a string literal with backslashes and single quotes escaped (Spark
        reads backslash escapes in literals). -#}
    {%- if value is none or (value is string and value == '') -%}
        null
    {%- else -%}
        '{{ value | string | replace("\\", "\\\\") | replace("'", "\\'") }}'
    {%- endif -%}
{%- endmacro %}
