-- What a prose figure means holds together: a "till" row points at the
-- "fran" row of its from-to pair in the same unit; a change that the text
-- links to a table change runs from the same year and scenario as the link;
-- a row's base is another row.
{{ config(store_failures=true) }}

with

prose as (
    select * from {{ ref('stg_prose__figures') }}
),

pair_ends as (
    select distinct bas_prosa_id as fran_prosa_id
    from prose
    where fran_till = 'till'
),

kinds as (
    select * from {{ ref('stg_reference__prosaslag') }}
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
        end as problem
    from prose
    inner join kinds on prose.slag = kinds.slag
    left join prose as base on prose.bas_prosa_id = base.prosa_id
    left join pair_ends on prose.prosa_id = pair_ends.fran_prosa_id
)

select * from problems
where problem is not null
