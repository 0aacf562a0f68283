with

kvoter as (
    select * from {{ ref('ref__kvoter') }}
),

final as (
    select
        table_kind,
        kvot_key,
        taljare_key,
        namnare_key,
        jamforelse
    from kvoter
)

select * from final
