{% macro is_registered_at(cell, prefix='', discrepancies='discrepancies') -%}
    {#- The condition that a registered discrepancy (stg_registry__source_discrepancies,
        as `discrepancies`) stands at a printed cell: the same table, row label,
        column label and printed value. `cell` is the relation holding the
        cell's columns, `prefix` what their names start with (other_ for
        other_source_table …). -#}
    {{ discrepancies }}.source_table = {{ cell }}.{{ prefix }}source_table
    and {{ discrepancies }}.row_label = {{ cell }}.{{ prefix }}row_label
    and {{ discrepancies }}.column_label = {{ cell }}.{{ prefix }}column_label
    and {{ discrepancies }}.printed_value = {{ cell }}.{{ prefix }}printed_value
{%- endmacro %}
