with

source_discrepancies as (
    select * from {{ ref('registry__source_discrepancies') }}
),

parsed as (
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
),

final as (
    select
        parsed.*,
        -- Spark widens a difference of two decimal(18, 4) to decimal(19, 4): cast
        -- back to the contract's type (the values fit; DuckDB's are unchanged).
        cast(parsed.printed_number - parsed.computed_number as {{ exact_decimal_type() }})
            as difference
    from parsed
)

select * from final
