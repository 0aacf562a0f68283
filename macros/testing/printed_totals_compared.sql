{#
    The comparison every "fact reproduces the printed totals" test makes: each
    printed total beside the sum the fact gives for it, the difference, and
    the rounding the print allows (half a printed unit per summed part).
    A singular test selects the rows where `fact_sum is null or
    abs(difference) > tolerance`.
#}
{% macro printed_totals_compared(
    printed_totals,
    fact_sums,
    join_condition="printed_totals.row_label = fact_sums.row_label and printed_totals.column_label = fact_sums.column_label"
) -%}
    select
        printed_totals.row_label,
        printed_totals.column_label,
        printed_totals.printed_value,
        fact_sums.fact_sum,
        printed_totals.value - coalesce(fact_sums.fact_sum, 0) as difference,
        coalesce(fact_sums.part_count, 1) * 0.5 * printed_totals.printed_precision as tolerance
    from {{ printed_totals }} as printed_totals
    left join {{ fact_sums }} as fact_sums
        on {{ join_condition }}
{%- endmacro %}
