with

namnder as (
    select
        namnd_id,
        namnd_namn,
        del,
        sektor_id,
        forvaltning_namn
    from {{ ref('ref__namnder') }}
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
