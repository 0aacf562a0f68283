-- The periods figures belong to: a year in a scenario, as printed in one
-- edition. The same year is budget in one table and prognos in another
-- (2023 in the budget 2024), so a period is edition × year × scenario.
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
),

editions as (
    select * from {{ ref('dim_edition') }}
),

scenarios as (
    select * from {{ ref('dim_scenario') }}
),

printed_periods as (
    select
        edition_id,
        ar,
        scenario_id,
        count(*) as antal_celler,
        count(distinct source_table) as antal_tabeller
    from cells
    where ar is not null and scenario_id is not null and not is_empty
    group by edition_id, ar, scenario_id
),

final as (
    select
        printed_periods.edition_id
        || ':' || cast(printed_periods.ar as {{ dbt.type_string() }})
        || ':' || printed_periods.scenario_id as period_id,
        printed_periods.ar,
        printed_periods.scenario_id,
        scenarios.scenario_namn,
        cast(printed_periods.ar as {{ dbt.type_string() }}) || ' ' || scenarios.scenario_namn
            as period_etikett,
        printed_periods.ar - editions.edition_year as ar_relativt_utgavan,
        printed_periods.edition_id,
        editions.title as dokument_titel,
        editions.publisher as dokument_utgivare,
        editions.edition_year,
        printed_periods.antal_tabeller,
        printed_periods.antal_celler,
        editions.document_file
    from printed_periods
    inner join editions on printed_periods.edition_id = editions.edition_id
    inner join scenarios on printed_periods.scenario_id = scenarios.scenario_id
)

select * from final
