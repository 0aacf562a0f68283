{#
    Layers are schemas named as such (raw, staging, intermediate, marts), with
    no target-name prefix, so a BI user sees `marts.*` and nothing half-made.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
