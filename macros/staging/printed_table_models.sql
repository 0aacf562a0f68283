{#
    The staging models of every transcribed table, one per seed under
    seeds/<document>/. `int_printed_cells_unioned` unions them into one
    relation; a pytest test keeps this list complete.
#}
{% macro printed_table_models() -%}
    {{ return([
        'stg_ssvr_vb_2023__abonnemang_2023',
    ]) }}
{%- endmacro %}
