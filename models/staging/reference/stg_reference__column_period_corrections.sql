with

corrections as (
    select * from {{ ref('ref__column_period_corrections') }}
),

final as (
    select
        source_table,
        column_label,
        ar,
        scenario,
        discrepancy_id,
        reason
    from corrections
)

select * from final
