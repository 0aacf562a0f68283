-- What each region pays each selling unit in abonnemang 2023 (tkr), from the
-- report of buyers and sellers (which keeps the version sums use only).
with

kopare_saljare as (
    select
        kopare_region_namn,
        saljare_namn,
        ar,
        belopp_tkr
    from {{ ref('rpt_abonnemang_kopare_saljare') }}
),

final as (
    select
        kopare_region_namn as kopare,
        saljare_namn as saljare,
        belopp_tkr
    from kopare_saljare
    where ar = 2023
)

select * from final
order by kopare, saljare
