-- The balanskrav path: one row per year (the version sums use: the most
-- final scenario, the latest edition) with its scenario and edition, årets
-- resultat, every adjustment, the balanskrav result and the
-- återställningskrav (the balanskravsberäkning; mnkr as printed).
with

cells as (
    select
        rad_id,
        edition_id,
        ar,
        scenario_id,
        varde_konvention
    from {{ ref('int_rapportrader_cells_mapped') }}
    where rapport = 'balanskravsberakning' and is_vald_version
),

per_year as (
    select
        ar,
        max(scenario_id) as scenario_id,
        max(edition_id) as edition_id,
        {%- for rad, column in [
            ('arets_resultat_enligt_resultatrakningen', 'arets_resultat_mnkr'),
            ('justering_for_realisationsvinster', 'justering_realisationsvinster_mnkr'),
            ('orealiserade_kursforluster_i_vardepapper', 'orealiserade_kursforluster_mnkr'),
            ('justerat_resultat_enligt_fullfondering', 'justerat_resultat_fullfondering_mnkr'),
            ('justering_for_redovisning_enligt_blandmodell', 'justering_blandmodell_mnkr'),
            ('reservering_resultatutjamningsreserv_rur', 'reservering_rur_mnkr'),
            ('iansprakstagande_rur', 'iansprakstagande_rur_mnkr'),
            ('balanskravsresultat', 'balanskravsresultat_mnkr'),
            ('synnerliga_skal_att_ej_aterstalla_resultat', 'synnerliga_skal_mnkr'),
            ('ingaende_aterstallningskrav', 'ingaende_aterstallningskrav_mnkr'),
            ('utgaende_aterstallningskrav', 'utgaende_aterstallningskrav_mnkr'),
        ] %}
        max(case when rad_id = 'balanskravsberakning:{{ rad }}' then varde_konvention end)
            as {{ column }}{{ ',' if not loop.last }}  -- noqa: LT02
    
{%- endfor %}
    from cells
    group by ar
),

final as (
    select
        ar,
        scenario_id,
        edition_id,
        cast(arets_resultat_mnkr as {{ exact_decimal_type() }}) as arets_resultat_mnkr,
        cast(justering_realisationsvinster_mnkr as {{ exact_decimal_type() }})
            as justering_realisationsvinster_mnkr,
        cast(orealiserade_kursforluster_mnkr as {{ exact_decimal_type() }})
            as orealiserade_kursforluster_mnkr,
        cast(justerat_resultat_fullfondering_mnkr as {{ exact_decimal_type() }})
            as justerat_resultat_fullfondering_mnkr,
        cast(justering_blandmodell_mnkr as {{ exact_decimal_type() }})
            as justering_blandmodell_mnkr,
        cast(reservering_rur_mnkr as {{ exact_decimal_type() }}) as reservering_rur_mnkr,
        cast(iansprakstagande_rur_mnkr as {{ exact_decimal_type() }}) as iansprakstagande_rur_mnkr,
        cast(balanskravsresultat_mnkr as {{ exact_decimal_type() }}) as balanskravsresultat_mnkr,
        cast(synnerliga_skal_mnkr as {{ exact_decimal_type() }}) as synnerliga_skal_mnkr,
        cast(ingaende_aterstallningskrav_mnkr as {{ exact_decimal_type() }})
            as ingaende_aterstallningskrav_mnkr,
        cast(utgaende_aterstallningskrav_mnkr as {{ exact_decimal_type() }})
            as utgaende_aterstallningskrav_mnkr,
        case
            when balanskravsresultat_mnkr >= 0 then 'balanskravet uppfyllt'
            when balanskravsresultat_mnkr + synnerliga_skal_mnkr >= 0
                then 'underskott som inte ska återställas (synnerliga skäl)'
            else 'underskott att återställa'
        end as forklaring
    from per_year
)

select * from final
