-- Regionbidrag per nämnd and year (bilaga 4 A), printed totals left out,
-- each cell resolved to its nämnd and to the year and scenario of its column.
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
    where source_table = 'rs_budget_2024__bilaga_4a_regionbidrag'
),

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
),

mapped as (
    select
        periods.cell_id,
        periods.cell_location,
        periods.document_file,
        periods.row_label,
        namnder.namnd_id,
        periods.ar,
        periods.scenario,
        periods.value as belopp_mnkr
    from periods
    left join namnder on periods.row_label = namnder.printed_label
    where not periods.is_printed_total and not periods.is_empty
)

select * from mapped
