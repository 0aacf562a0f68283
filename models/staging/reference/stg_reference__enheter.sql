with

enheter as (
    select * from {{ ref('ref__enheter') }}
),

final as (
    select
        unit,
        namn,
        storhet,
        faktor
    from enheter
)

select * from final
