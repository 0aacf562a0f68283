-- The scenario a figure belongs to. The same year is budget in one table and
-- prognos in another (2023); the scenario keeps them apart.
with

scenarios as (
    select
        'bokslut' as scenario,
        'Bokslut (utfall)' as scenario_namn,
        'Fastställt utfall enligt årsredovisning.' as beskrivning,
        1 as sort_order
    union all
    select
        'prognos' as scenario,
        'Prognos' as scenario_namn,
        'Prognos för ett pågående år (i budget 2024: prognosen för 2023).' as beskrivning,
        2 as sort_order
    union all
    select
        'budget' as scenario,
        'Budget' as scenario_namn,
        'Beslutad budget för året.' as beskrivning,
        3 as sort_order
    union all
    select
        'plan' as scenario,
        'Plan' as scenario_namn,
        'Plan för åren efter budgetåret (i budget 2024: 2025–2026).' as beskrivning,
        4 as sort_order
)

select * from scenarios
