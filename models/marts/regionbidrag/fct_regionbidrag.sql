-- Regionbidrag per nämnd × year × scenario × edition (mnkr), from bilaga 4 A
-- of every budget, printed totals left out: the nämnd is the row's key, year
-- and scenario come from the column. is_vald_version marks the version sums
-- use: per nämnd and year the most final scenario, and within it the latest
-- edition.
with

cells as (
    {{ printed_cells('regionbidrag', parts_only=true) }}
),

final as (
    select
        cells.row_key || ':' || cast(cells.ar as {{ dbt.type_string() }})
        || ':' || cells.scenario_id || ':' || cells.edition_id as regionbidrag_id,
        cells.row_key as namnd_id,
        cells.ar,
        cells.scenario_id,
        cells.edition_id,
        cells.value as belopp_mnkr,
        cells.is_vald_version,
        cells.cell_id as source_cell_id
    from cells
)

select * from final
