-- The change items of bilaga 4 B (regionbidrag 2023 → 2024), one row per
-- item × column, printed sums, the opening row and the percent row left out.
-- Each column is resolved to its nämnd through the 4 B abbreviation; FINANS
-- (the central financing that carries the counter-entry of every row) has
-- no nämnd.
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
    where source_table = 'rs_budget_2024__bilaga_4b_forandring_regionbidrag'
),

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
),

items as (
    select
        periods.cell_id,
        periods.document_file,
        periods.row_order,
        periods.row_label,
        periods.section,
        periods.column_label,
        periods.column_order,
        periods.value,
        periods.cell_location
    from periods
    where
        not periods.is_printed_total
        and not periods.is_empty
        and periods.unit = 'mnkr'
        and periods.row_label != 'Regionbidrag 2023'
),

mapped as (
    select
        items.cell_id,
        items.document_file,
        items.row_order,
        items.row_label,
        coalesce(items.section, items.row_label) as avsnitt,
        case
            when items.section like 'Tekniska justeringar%' then 'tekniska_justeringar'
            when items.section like 'Riktade satsningar%' then 'riktade_satsningar'
            when items.row_label = 'Uppräkning 2024' then 'upprakning'
        end as avsnitt_id,
        items.column_label,
        items.column_order,
        namnder.namnd_id,
        namnder.sektor_id,
        items.column_label = 'FINANS' as is_finans_motpost,
        items.value as belopp_mnkr,
        items.cell_location
    from items
    left join namnder on items.column_label = namnder.forkortning
)

select * from mapped
