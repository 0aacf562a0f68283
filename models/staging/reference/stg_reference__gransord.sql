with

gransord as (
    select * from {{ ref('ref__gransord') }}
),

final as (
    select
        lower(ord) as ord,
        grans
    from gransord
)

select * from final
