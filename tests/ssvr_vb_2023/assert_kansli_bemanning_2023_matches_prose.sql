-- "kansliet 15 medarbetare motsvarande 8,80 tjänster. 1,5 tjänster fördelades
-- till SKR och Region Skåne. Resterande tjänster fördelas enligt nedan."
-- The roles must add up to 8,80 − 1,5 = 7,30 tjänster = 730 %. The Ekonomi
-- cell is printed "10% (5% + 5%)": its leading figure counts.
with

roles as (
    select
        row_label,
        printed_value,
        coalesce(
            value,
            cast(regexp_extract(printed_value, '^([0-9]+)%', 1) as decimal(18, 4))
        ) as andel_procent
    from {{ ref('stg_ssvr_vb_2023__kansli_bemanning_2023') }}
),

summed as (
    select sum(andel_procent) as total_procent
    from roles
)

select * from summed
where total_procent != (8.80 - 1.5) * 100
