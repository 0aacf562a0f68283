with

scenarier as (
    select * from {{ ref('ref__scenarier') }}
),

final as (
    select
        scenario_id,
        scenario_namn,
        beskrivning,
        finalitetsordning
    from scenarier
)

select * from final
