with

namnder as (
    select * from {{ ref('ref__namnder') }}
),

final as (
    select
        namnd_id,
        namnd_namn,
        del,
        sektor_id,
        forvaltning_namn
    from namnder
)

select * from final
