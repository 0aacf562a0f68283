with

sektorer as (
    select * from {{ ref('ref__sektorer') }}
),

final as (
    select
        sektor_id,
        sektor_namn
    from sektorer
)

select * from final
