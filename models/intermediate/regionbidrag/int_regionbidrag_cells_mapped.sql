-- Regionbidrag per nämnd, year and scenario from every edition's bilaga 4 A,
-- printed totals left out: the nämnd is the row's key, year and scenario
-- come from the column, and is_vald_version marks the version sums use.
with

cells as (
    {{ printed_cells('regionbidrag', parts_only=true) }}
),

mapped as (
    select
        cells.cell_id,
        cells.edition_id,
        cells.row_key as namnd_id,
        cells.ar,
        cells.scenario_id,
        cells.value as belopp_mnkr,
        cells.is_vald_version
    from cells
)

select * from mapped
