-- Regionbidrag per nämnd with the four years side by side, the change
-- 2023 → 2024 in mnkr and percent, per inhabitant and in fixed (2023) prices.
with

regionbidrag as (
    select * from {{ ref('fct_regionbidrag') }}
),

namnder as (
    select * from {{ ref('dim_namnd') }}
),

forutsattningar as (
    select * from {{ ref('int_berakningsforutsattningar_per_ar') }}
),

wide as (
    select
        namnd_id,
        cast(sum(case when ar = 2023 then belopp_mnkr end) as {{ exact_decimal_type() }})
            as regionbidrag_2023_mnkr,
        cast(sum(case when ar = 2024 then belopp_mnkr end) as {{ exact_decimal_type() }})
            as regionbidrag_2024_mnkr,
        cast(sum(case when ar = 2025 then belopp_mnkr end) as {{ exact_decimal_type() }})
            as regionbidrag_2025_mnkr,
        cast(sum(case when ar = 2026 then belopp_mnkr end) as {{ exact_decimal_type() }})
            as regionbidrag_2026_mnkr
    from regionbidrag
    group by namnd_id
),

year_2024 as (
    select
        invanare,
        justerad_lpik_procent
    from forutsattningar
    where ar = 2024
),

final as (
    select
        wide.namnd_id,
        namnder.namnd_namn,
        namnder.del,
        namnder.sektor_namn,
        wide.regionbidrag_2023_mnkr,
        wide.regionbidrag_2024_mnkr,
        wide.regionbidrag_2025_mnkr,
        wide.regionbidrag_2026_mnkr,
        cast(
            wide.regionbidrag_2024_mnkr - wide.regionbidrag_2023_mnkr as {{ exact_decimal_type() }}
        ) as forandring_2023_2024_mnkr,
        cast(case
            when wide.regionbidrag_2023_mnkr != 0
                then round(
                    (wide.regionbidrag_2024_mnkr / wide.regionbidrag_2023_mnkr - 1) * 100, 1
                )
        end as {{ exact_decimal_type() }}) as forandring_2023_2024_procent,
        cast(
            {{ per_invanare_kr('wide.regionbidrag_2024_mnkr', 'year_2024.invanare') }} as bigint
        ) as regionbidrag_2024_per_invanare_kr,
        cast(
            {{ i_fasta_priser('wide.regionbidrag_2024_mnkr', 'year_2024.justerad_lpik_procent') }}
            as {{ exact_decimal_type() }}
        ) as regionbidrag_2024_i_2023_ars_priser_mnkr
    from wide
    inner join namnder on wide.namnd_id = namnder.namnd_id
    cross join year_2024
)

select * from final
