-- SRVN's project accounts 2023 as the printed table (kr), with the year's
-- change computed from the movements' signs.
with

projektkonto as (
    select
        srvn_projekt_id,
        rorelse_id,
        belopp_kr
    from {{ ref('fct_srvn_projektkonto') }}
    where ar = 2023
),

projekt as (
    select
        srvn_projekt_id,
        projekt_nr,
        projekt_namn,
        ingar_i_delsumma,
        sort_order
    from {{ ref('dim_srvn_projekt') }}
),

rorelser as (
    select
        rorelse_id,
        tecken_mot_ub,
        is_balans
    from {{ ref('dim_srvn_projektrorelse') }}
),

per_projekt as (
    select
        projekt.sort_order,
        projekt.projekt_nr,
        projekt.projekt_namn,
        projekt.ingar_i_delsumma,
        sum(case when rorelser.rorelse_id = 'ib' then projektkonto.belopp_kr end) as ib_kr,
        sum(
            case
                when not rorelser.is_balans
                    then rorelser.tecken_mot_ub * projektkonto.belopp_kr
            end
        ) as arets_forandring_kr,
        sum(case when rorelser.rorelse_id = 'ub' then projektkonto.belopp_kr end) as ub_kr
    from projektkonto
    inner join projekt on projektkonto.srvn_projekt_id = projekt.srvn_projekt_id
    inner join rorelser on projektkonto.rorelse_id = rorelser.rorelse_id
    group by projekt.sort_order, projekt.projekt_nr, projekt.projekt_namn, projekt.ingar_i_delsumma
)

select * from per_projekt
order by sort_order
