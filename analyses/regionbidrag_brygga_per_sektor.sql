-- The regionbidrag bridge per sector from 2023 to 2024: budget 2023,
-- technical adjustments, uppräkning, targeted efforts, budget 2024 (bilaga
-- 4 A and 4 B of the budget 2024).
with

brygga as (
    select
        sektor_namn,
        sort_order,
        steg,
        steg_typ,
        belopp_mnkr
    from {{ ref('rpt_regionbidrag_brygga') }}
    where ar = 2024
),

final as (
    select * from brygga
)

select * from final
order by sektor_namn, sort_order
