-- Derived, not printed: each region's net position in the subscription
-- system per year, what its selling units sell minus what it buys (tkr),
-- from the parts of the version sums use.
with

abonnemang as (
    select
        kopare_region_id,
        saljande_region_id,
        ar,
        belopp_tkr
    from {{ ref('fct_abonnemang') }}
    where is_vald_version
),

regioner as (
    select
        region_id,
        region_namn,
        sort_order
    from {{ ref('dim_region') }}
),

kopt as (
    select
        kopare_region_id as region_id,
        ar,
        sum(belopp_tkr) as kopt_tkr
    from abonnemang
    group by kopare_region_id, ar
),

salt as (
    select
        saljande_region_id as region_id,
        ar,
        sum(belopp_tkr) as salt_tkr
    from abonnemang
    group by saljande_region_id, ar
),

years as (
    select distinct ar from abonnemang
),

final as (
    select
        regioner.region_id || ':' || cast(years.ar as {{ dbt.type_string() }}) as nettoposition_id,
        regioner.region_id,
        regioner.region_namn,
        years.ar,
        cast(coalesce(salt.salt_tkr, 0) as {{ exact_decimal_type() }}) as salt_tkr,
        cast(coalesce(kopt.kopt_tkr, 0) as {{ exact_decimal_type() }}) as kopt_tkr,
        cast(coalesce(salt.salt_tkr, 0) - coalesce(kopt.kopt_tkr, 0) as {{ exact_decimal_type() }})
            as nettoposition_tkr,
        regioner.sort_order
    from regioner
    cross join years
    left join kopt on regioner.region_id = kopt.region_id and years.ar = kopt.ar
    left join salt on regioner.region_id = salt.region_id and years.ar = salt.ar
)

select * from final
