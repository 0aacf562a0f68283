-- What each region pays each selling unit in abonnemang 2023 (tkr).
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

saljare as (
    select
        saljare_id,
        saljare_namn
    from {{ ref('dim_abonnemang_saljare') }}
),

final as (
    select
        regioner.region_namn as kopare,
        saljare.saljare_namn as saljare,
        abonnemang.belopp_tkr
    from abonnemang
    inner join regioner on abonnemang.kopare_region_id = regioner.region_id
    inner join saljare on abonnemang.saljare_id = saljare.saljare_id
    where abonnemang.ar = 2023 and abonnemang.is_vald_version
)

select * from final
order by kopare, saljare
