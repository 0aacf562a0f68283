-- Bilaga 2 of the decision paper on processledare (2020-01-30): SRVN's
-- economic calculation 2020–2022 per line × year, tkr, without the printed
-- balances ("Balans utan statliga ersättningar", "Slutlig balans"), which a
-- test reproduces. Two lines carry a balance forward from the year before
-- (is_overford_balans): adding a line across years double counts them, and
-- the table's own chain counts 2020's balance twice (discrepancies D0011,
-- D0012). A "-" printed in an empty cell (D0013) is not a row.
with

sammanstallning_cells as (
    select * from {{ ref('stg_srvn_processledare__bilaga_2_ekonomisk_sammanstallning') }}
),

first_balance as (
    select min(row_order) as row_order
    from sammanstallning_cells
    where is_total_row
),

line_cells as (
    select sammanstallning_cells.*
    from sammanstallning_cells
    where not sammanstallning_cells.is_total_row and sammanstallning_cells.value is not null
),

final as (
    select
        {{ slugify('line_cells.row_label') }} || ':' || line_cells.column_label
            as ekonomisk_sammanstallning_id,
        {{ slugify('line_cells.row_label') }} as rad_id,
        line_cells.row_label as rad,
        case
            when line_cells.row_order < first_balance.row_order then 'utan_statliga_ersattningar'
            else 'med_statliga_ersattningar'
        end as block,
        cast(line_cells.column_label as integer) as ar,
        line_cells.value as belopp_tkr,
        line_cells.row_label like 'Ackumulerat överskott%' as is_overford_balans,
        cast(line_cells.row_order as integer) as sort_order,
        line_cells.cell_id as source_cell_id
    from line_cells
    cross join first_balance
)

select * from final
