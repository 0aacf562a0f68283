-- Every figure the documents state in running text, one row per printed
-- number: the sentence and its line as printed, the number as printed and
-- what it means (its kind, its value signed as the sentence means it, its
-- bound, for a change what it runs from), its unit, period and subject (keyed
-- to the nämnd or region where the subject is one), and, where the text
-- restates a table, the figure it restates, the table's value in the text's
-- unit and whether the two agree within the text's rounding.
with

prose as (
    select
        prosa_id,
        document_file,
        prosa_nr,
        rad,
        mening,
        tryckt_tal,
        value,
        unit,
        ungefar,
        grans,
        riktning,
        period,
        subjekt,
        subjekt_id,
        matt,
        figur_id,
        ar,
        scenario_id,
        jamforelse,
        jamfor_figur_id,
        jamfor_ar,
        jamfor_scenario_id,
        discrepancy_id,
        slag,
        tecken,
        fran_till,
        bas_ar,
        bas_scenario_id,
        bas_prosa_id,
        ej_lankad_orsak,
        prose_location
    from {{ ref('stg_prose__figures') }}
),

checked as (
    select
        prosa_id,
        computed_value,
        is_within_rounding
    from {{ ref('int_prose_figures_checked') }}
),

editions as (
    select
        edition_id,
        document_file,
        title
    from {{ ref('dim_edition') }}
),

namnder as (
    select namnd_id
    from {{ ref('stg_reference__namnder') }}
),

regioner as (
    select region_id
    from {{ ref('stg_reference__regioner') }}
),

sektorer as (
    select sektor_id
    from {{ ref('stg_reference__sektorer') }}
),

final as (
    select
        prose.prosa_id,
        editions.edition_id,
        editions.title as dokument_titel,
        prose.prosa_nr,
        prose.rad,
        prose.mening,
        prose.tryckt_tal,
        cast(prose.tecken * abs(prose.value) as {{ exact_decimal_type() }}) as varde,
        prose.unit,
        prose.slag,
        prose.tecken,
        prose.grans,
        prose.ungefar,
        prose.riktning,
        prose.period,
        prose.ar,
        prose.scenario_id,
        case
            when prose.ar is not null and prose.scenario_id is not null
                then
                    editions.edition_id || ':' || cast(prose.ar as {{ dbt.type_string() }})
                    || ':' || prose.scenario_id
        end as period_id,
        prose.fran_till,
        prose.bas_ar,
        prose.bas_scenario_id,
        prose.bas_prosa_id,
        prose.subjekt,
        prose.subjekt_id,
        namnder.namnd_id,
        regioner.region_id,
        sektorer.sektor_id,
        prose.matt,
        prose.figur_id,
        prose.jamforelse,
        prose.jamfor_figur_id,
        prose.jamfor_ar,
        prose.jamfor_scenario_id,
        cast(checked.computed_value as {{ exact_decimal_type() }}) as tabellens_varde,
        checked.is_within_rounding,
        prose.ej_lankad_orsak,
        prose.discrepancy_id,
        prose.document_file,
        prose.prose_location as source_location
    from prose
    inner join editions on prose.document_file = editions.document_file
    left join checked on prose.prosa_id = checked.prosa_id
    left join namnder on prose.subjekt_id = namnder.namnd_id
    left join regioner on prose.subjekt_id = regioner.region_id
    left join sektorer on prose.subjekt_id = sektorer.sektor_id
)

select * from final
