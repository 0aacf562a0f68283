-- Abonnemang per buying region × selling unit × year, ready for the matrix
-- and heat map: each buyer's and seller's name and printed order, the amount
-- (tkr), the buyer's row total computed from the parts, and the share of the
-- buyer's total. Only the version sums use (is_vald_version).
with

abonnemang as (
    select * from {{ ref('fct_abonnemang') }}
    where is_vald_version
),

regioner as (
    select * from {{ ref('dim_region') }}
),

saljare as (
    select * from {{ ref('dim_abonnemang_saljare') }}
),

totals as (
    select
        kopare_region_id,
        ar,
        sum(belopp_tkr) as kopare_summa_tkr
    from abonnemang
    group by kopare_region_id, ar
),

final as (
    select
        abonnemang.kopare_region_id || ':' || abonnemang.saljare_id || ':'
        || cast(abonnemang.ar as {{ dbt.type_string() }}) as rad_id,
        abonnemang.kopare_region_id,
        regioner.region_namn as kopare_region_namn,
        abonnemang.saljare_id,
        saljare.saljare_namn,
        abonnemang.ar,
        abonnemang.edition_id,
        cast(abonnemang.belopp_tkr as {{ exact_decimal_type() }}) as belopp_tkr,
        cast(totals.kopare_summa_tkr as {{ exact_decimal_type() }}) as kopare_summa_tkr,
        cast(
            round(abonnemang.belopp_tkr / totals.kopare_summa_tkr * 100, 1)
            as {{ exact_decimal_type() }}
        ) as andel_av_kopare_procent,
        regioner.sort_order as kopare_sort_order,
        saljare.sort_order as saljare_sort_order
    from abonnemang
    inner join regioner on abonnemang.kopare_region_id = regioner.region_id
    inner join saljare on abonnemang.saljare_id = saljare.saljare_id
    inner join totals
        on
            abonnemang.kopare_region_id = totals.kopare_region_id
            and abonnemang.ar = totals.ar
)

select * from final
