-- What each region pays Skånes universitetssjukhus (Sus) in abonnemang 2023,
-- and its share of all Sus abonnemang (tkr, verksamhetsberättelsen 2023).
with

abonnemang as (
    select
        kopare_region_id,
        saljare_id,
        ar,
        belopp_tkr,
        is_vald_version
    from {{ ref('fct_abonnemang') }}
),

regioner as (
    select
        region_id,
        region_namn
    from {{ ref('dim_region') }}
),

to_sus as (
    select
        regioner.region_namn as kopare,
        abonnemang.belopp_tkr
    from abonnemang
    inner join regioner on abonnemang.kopare_region_id = regioner.region_id
    where
        abonnemang.saljare_id = 'sus'
        and abonnemang.ar = 2023
        and abonnemang.is_vald_version
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
