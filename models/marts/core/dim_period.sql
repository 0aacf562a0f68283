-- The periods figures belong to: a year in a scenario, as printed in one
-- document. The same year is budget in one table and prognos in another
-- (2023 in the budget 2024), so a period is document × year × scenario.
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
),

documents as (
    select * from {{ ref('stg_registry__source_documents') }}
),

scenarios as (
    select * from {{ ref('dim_scenario') }}
),

printed_periods as (
    select
        document_file,
        ar,
        scenario,
        count(*) as antal_celler,
        count(distinct source_table) as antal_tabeller
    from periods
    where ar is not null and scenario is not null
    group by document_file, ar, scenario
),

final as (
    select
        documents.document_slug
        || ':' || cast(printed_periods.ar as {{ dbt.type_string() }})
        || ':' || printed_periods.scenario as period_id,
        printed_periods.ar,
        printed_periods.scenario,
        scenarios.scenario_namn,
        cast(printed_periods.ar as {{ dbt.type_string() }}) || ' ' || scenarios.scenario_namn
            as period_etikett,
        printed_periods.ar - documents.document_year as ar_relativt_dokumentet,
        documents.document_slug,
        documents.title as dokument_titel,
        documents.publisher as dokument_utgivare,
        documents.document_year as dokument_ar,
        printed_periods.antal_tabeller,
        printed_periods.antal_celler,
        printed_periods.document_file
    from printed_periods
    inner join documents on printed_periods.document_file = documents.document_file
    inner join scenarios on printed_periods.scenario = scenarios.scenario
)

select * from final
