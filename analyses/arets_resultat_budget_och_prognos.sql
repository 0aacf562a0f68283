-- The same year in two scenarios side by side: årets resultat as budget
-- (resultatbudgeten) and as bokslut/prognos (balanskravsberäkningen), mnkr.
with

rapporter as (
    select
        rapport,
        rad_id,
        ar,
        scenario_id,
        belopp_mnkr
    from {{ ref('rpt_finansiella_rapporter') }}
),

arets_resultat as (
    select
        ar,
        scenario_id,
        rapport,
        belopp_mnkr
    from rapporter
    where rad_id in (
        'resultatbudget:arets_resultat',
        'balanskravsberakning:arets_resultat_enligt_resultatrakningen'
    )
),

final as (
    select
        ar,
        max(case when scenario_id = 'bokslut' then belopp_mnkr end) as bokslut_mnkr,
        max(case when scenario_id = 'prognos' then belopp_mnkr end) as prognos_mnkr,
        max(case when scenario_id = 'budget' and rapport = 'resultatbudget' then belopp_mnkr end)
            as budget_mnkr,
        max(case when scenario_id = 'plan' and rapport = 'resultatbudget' then belopp_mnkr end)
            as plan_mnkr
    from arets_resultat
    group by ar
)

select * from final
order by ar
