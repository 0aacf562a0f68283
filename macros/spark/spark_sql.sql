{#
    SQL that Spark writes differently from DuckDB, for the macros dbt itself
    dispatches (the root project's `spark__` version wins over dbt-spark's).
#}
{% macro spark__listagg(measure, delimiter_text, order_by_clause, limit_num) -%}
    {#- dbt-spark's listagg drops the ORDER BY (collect_list keeps no order).
        Here each value is collected with its sort keys as a struct, the array
        sorted (structs compare field by field) and the values joined: the same
        text as DuckDB's `string_agg(... order by ...)`. Ascending keys only. -#}
    {%- set keys = [] -%}
    {%- if order_by_clause -%}
        {%- set clause = order_by_clause | trim -%}
        {%- if clause[:8] | lower != 'order by' -%}
            {{ exceptions.raise_compiler_error("spark__listagg: expected 'order by …', got " ~ clause) }}
        {%- endif -%}
        {%- for key in clause[8:].split(',') -%}
            {%- set key = key | trim -%}
            {%- if (key | lower).endswith(' desc') -%}
                {{ exceptions.raise_compiler_error("spark__listagg: descending keys are not supported: " ~ key) }}
            {%- endif -%}
            {%- do keys.append(key[:-4] | trim if (key | lower).endswith(' asc') else key) -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set collected -%}
        array_sort(collect_list(struct(
            {%- for key in keys %}{{ key }} as k{{ loop.index }}, {% endfor -%}
            {{ measure }} as v
        )))
    {%- endset -%}
    {%- set limited = 'slice(' ~ collected ~ ', 1, ' ~ limit_num ~ ')' if limit_num else collected -%}
    array_join(transform({{ limited }}, x -> x.v), {{ delimiter_text }})
{%- endmacro %}
