-- The strategic investments of every edition's bilaga 5 B, one row per
-- printed project cell (no printed totals), with the project's kind (bygg or
-- utrustning) and sector from its section, and the measure its column
-- stands for (ref__investeringsmatt): utfall to date, the budget or plan of
-- a year, the project's prognos, its planutrymme.
with

cells as (
    {{ printed_cells('strategiska_investeringar', parts_only=true) }}
),

investeringsmatt as (
    select
        matt,
        column_key,
        scenario_id,
        har_ar
    from {{ ref('stg_reference__investeringsmatt') }}
),

project_cells as (
    select
        cells.cell_id,
        cells.edition_id,
        cells.row_key,
        cells.row_label as projekt_namn,
        cells.footnote,
        cells.section_key,
        trim({{ dbt.split_part('cells.section', "' > '", 2) }}) as sektor,
        {{ dbt.split_part('cells.section_key', "':'", 1) }} as investeringsslag,
        {{ dbt.split_part('cells.section_key', "':'", 2) }} as sektor_id,
        cells.column_key,
        cells.ar,
        cells.scenario_id,
        cells.value as belopp_mnkr,
        cells.is_vald_version
    from cells
),

measured as (
    select
        project_cells.investeringsslag || ':' || project_cells.row_key as investeringsprojekt_id,
        project_cells.projekt_namn,
        project_cells.investeringsslag,
        project_cells.sektor_id,
        project_cells.sektor,
        project_cells.footnote,
        coalesce(investeringsmatt.matt, project_cells.column_key) as matt,
        case when investeringsmatt.har_ar then project_cells.ar end as ar,
        project_cells.edition_id,
        project_cells.belopp_mnkr,
        project_cells.is_vald_version,
        project_cells.cell_id
    from project_cells
    left join investeringsmatt
        on
            project_cells.column_key = investeringsmatt.column_key
            and (
                investeringsmatt.scenario_id is null
                or project_cells.scenario_id = investeringsmatt.scenario_id
            )
)

select * from measured
