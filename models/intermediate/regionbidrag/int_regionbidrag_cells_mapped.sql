-- Regionbidrag per nämnd, year and scenario from every edition's bilaga 4 A,
-- printed totals left out: the nämnd is the row's key, year and scenario
-- come from the column, and is_vald_version marks the version sums use.
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'regionbidrag'
),

versions as (
    select * from {{ ref('int_figure_versions') }}
),

mapped as (
    select
        cells.cell_id,
        cells.edition_id,
        cells.row_key as namnd_id,
        cells.ar,
        cells.scenario_id,
        cells.value as belopp_mnkr,
        versions.is_vald_version
    from cells
    inner join versions on cells.cell_id = versions.cell_id
    where not cells.is_printed_total
)

select * from mapped
