-- The scenario a figure belongs to, from the most final (bokslut) to the
-- least (plan). The same year is budget in one table and prognos in another
-- (2023); the scenario keeps them apart, and its order is the rule for which
-- version of a figure a sum uses.
with

scenarier as (
    select * from {{ ref('stg_reference__scenarier') }}
),

final as (
    select
        scenario_id,
        scenario_namn,
        beskrivning,
        finalitetsordning as sort_order
    from scenarier
)

select * from final
