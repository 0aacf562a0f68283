with

nyckelroller as (
    select * from {{ ref('ref__nyckelroller') }}
),

final as (
    select
        table_kind,
        axis,
        mapped_key,
        roll
    from nyckelroller
)

select * from final
