-- Which nämnd's regionbidrag grew most 2023 → 2024, in percent, and what is
-- its 2024 regionbidrag per inhabitant of Skåne? (bilaga 4 A; population from
-- övriga beräkningsförutsättningar)
with

per_namnd as (
    select
        namnd_namn,
        del,
        sektor_namn,
        regionbidrag_mnkr,
        regionbidrag_foregaende_ar_mnkr,
        forandring_procent,
        regionbidrag_per_invanare_kr
    from {{ ref('rpt_regionbidrag_per_namnd') }}
    where ar = 2024
),

final as (
    select
        namnd_namn,
        del,
        sektor_namn,
        regionbidrag_foregaende_ar_mnkr,
        regionbidrag_mnkr,
        forandring_procent,
        regionbidrag_per_invanare_kr
    from per_namnd
    where forandring_procent is not null
)

select * from final
order by forandring_procent desc, namnd_namn asc
