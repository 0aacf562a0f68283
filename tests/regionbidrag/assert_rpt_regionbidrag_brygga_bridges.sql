-- Per sector, the 2023 budget plus the three parts of the 4 B change equals
-- the 2024 budget of bilaga 4 A within rounding (0,05 mnkr per printed cell
-- summed), and every sector has the five steps.
with

brygga as (
    select * from {{ ref('rpt_regionbidrag_brygga') }}
),

forandring as (
    select * from {{ ref('fct_regionbidrag_forandring') }}
),

cells_per_sector as (
    select
        sektor_id,
        count(*) as antal_celler
    from forandring
    where not is_finans_motpost
    group by sektor_id
),

per_sector as (
    select
        sektor_id,
        sum(case when steg_typ in ('ingående', 'förändring') then belopp_mnkr end) as bridged_mnkr,
        sum(case when steg_typ = 'utgående' then belopp_mnkr end) as utgaende_mnkr,
        count(*) as antal_steg
    from brygga
    group by sektor_id
)

select
    per_sector.*,
    cells_per_sector.antal_celler
from per_sector
inner join cells_per_sector on per_sector.sektor_id = cells_per_sector.sektor_id
where
    per_sector.antal_steg != 5
    or abs(per_sector.bridged_mnkr - per_sector.utgaende_mnkr)
    > 0.05 * (cells_per_sector.antal_celler + 20)
    or (select count(distinct brygga.sektor_id) from brygga) != 3
