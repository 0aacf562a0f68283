-- The investment plan per project: utfall, the plan years, prognos and
-- planutrymme side by side, and how much of the planutrymme is planned to be
-- spent by the end of 2026.
with

investering as (
    select * from {{ ref('fct_investering') }}
),

projekt as (
    select * from {{ ref('dim_investeringsprojekt') }}
),

wide as (
    select
        investeringsprojekt_id,
        sum(case when matt = 'utfall_tom' then belopp_mnkr end) as utfall_tom_2023_mnkr,
        sum(case when matt = 'budget' and ar = 2024 then belopp_mnkr end) as budget_2024_mnkr,
        sum(case when matt = 'plan' and ar = 2025 then belopp_mnkr end) as plan_2025_mnkr,
        sum(case when matt = 'plan' and ar = 2026 then belopp_mnkr end) as plan_2026_mnkr,
        sum(case when matt = 'prognos' then belopp_mnkr end) as prognos_mnkr,
        sum(case when matt = 'planutrymme' then belopp_mnkr end) as planutrymme_mnkr
    from investering
    group by investeringsprojekt_id
),

final as (
    select
        wide.investeringsprojekt_id,
        projekt.projekt_namn,
        projekt.investeringsslag,
        projekt.sektor,
        cast(wide.utfall_tom_2023_mnkr as {{ exact_decimal_type() }}) as utfall_tom_2023_mnkr,
        cast(wide.budget_2024_mnkr as {{ exact_decimal_type() }}) as budget_2024_mnkr,
        cast(wide.plan_2025_mnkr as {{ exact_decimal_type() }}) as plan_2025_mnkr,
        cast(wide.plan_2026_mnkr as {{ exact_decimal_type() }}) as plan_2026_mnkr,
        cast(wide.prognos_mnkr as {{ exact_decimal_type() }}) as prognos_mnkr,
        cast(wide.planutrymme_mnkr as {{ exact_decimal_type() }}) as planutrymme_mnkr,
        cast(
            coalesce(wide.utfall_tom_2023_mnkr, 0) + coalesce(wide.budget_2024_mnkr, 0)
            + coalesce(wide.plan_2025_mnkr, 0) + coalesce(wide.plan_2026_mnkr, 0)
            as {{ exact_decimal_type() }}
        ) as planerat_tom_2026_mnkr,
        cast(case
            when wide.planutrymme_mnkr > 0
                then round(
                    (
                        coalesce(wide.utfall_tom_2023_mnkr, 0) + coalesce(wide.budget_2024_mnkr, 0)
                        + coalesce(wide.plan_2025_mnkr, 0) + coalesce(wide.plan_2026_mnkr, 0)
                    ) / wide.planutrymme_mnkr * 100,
                    1
                )
        end as {{ exact_decimal_type() }}) as andel_av_planutrymme_tom_2026_procent,
        projekt.fotnot,
        projekt.fotnot_text
    from wide
    inner join projekt on wide.investeringsprojekt_id = projekt.investeringsprojekt_id
)

select * from final
