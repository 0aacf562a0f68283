-- The strategic investments of the latest budget per project and year: the
-- budget year and the plan years (mnkr), ready for a chart of the plan; each
-- project with its name and the sum over the years it is ordered by.
with

plan_matt as (
    -- The measures that are years of the plan (ref__investeringsmatt).
    select matt from {{ ref('stg_reference__investeringsmatt') }}
    where ingar_i_plan
),

investering as (
    select
        investeringsprojekt_id,
        matt,
        ar,
        edition_id,
        belopp_mnkr,
        is_senaste_utgava
    from {{ ref('fct_investering') }}
    where matt in (select plan_matt.matt from plan_matt)
),

projekt as (
    select
        investeringsprojekt_id,
        projekt_namn,
        investeringsslag
    from {{ ref('dim_investeringsprojekt') }}
),

latest as (
    select * from investering
    where is_senaste_utgava
),

per_project as (
    select
        investeringsprojekt_id,
        sum(belopp_mnkr) as summa_mnkr
    from latest
    group by investeringsprojekt_id
),

final as (
    select
        latest.investeringsprojekt_id || ':' || cast(latest.ar as {{ dbt.type_string() }})
            as investering_per_ar_id,
        latest.investeringsprojekt_id,
        projekt.projekt_namn,
        projekt.investeringsslag,
        latest.ar,
        latest.matt,
        latest.edition_id,
        cast(latest.belopp_mnkr as {{ exact_decimal_type() }}) as belopp_mnkr,
        cast(per_project.summa_mnkr as {{ exact_decimal_type() }}) as projektets_summa_mnkr
    from latest
    inner join projekt on latest.investeringsprojekt_id = projekt.investeringsprojekt_id
    inner join per_project on latest.investeringsprojekt_id = per_project.investeringsprojekt_id
)

select * from final
