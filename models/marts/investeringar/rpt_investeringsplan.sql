-- The investment plan per project and edition: utfall to date, the budget
-- year, the plan years, prognos and planutrymme side by side, how much of the
-- planutrymme is planned to be spent by the edition's last plan year, and
-- what is left after it.
with

investering as (
    select
        investeringsprojekt_id,
        matt,
        ar,
        edition_id,
        belopp_mnkr,
        is_senaste_utgava
    from {{ ref('fct_investering') }}
),

projekt as (
    select
        investeringsprojekt_id,
        projekt_namn,
        investeringsslag,
        sektor,
        fotnot,
        fotnot_text
    from {{ ref('dim_investeringsprojekt') }}
),

investeringsmatt as (
    select
        matt,
        ingar_i_plan
    from {{ ref('stg_reference__investeringsmatt') }}
),

per_edition as (
    select
        investeringsprojekt_id,
        edition_id,
        max(case when matt = 'utfall_tom' then ar end) as utfall_tom_ar,
        sum(case when matt = 'utfall_tom' then belopp_mnkr end) as utfall_tom_mnkr,
        max(case when matt = 'budget' then ar end) as budgetar,
        sum(case when matt = 'budget' then belopp_mnkr end) as budget_mnkr,
        sum(case when matt = 'plan' then belopp_mnkr end) as plan_mnkr,
        sum(case when matt = 'prognos' then belopp_mnkr end) as prognos_mnkr,
        sum(case when matt = 'planutrymme' then belopp_mnkr end) as planutrymme_mnkr,
        bool_or(is_senaste_utgava) as is_senaste_utgava
    from investering
    group by investeringsprojekt_id, edition_id
),

plan_years as (
    -- The edition's last year of the plan: the budget year and the plan
    -- years are the measures of the plan (ref__investeringsmatt).
    select
        investering.edition_id,
        max(investering.ar) as sista_planar
    from investering
    inner join investeringsmatt on investering.matt = investeringsmatt.matt
    where investeringsmatt.ingar_i_plan
    group by investering.edition_id
),

planned as (
    select
        per_edition.*,
        plan_years.sista_planar,
        coalesce(per_edition.utfall_tom_mnkr, 0) + coalesce(per_edition.budget_mnkr, 0)
        + coalesce(per_edition.plan_mnkr, 0) as planerat_mnkr
    from per_edition
    left join plan_years on per_edition.edition_id = plan_years.edition_id
),

final as (
    select
        planned.investeringsprojekt_id || ':' || planned.edition_id as investeringsplan_id,
        planned.investeringsprojekt_id,
        projekt.projekt_namn,
        projekt.investeringsslag,
        projekt.sektor,
        planned.edition_id,
        planned.is_senaste_utgava,
        planned.utfall_tom_ar,
        cast(planned.utfall_tom_mnkr as {{ exact_decimal_type() }}) as utfall_tom_mnkr,
        planned.budgetar,
        cast(planned.budget_mnkr as {{ exact_decimal_type() }}) as budget_mnkr,
        cast(planned.plan_mnkr as {{ exact_decimal_type() }}) as plan_mnkr,
        planned.sista_planar,
        cast(planned.prognos_mnkr as {{ exact_decimal_type() }}) as prognos_mnkr,
        cast(planned.planutrymme_mnkr as {{ exact_decimal_type() }}) as planutrymme_mnkr,
        cast(planned.planerat_mnkr as {{ exact_decimal_type() }}) as planerat_tom_sista_planar_mnkr,
        cast(case
            when planned.planutrymme_mnkr > 0
                then round(planned.planerat_mnkr / planned.planutrymme_mnkr * 100, 1)
        end as {{ exact_decimal_type() }}) as andel_av_planutrymme_procent,
        cast(planned.planutrymme_mnkr - planned.planerat_mnkr as {{ exact_decimal_type() }})
            as kvar_efter_sista_planar_mnkr,
        projekt.fotnot,
        projekt.fotnot_text
    from planned
    inner join projekt on planned.investeringsprojekt_id = projekt.investeringsprojekt_id
)

select * from final
