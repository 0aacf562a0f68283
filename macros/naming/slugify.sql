{#
    A stable snake_case ASCII key from a printed Swedish label: lower case,
    å/ä → a, ö → o, é → e, every run of other characters → one underscore,
    no leading or trailing underscore ("Resttillstånd efter polio" →
    "resttillstand_efter_polio").
#}
{% macro slugify(expression) -%}
    {{ return(adapter.dispatch('slugify', 'regionfinans')(expression)) }}
{%- endmacro %}

{% macro default__slugify(expression) -%}
    trim(both '_' from regexp_replace(
        translate(lower({{ expression }}), 'åäöé', 'aaoe'), '[^a-z0-9]+', '_', 'g'
    ))
{%- endmacro %}

{% macro spark__slugify(expression) -%}
    {#- Spark's regexp_replace replaces every match and takes no flags. -#}
    trim(both '_' from regexp_replace(
        translate(lower({{ expression }}), 'åäöé', 'aaoe'), '[^a-z0-9]+', '_'
    ))
{%- endmacro %}


{#
    A key built from parts joined by ':', with empty parts dropped
    ("regionbidrag::kulturnamnden:" → "regionbidrag:kulturnamnden").
#}
{% macro collapse_key_separators(expression) -%}
    {{ return(adapter.dispatch('collapse_key_separators', 'regionfinans')(expression)) }}
{%- endmacro %}

{% macro default__collapse_key_separators(expression) -%}
    trim(both ':' from regexp_replace({{ expression }}, ':+', ':', 'g'))
{%- endmacro %}

{% macro spark__collapse_key_separators(expression) -%}
    trim(both ':' from regexp_replace({{ expression }}, ':+', ':'))
{%- endmacro %}
