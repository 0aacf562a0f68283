-- Strategic investments per project × measure × year × edition (mnkr): utfall
-- to date, the budget year, the plan years, and the project's whole prognos
-- and planutrymme (no year). Printed totals are left out. is_senaste_utgava
-- marks the latest edition that prints the plan (a later budget of the series
-- without an investment plan does not count).
with

cells as (
    select
        investeringsprojekt_id,
        matt,
        ar,
        edition_id,
        belopp_mnkr,
        is_vald_version,
        cell_id
    from {{ ref('int_strategiska_investeringar_cells') }}
),

editions as (
    select
        edition_id,
        series_id,
        edition_year
    from {{ ref('dim_edition') }}
),

printing as (
    select distinct
        cells.edition_id,
        editions.series_id,
        editions.edition_year
    from cells
    inner join editions on cells.edition_id = editions.edition_id
),

latest as (
    select
        series_id,
        max(edition_year) as edition_year
    from printing
    group by series_id
),

final as (
    select
        cells.investeringsprojekt_id || ':' || cells.matt || ':'
        || coalesce(cast(cells.ar as {{ dbt.type_string() }}), '-') || ':' || cells.edition_id
            as investering_id,
        cells.investeringsprojekt_id,
        cells.matt,
        cells.ar,
        cells.edition_id,
        cells.belopp_mnkr,
        cells.is_vald_version,
        coalesce(printing.edition_year = latest.edition_year, false) as is_senaste_utgava,
        cells.cell_id as source_cell_id
    from cells
    inner join printing on cells.edition_id = printing.edition_id
    inner join latest on printing.series_id = latest.series_id
)

select * from final
