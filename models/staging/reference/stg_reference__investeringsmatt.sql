with

investeringsmatt as (
    select * from {{ ref('ref__investeringsmatt') }}
),

final as (
    select
        matt,
        column_key,
        scenario_id,
        har_ar,
        ingar_i_plan
    from investeringsmatt
)

select * from final
