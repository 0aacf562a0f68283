-- Where the sources contradict themselves. The printed numbers stay as
-- printed everywhere else; this register says what does not add up and why.
with

source_discrepancies as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
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
        printed_number,
        computed_number,
        -- Spark widens a difference of two decimal(18, 4) to decimal(19, 4): cast
        -- back to the contract's type (the values fit; DuckDB's are unchanged).
        cast(printed_number - computed_number as {{ exact_decimal_type() }}) as difference,
        kind,
        explanation
    from source_discrepancies
)

select * from final
