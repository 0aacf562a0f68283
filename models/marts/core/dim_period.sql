-- The periods figures belong to: a year in a scenario, as printed in one
-- edition's tables or running text. The same year is budget in one table and
-- prognos in another (2023 in the budget 2024), and the text states interim
-- outcomes (delarsutfall), so a period is edition × year × scenario.
with

cells as (
    select
        edition_id,
        source_table,
        ar,
        scenario_id,
        is_empty
    from {{ ref('int_printed_cells_keyed') }}
),

editions as (
    select
        edition_id,
        document_file,
        publisher,
        title,
        edition_year
    from {{ ref('dim_edition') }}
),

scenarios as (
    select
        scenario_id,
        scenario_namn
    from {{ ref('dim_scenario') }}
),

prose as (
    select
        document_file,
        ar,
        scenario_id
    from {{ ref('stg_prose__figures') }}
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

prose_periods as (
    select
        editions.edition_id,
        prose.ar,
        prose.scenario_id,
        count(*) as antal_prosafigurer
    from prose
    inner join editions on prose.document_file = editions.document_file
    where prose.ar is not null and prose.scenario_id is not null
    group by editions.edition_id, prose.ar, prose.scenario_id
),

periods as (
    select
        edition_id,
        ar,
        scenario_id
    from printed_periods
    union
    select
        edition_id,
        ar,
        scenario_id
    from prose_periods
),

final as (
    select
        periods.edition_id
        || ':' || cast(periods.ar as {{ dbt.type_string() }})
        || ':' || periods.scenario_id as period_id,
        periods.ar,
        periods.scenario_id,
        scenarios.scenario_namn,
        cast(periods.ar as {{ dbt.type_string() }}) || ' ' || scenarios.scenario_namn
            as period_etikett,
        periods.ar - editions.edition_year as ar_relativt_utgavan,
        periods.edition_id,
        editions.title as dokument_titel,
        editions.publisher as dokument_utgivare,
        editions.edition_year,
        coalesce(printed_periods.antal_tabeller, 0) as antal_tabeller,
        coalesce(printed_periods.antal_celler, 0) as antal_celler,
        coalesce(prose_periods.antal_prosafigurer, 0) as antal_prosafigurer,
        editions.document_file
    from periods
    inner join editions on periods.edition_id = editions.edition_id
    inner join scenarios on periods.scenario_id = scenarios.scenario_id
    left join printed_periods
        on
            periods.edition_id = printed_periods.edition_id
            and periods.ar = printed_periods.ar
            and periods.scenario_id = printed_periods.scenario_id
    left join prose_periods
        on
            periods.edition_id = prose_periods.edition_id
            and periods.ar = prose_periods.ar
            and periods.scenario_id = prose_periods.scenario_id
)

select * from final
