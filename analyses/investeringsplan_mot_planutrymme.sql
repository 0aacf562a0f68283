-- How much of each strategic project's planutrymme is planned to be spent by
-- the last plan year of the latest budget (utfall to date + the budget year +
-- the plan years), bilaga 5 B, mnkr.
with

plan as (
    select
        projekt_namn,
        investeringsslag,
        sista_planar,
        planutrymme_mnkr,
        planerat_tom_sista_planar_mnkr,
        andel_av_planutrymme_procent,
        kvar_efter_sista_planar_mnkr
    from {{ ref('rpt_investeringsplan') }}
    where is_senaste_utgava
),

final as (
    select * from plan
    where planutrymme_mnkr is not null
)

select * from final
order by planutrymme_mnkr desc, projekt_namn asc, investeringsslag asc
