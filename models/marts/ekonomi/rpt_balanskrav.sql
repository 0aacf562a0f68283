-- The balanskrav path 2022–2026: one row per year with its scenario, årets
-- resultat, every adjustment, the balanskrav result and the återställningskrav
-- (bilaga 1, Balanskravsberäkning; mnkr as printed).
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
    where source_table = 'rs_budget_2024__bilaga_1_balanskravsberakning'
),

per_year as (
    select
        ar,
        max(scenario) as scenario,
        max(case when row_label = 'Årets resultat enligt resultaträkningen' then value end)
            as arets_resultat_mnkr,
        max(case when row_label = 'Justering för realisationsvinster' then value end)
            as justering_realisationsvinster_mnkr,
        max(case when row_label = 'Orealiserade kursförluster i värdepapper' then value end)
            as orealiserade_kursforluster_mnkr,
        max(case when row_label = 'Justerat resultat enligt fullfondering' then value end)
            as justerat_resultat_fullfondering_mnkr,
        max(case when row_label = 'Justering för redovisning enligt blandmodell' then value end)
            as justering_blandmodell_mnkr,
        max(case when row_label = 'Reservering resultatutjämningsreserv (RUR)' then value end)
            as reservering_rur_mnkr,
        max(case when row_label = 'Ianspråkstagande RUR' then value end)
            as ianspratagande_rur_mnkr,
        max(case when row_label = 'Balanskravsresultat' then value end)
            as balanskravsresultat_mnkr,
        max(case when row_label = 'Synnerliga skäl att ej återställa resultat' then value end)
            as synnerliga_skal_mnkr,
        max(case when row_label = 'Ingående återställningskrav' then value end)
            as ingaende_aterstallningskrav_mnkr,
        max(case when row_label = 'Utgående återställningskrav' then value end)
            as utgaende_aterstallningskrav_mnkr
    from periods
    group by ar
),

final as (
    select
        ar,
        scenario,
        arets_resultat_mnkr,
        justering_realisationsvinster_mnkr,
        orealiserade_kursforluster_mnkr,
        justerat_resultat_fullfondering_mnkr,
        justering_blandmodell_mnkr,
        reservering_rur_mnkr,
        ianspratagande_rur_mnkr,
        balanskravsresultat_mnkr,
        synnerliga_skal_mnkr,
        ingaende_aterstallningskrav_mnkr,
        utgaende_aterstallningskrav_mnkr,
        case
            when balanskravsresultat_mnkr >= 0 then 'balanskravet uppfyllt'
            when balanskravsresultat_mnkr + synnerliga_skal_mnkr >= 0
                then 'underskott som inte ska återställas (synnerliga skäl)'
            else 'underskott att återställa'
        end as forklaring
    from per_year
)

select * from final
