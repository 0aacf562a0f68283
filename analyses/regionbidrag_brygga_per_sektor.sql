-- The regionbidrag bridge 2023 → 2024 per sector: budget 2023, technical
-- adjustments, uppräkning, targeted efforts, budget 2024 (bilaga 4 A and 4 B).
with

brygga as (
    select * from {{ ref('rpt_regionbidrag_brygga') }}
),

final as (
    select
        sektor_namn,
        steg_ordning,
        steg,
        steg_typ,
        belopp_mnkr
    from brygga
)

select * from final
order by sektor_namn, steg_ordning
