{#
    The few places where SQL differs between DuckDB and the engines the
    project may move to (PostgreSQL, Spark). Every model calls these instead
    of engine-specific functions.
#}
{% macro exact_decimal_type() -%}
    {{ return(adapter.dispatch('exact_decimal_type', 'regionfinans')()) }}
{%- endmacro %}

{% macro default__exact_decimal_type() -%}
    decimal({{ var('exact_decimal_precision') }}, {{ var('exact_decimal_scale') }})
{%- endmacro %}


{% macro regexp_full_match(expression, pattern) -%}
    {{ return(adapter.dispatch('regexp_full_match', 'regionfinans')(expression, pattern)) }}
{%- endmacro %}

{% macro duckdb__regexp_full_match(expression, pattern) -%}
    regexp_matches({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{% macro postgres__regexp_full_match(expression, pattern) -%}
    ({{ expression }} ~ '{{ pattern }}')
{%- endmacro %}

{% macro spark__regexp_full_match(expression, pattern) -%}
    ({{ expression }} rlike '{{ pattern }}')
{%- endmacro %}


{% macro raise_error(message_expression) -%}
    {{ return(adapter.dispatch('raise_error', 'regionfinans')(message_expression)) }}
{%- endmacro %}

{% macro duckdb__raise_error(message_expression) -%}
    error({{ message_expression }})
{%- endmacro %}

{% macro spark__raise_error(message_expression) -%}
    raise_error({{ message_expression }})
{%- endmacro %}

{% macro default__raise_error(message_expression) -%}
    {#- No error() function: a failing cast carries the message in its error. -#}
    cast({{ message_expression }} as integer)
{%- endmacro %}


{% macro round_to_scale(expression, scale_expression, max_scale=6) -%}
    {{ return(adapter.dispatch('round_to_scale', 'regionfinans')(expression, scale_expression, max_scale)) }}
{%- endmacro %}

{% macro default__round_to_scale(expression, scale_expression, max_scale=6) -%}
    round({{ expression }}, {{ scale_expression }})
{%- endmacro %}

{% macro spark__round_to_scale(expression, scale_expression, max_scale=6) -%}
    {#- Spark's round() takes only a constant scale: one exact round per scale. -#}
    case {{ scale_expression }}
        {%- for scale in range(max_scale + 1) %}
        when {{ scale }} then round({{ expression }}, {{ scale }})
        {%- endfor %}
    end
{%- endmacro %}
