-- What a prose figure means holds together: a "till" row points at the
-- "fran" row of its from-to pair in the same unit; a change that the text
-- links to a table change runs from the same year and scenario as the link;
-- a row's base is another row; its subject is a nämnd, a region or a sector
-- (a mistyped subjekt_id left fct_prosafigur's namnd_id, region_id and
-- sektor_id empty without a word); a count, duration or index of what
-- happened states no outcome scenario, as the tables that print such figures
-- (NHV, kansli, beräkningsförutsättningar) state none: the outcome scenario
-- (the most final of ref__scenarier, bokslut) is the accounts'. A count the
-- text places in a budget, plan or forecast ("förväntas") states that one.

with

prose as (
    select
        prosa_id,
        mening,
        unit,
        scenario_id,
        subjekt_id,
        jamforelse,
        jamfor_ar,
        jamfor_scenario_id,
        slag,
        fran_till,
        bas_ar,
        bas_scenario_id,
        bas_prosa_id,
        prose_location
    from {{ ref('stg_prose__figures') }}
),

pair_ends as (
    select distinct bas_prosa_id as fran_prosa_id
    from prose
    where fran_till = 'till'
),

kinds as (
    select
        slag,
        is_forandring
    from {{ ref('stg_reference__prosaslag') }}
),

enheter as (
    select
        unit,
        storhet
    from {{ ref('stg_reference__enheter') }}
),

outcome_scenario as (
    select scenario_id
    from {{ ref('stg_reference__scenarier') }}
    where finalitetsordning = (
        select min(scenarier.finalitetsordning)
        from {{ ref('stg_reference__scenarier') }} as scenarier
    )
),

subjects as (
    select namnd_id as subjekt_id from {{ ref('stg_reference__namnder') }}
    union
    select region_id as subjekt_id from {{ ref('stg_reference__regioner') }}
    union
    select sektor_id as subjekt_id from {{ ref('stg_reference__sektorer') }}
),

problems as (
    select
        prose.prose_location,
        prose.mening,
        case
            when prose.bas_prosa_id = prose.prosa_id
                then 'the row is its own base'
            when prose.fran_till = 'till' and coalesce(base.fran_till, '') != 'fran'
                then 'a till row points at a row that is not its fran row'
            when prose.fran_till = 'till' and base.unit != prose.unit
                then 'a from-to pair in two units'
            when prose.fran_till = 'fran' and pair_ends.fran_prosa_id is null
                then 'a fran row that no till row points at'
            when
                kinds.is_forandring and prose.jamforelse in ('forandring', 'forandring_procent')
                and (
                    prose.bas_ar != prose.jamfor_ar
                    or prose.bas_scenario_id != prose.jamfor_scenario_id
                )
                then 'the base of the change is not the year or scenario its table link runs from'
            when prose.subjekt_id is not null and subjects.subjekt_id is null
                then
                    'the subject ' || prose.subjekt_id || ' is not a namnd_id, region_id or '
                    || 'sektor_id (ref__namnder, ref__regioner, ref__sektorer)'
            when
                enheter.storhet in ('antal', 'tid', 'index')
                and outcome_scenario.scenario_id is not null
                then
                    'a count, duration or index (storhet ' || enheter.storhet || ') states no '
                    || 'scenario: ' || prose.scenario_id || ' is the outcome of the accounts'
        end as problem
    from prose
    inner join kinds on prose.slag = kinds.slag
    left join prose as base on prose.bas_prosa_id = base.prosa_id
    left join pair_ends on prose.prosa_id = pair_ends.fran_prosa_id
    left join subjects on prose.subjekt_id = subjects.subjekt_id
    left join enheter on prose.unit = enheter.unit
    left join outcome_scenario on prose.scenario_id = outcome_scenario.scenario_id
)

select * from problems
where problem is not null
