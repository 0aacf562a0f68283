-- The strategic investments of every edition's bilaga 5 B, one row per
-- printed project cell (no printed totals), with the project's kind (bygg or
-- utrustning) and sector from its section, and the measure its column
-- stands for: utfall to date, the budget or plan of a year, the project's
-- prognos, its planutrymme.
with

cells as (
    {{ printed_cells('strategiska_investeringar', parts_only=true) }}
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
        investeringsslag || ':' || row_key as investeringsprojekt_id,
        projekt_namn,
        investeringsslag,
        sektor_id,
        sektor,
        footnote,
        case column_key
            when 'belopp' then scenario_id
            when 'prognos_totalt' then 'prognos'
            else column_key
        end as matt,
        case when column_key in ('belopp', 'utfall_tom') then ar end as ar,
        edition_id,
        belopp_mnkr,
        is_vald_version,
        cell_id
    from project_cells
)

select * from measured
