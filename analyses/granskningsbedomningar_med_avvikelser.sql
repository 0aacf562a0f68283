-- The revision's criteria for NORV that were not fully met, worst
-- first, with the area and the förbättringsområde where one is printed.
with

granskningsbedomning as (
    select
        granskningsomrade_id,
        bedomningsniva,
        kriterium,
        bedomning,
        forbattringsomrade,
        is_sammanfattande_bedomning
    from {{ ref('fct_granskningsbedomning') }}
),

omraden as (
    select
        granskningsomrade_id,
        huvudomrade_namn
    from {{ ref('dim_granskningsomrade') }}
),

final as (
    select
        omraden.huvudomrade_namn,
        granskningsbedomning.kriterium,
        granskningsbedomning.bedomning,
        granskningsbedomning.bedomningsniva,
        granskningsbedomning.forbattringsomrade
    from granskningsbedomning
    inner join omraden
        on granskningsbedomning.granskningsomrade_id = omraden.granskningsomrade_id
    where
        not granskningsbedomning.is_sammanfattande_bedomning
        and granskningsbedomning.bedomningsniva > 1
)

select * from final
order by bedomningsniva desc, huvudomrade_namn asc, kriterium asc
