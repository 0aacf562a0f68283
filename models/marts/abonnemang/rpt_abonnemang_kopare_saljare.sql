-- Abonnemang 2023 as the printed matrix: one row per buying region, one
-- column per selling unit (tkr), and the row sum computed from the parts.
with

abonnemang as (
    select * from {{ ref('fct_abonnemang') }}
),

regioner as (
    select * from {{ ref('dim_region') }}
),

matrix as (
    select
        kopare_region_id,
        ar,
        cast(sum(case when saljare_id = 'sus' then belopp_tkr end) as {{ exact_decimal_type() }})
            as sus_tkr,
        cast(
            sum(case when saljare_id = 'rattspsykiatri_vaxjo' then belopp_tkr end)
            as {{ exact_decimal_type() }}
        ) as rattspsykiatri_vaxjo_tkr,
        cast(
            sum(case when saljare_id = 'onkologi_vaxjo' then belopp_tkr end)
            as {{ exact_decimal_type() }}
        ) as onkologi_vaxjo_tkr,
        cast(
            sum(case when saljare_id = 'thorax_blekinge' then belopp_tkr end)
            as {{ exact_decimal_type() }}
        ) as thorax_blekinge_tkr,
        cast(sum(belopp_tkr) as {{ exact_decimal_type() }}) as summa_tkr
    from abonnemang
    group by kopare_region_id, ar
),

final as (
    select
        matrix.kopare_region_id || ':' || cast(matrix.ar as {{ dbt.type_string() }}) as rad_id,
        matrix.kopare_region_id,
        regioner.region_namn as kopare_region_namn,
        matrix.ar,
        matrix.sus_tkr,
        matrix.rattspsykiatri_vaxjo_tkr,
        matrix.onkologi_vaxjo_tkr,
        matrix.thorax_blekinge_tkr,
        matrix.summa_tkr
    from matrix
    inner join regioner on matrix.kopare_region_id = regioner.region_id
)

select * from final
