-- What each region pays each selling unit in abonnemang 2023 (tkr).
with

abonnemang as (
    select * from {{ ref('fct_abonnemang') }}
),

regioner as (
    select * from {{ ref('dim_region') }}
),

saljare as (
    select * from {{ ref('dim_abonnemang_saljare') }}
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
