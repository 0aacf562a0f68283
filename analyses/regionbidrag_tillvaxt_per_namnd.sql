-- Which nämnd's regionbidrag grew most 2023 → 2024, in percent, and what is
-- its 2024 regionbidrag per inhabitant of Skåne? (bilaga 4 A; population from
-- övriga beräkningsförutsättningar)
with

per_namnd as (
    select * from {{ ref('rpt_regionbidrag_per_namnd') }}
),

final as (
    select
        namnd_namn,
        del,
        sektor_namn,
        regionbidrag_2023_mnkr,
        regionbidrag_2024_mnkr,
        forandring_2023_2024_procent,
        regionbidrag_2024_per_invanare_kr
    from per_namnd
    where forandring_2023_2024_procent is not null
)

select * from final
order by forandring_2023_2024_procent desc, namnd_namn asc
