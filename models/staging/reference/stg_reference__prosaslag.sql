with

prosaslag as (
    select * from {{ ref('ref__prosaslag') }}
),

final as (
    select
        slag,
        slag_namn,
        beskrivning,
        ar_forandring as is_forandring
    from prosaslag
)

select * from final
