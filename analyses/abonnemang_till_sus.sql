-- What each region pays Skånes universitetssjukhus (Sus) in abonnemang 2023,
-- and its share of all Sus abonnemang (tkr, verksamhetsberättelsen 2023).
with

kopare_saljare as (
    select
        kopare_region_namn,
        saljare_id,
        ar,
        belopp_tkr
    from {{ ref('rpt_abonnemang_kopare_saljare') }}
),

to_sus as (
    select
        kopare_region_namn as kopare,
        belopp_tkr
    from kopare_saljare
    where saljare_id = 'sus' and ar = 2023
),

final as (
    select
        kopare,
        belopp_tkr,
        round(100 * belopp_tkr / sum(belopp_tkr) over (), 1) as andel_procent
    from to_sus
)

select * from final
order by belopp_tkr desc
