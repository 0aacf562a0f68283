-- "Ackumulerat resultat mandatperioden 2023–2026 redovisas under
-- projektredovisningen": in every verksamhetsberättelse, the nämnd's result
-- (the utfall of fct_srvn_resultat) is the cost booked on the project
-- accounts' row without a project number, and (the mandate period starting
-- 2023) its closing balance.

with

resultat as (
    select
        scenario_id,
        ar,
        edition_id,
        belopp_kr
    from {{ ref('fct_srvn_resultat') }}
),

projektkonto as (
    select
        srvn_projekt_id,
        rorelse_id,
        ar,
        edition_id,
        belopp_kr
    from {{ ref('fct_srvn_projektkonto') }}
),

projekt as (
    select
        srvn_projekt_id,
        is_projekt
    from {{ ref('dim_srvn_projekt') }}
),

roller as (
    -- The columns of the year's costs and of UB (ref__nyckelroller).
    select
        mapped_key,
        roll
    from {{ ref('stg_reference__nyckelroller') }}
    where table_kind = 'projektkonton' and axis = 'kolumn'
),

utfall as (
    select
        edition_id,
        ar,
        sum(belopp_kr) as resultat_kr
    from resultat
    where scenario_id = 'bokslut'
    group by edition_id, ar
),

namndens_rad as (
    select
        projektkonto.edition_id,
        projektkonto.ar,
        sum(case when roller.roll = 'kostnad' then projektkonto.belopp_kr end) as kostnader_kr,
        sum(case when roller.roll = 'utgaende_balans' then projektkonto.belopp_kr end) as ub_kr
    from projektkonto
    inner join projekt on projektkonto.srvn_projekt_id = projekt.srvn_projekt_id
    left join roller on projektkonto.rorelse_id = roller.mapped_key
    where not projekt.is_projekt
    group by projektkonto.edition_id, projektkonto.ar
)

select
    coalesce(utfall.edition_id, namndens_rad.edition_id) as edition_id,
    coalesce(utfall.ar, namndens_rad.ar) as ar,
    utfall.resultat_kr,
    namndens_rad.kostnader_kr,
    namndens_rad.ub_kr
from utfall
full outer join namndens_rad
    on
        utfall.edition_id = namndens_rad.edition_id
        and utfall.ar = namndens_rad.ar
where
    utfall.resultat_kr is null
    or namndens_rad.kostnader_kr is null
    or utfall.resultat_kr != -namndens_rad.kostnader_kr
    or utfall.resultat_kr != namndens_rad.ub_kr
