{#
    A printed total equals the sum of its parts within the rounding the print
    allows: n parts × half a printed unit (the coarsest printed precision of
    the parts and the total).

    Arguments (SQL snippets over the long-form staging model):
      total_where  selects the printed total cells
      parts_where  selects the part cells
      group_by     columns that pair each total with its parts
      part_sign    signs the parts (e.g. "case when column_label = 'Kostnader' then -1 else 1 end")

    A difference beyond rounding fails, unless the very same contradiction
    (same table, row, column, printed total and computed sum) is registered in
    the source-discrepancy register: the source is never patched, and changing
    either the total or a part makes the test fail again.

    Failing rows report the total, the printed parts, their sum, the
    difference and the tolerance.
#}
{% test reconciles_to_printed_total(model, total_where, parts_where, group_by, part_sign='1') %}

{#- The failing rows are kept (schema audit) so that an alert can quote the
    printed total and the computed sum. -#}
{{ config(store_failures=true) }}

{%- set join_condition -%}
    {%- for column in group_by -%}
        totals.{{ column }} = parts.{{ column }}{% if not loop.last %} and {% endif %}
    {%- endfor -%}
{%- endset %}

with

totals as (
    select
        {{ group_by | join(', ') }},
        cell_id as total_cell_id,
        cell_location as total_location,
        source_table,
        row_label as total_row_label,
        column_label as total_column_label,
        printed_value as printed_total,
        value as total_value,
        printed_precision as total_precision
    from {{ model }}
    where ({{ total_where }}) and value is not null
),

parts as (
    select
        {{ group_by | join(', ') }},
        count(*) as part_count,
        sum(({{ part_sign }}) * value) as parts_sum,
        max(printed_precision) as part_precision,
        {{ dbt.listagg("printed_value", "' | '", "order by row_order, column_order") }} as printed_parts
    from {{ model }}
    where ({{ parts_where }}) and value is not null
    group by {{ group_by | join(', ') }}
),

registered as (
    select
        source_table,
        row_label,
        column_label,
        printed_value,
        {{ try_parse_printed_number('computed_value') }} as computed_sum
    from {{ ref('registry__source_discrepancies') }}
),

compared as (
    select
        totals.total_cell_id,
        totals.total_location,
        totals.source_table,
        totals.total_row_label,
        totals.total_column_label,
        totals.printed_total,
        parts.printed_parts,
        coalesce(parts.part_count, 0) as part_count,
        coalesce(parts.parts_sum, 0) as parts_sum,
        totals.total_value - coalesce(parts.parts_sum, 0) as difference,
        coalesce(parts.part_count, 1) * 0.5 * case
            when parts.part_precision > totals.total_precision then parts.part_precision
            else totals.total_precision
        end as tolerance
    from totals
    left join parts
        on {{ join_condition }}
),

failures as (
    select compared.*
    from compared
    where
        abs(compared.difference) > compared.tolerance
        and not exists (
            select 1
            from registered
            where
                registered.source_table = compared.source_table
                and registered.row_label = compared.total_row_label
                and registered.column_label = compared.total_column_label
                and registered.printed_value = compared.printed_total
                and registered.computed_sum = compared.parts_sum
        )
)

select * from failures

{% endtest %}
