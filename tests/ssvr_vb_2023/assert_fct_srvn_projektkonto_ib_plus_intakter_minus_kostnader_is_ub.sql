-- For every row of the project accounts, in the fact: IB + solidarisk
-- finansiering + övriga intäkter − kostnader = UB (the table prints
-- kostnader positive; the signs are in dim_srvn_projektrorelse). For
-- "Resultat nämnden 2023–2026" this reads 0 − 663 740 = −663 740.
with

projektkonto as (
    select * from {{ ref('fct_srvn_projektkonto') }}
),

rorelser as (
    select * from {{ ref('dim_srvn_projektrorelse') }}
),

per_projekt as (
    select
        projektkonto.srvn_projekt_id,
        projektkonto.ar,
        sum(
            case
                when rorelser.rorelse_id != 'ub'
                    then rorelser.tecken_mot_ub * projektkonto.belopp_kr
            end
        ) as computed_ub_kr,
        sum(case when rorelser.rorelse_id = 'ub' then projektkonto.belopp_kr end) as printed_ub_kr
    from projektkonto
    inner join rorelser on projektkonto.rorelse_id = rorelser.rorelse_id
    group by projektkonto.srvn_projekt_id, projektkonto.ar
)

select * from per_projekt
where
    printed_ub_kr is null
    or coalesce(computed_ub_kr, 0) != printed_ub_kr
