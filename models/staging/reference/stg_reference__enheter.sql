with

enheter as (
    select * from {{ ref('ref__enheter') }}
),

final as (
    select
        unit,
        namn,
        storhet,
        -- Wide enough that an amount times the factor cannot overflow (öre: 0,01).
        cast(faktor as decimal(38, 2)) as faktor
    from enheter
)

select * from final
