-- Per edition and sector, the previous year's budget plus the parts of the
-- 4 B change equals the budget year's regionbidrag of bilaga 4 A within
-- rounding (0,05 mnkr per printed cell summed), and every sector has an
-- opening, a closing and at least one change step.

with

brygga as (
    select
        edition_id,
        sektor_id,
        steg_typ,
        belopp_mnkr
    from {{ ref('rpt_regionbidrag_brygga') }}
),

forandring as (
    select
        sektor_id,
        edition_id,
        is_finans_motpost
    from {{ ref('fct_regionbidrag_forandring') }}
),

namnder as (
    select sektor_id
    from {{ ref('dim_namnd') }}
),

cells_per_sector as (
    select
        edition_id,
        sektor_id,
        count(*) as antal_celler
    from forandring
    where not is_finans_motpost
    group by edition_id, sektor_id
),

namnder_per_sector as (
    select
        sektor_id,
        count(*) as antal_namnder
    from namnder
    group by sektor_id
),

per_sector as (
    select
        edition_id,
        sektor_id,
        sum(case when steg_typ in ('ingående', 'förändring') then belopp_mnkr end) as bridged_mnkr,
        sum(case when steg_typ = 'utgående' then belopp_mnkr end) as utgaende_mnkr,
        sum(case when steg_typ = 'ingående' then 1 else 0 end) as antal_ingaende,
        sum(case when steg_typ = 'förändring' then 1 else 0 end) as antal_forandringar,
        sum(case when steg_typ = 'utgående' then 1 else 0 end) as antal_utgaende
    from brygga
    group by edition_id, sektor_id
)

select
    per_sector.*,
    cells_per_sector.antal_celler
from per_sector
inner join cells_per_sector
    on
        per_sector.edition_id = cells_per_sector.edition_id
        and per_sector.sektor_id = cells_per_sector.sektor_id
inner join namnder_per_sector on per_sector.sektor_id = namnder_per_sector.sektor_id
where
    per_sector.antal_ingaende != 1
    or per_sector.antal_utgaende != 1
    or per_sector.antal_forandringar < 1
    or abs(per_sector.bridged_mnkr - per_sector.utgaende_mnkr)
    > 0.05 * (cells_per_sector.antal_celler + 2 * namnder_per_sector.antal_namnder)
