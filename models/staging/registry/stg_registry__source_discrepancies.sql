with

source_discrepancies as (
    select * from {{ ref('registry__source_discrepancies') }}
),

final as (
    select
        discrepancy_id,
        document_file,
        source_table,
        row_label,
        column_label,
        printed_value,
        computed_value,
        {{ try_parse_printed_number('printed_value') }} as printed_number,
        {{ try_parse_printed_number('computed_value') }} as computed_number,
        kind,
        explanation
    from source_discrepancies
)

select * from final
