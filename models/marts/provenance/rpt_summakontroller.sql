-- Every printed total beside the sum of its parts as its table kind's
-- arithmetic declares it: the difference, the rounding the print allows and,
-- where the two differ, the registered discrepancy that explains it. The
-- build fails on any row that is neither within rounding nor registered.
with

checked as (
    select
        table_kind,
        rule_id,
        roll,
        edition_id,
        source_table,
        total_cell_id,
        total_row_label,
        total_column_label,
        printed_total,
        total_value,
        printed_parts,
        part_count,
        parts_sum,
        difference,
        tolerance,
        discrepancy_id,
        is_within_rounding
    from {{ ref('int_printed_totals_checked') }}
),

final as (
    select
        rule_id || ':' || total_cell_id as summakontroll_id,
        table_kind,
        rule_id,
        roll,
        edition_id,
        source_table,
        total_row_label as row_label,
        total_column_label as column_label,
        printed_total as printed_value,
        cast(total_value as {{ exact_decimal_type() }}) as tryckt_summa,
        cast(parts_sum as {{ exact_decimal_type() }}) as summa_av_delar,
        cast(part_count as integer) as antal_delar,
        printed_parts as tryckta_delar,
        cast(difference as {{ exact_decimal_type() }}) as avvikelse,
        cast(tolerance as {{ exact_decimal_type() }}) as avrundningstolerans,
        is_within_rounding,
        discrepancy_id,
        total_cell_id as source_cell_id
    from checked
)

select * from final
