-- How much of each strategic project's planutrymme is spent by 2026
-- (utfall t.o.m. 2023 + budget 2024 + plan 2025–2026), bilaga 5 B, mnkr.
with

plan as (
    select * from {{ ref('rpt_investeringsplan') }}
),

final as (
    select
        projekt_namn,
        investeringsslag,
        planutrymme_mnkr,
        planerat_tom_2026_mnkr,
        andel_av_planutrymme_tom_2026_procent,
        planutrymme_mnkr - planerat_tom_2026_mnkr as kvar_efter_2026_mnkr
    from plan
    where planutrymme_mnkr is not null
)

select * from final
order by planutrymme_mnkr desc, projekt_namn asc, investeringsslag asc
