-- The project accounts 2023 one row per printed part cell (no Delsumma or
-- Totalt row, no empty cell), with the project (by its printed number, or a
-- slug of the label for the row without one, "Resultat nämnden 2023–2026")
-- and the movement its column stands for. UB 2023 is kept: it is the closing
-- balance of each project, not a sum over projects.
with

projekt_cells as (
    select * from {{ ref('stg_ssvr_vb_2023__projektkonton_2023') }}
),

delsumma as (
    select min(row_order) as row_order
    from projekt_cells
    where is_total_row and row_label like 'Delsumma%'
),

projekt_rows as (
    select
        projekt_cells.row_order,
        projekt_cells.row_label,
        max(case when projekt_cells.column_label = 'Proj' then projekt_cells.printed_value end)
            as projekt_nr
    from projekt_cells
    where not projekt_cells.is_total_row
    group by projekt_cells.row_order, projekt_cells.row_label
),

projekt as (
    select
        coalesce(
            projekt_rows.projekt_nr, {{ slugify('projekt_rows.row_label') }}
        ) as srvn_projekt_id,
        projekt_rows.projekt_nr,
        projekt_rows.row_label as projekt_namn,
        projekt_rows.projekt_nr is not null as is_projekt,
        -- The Delsumma row adds up the rows above it (checked in staging).
        projekt_rows.row_order < delsumma.row_order as ingar_i_delsumma,
        projekt_rows.row_order
    from projekt_rows
    cross join delsumma
),

amount_cells as (
    select
        row_order,
        column_order,
        column_label,
        case column_label
            when 'IB 2023' then 'ib'
            when 'Solidarisk finansiering' then 'solidarisk_finansiering'
            when 'Övriga intäkter' then 'ovriga_intakter'
            when 'Kostnader' then 'kostnader'
            when 'UB 2023' then 'ub'
        end as rorelse_id,
        value as belopp_kr,
        cell_id
    from projekt_cells
    where
        column_label != 'Proj'
        and not is_total_row
        and not is_empty
),

final as (
    select
        projekt.srvn_projekt_id,
        projekt.projekt_nr,
        projekt.projekt_namn,
        projekt.is_projekt,
        projekt.ingar_i_delsumma,
        projekt.row_order,
        amount_cells.rorelse_id,
        amount_cells.column_label,
        amount_cells.column_order,
        -- The table is "Redovisning av projektkonton 2023".
        2023 as ar,
        amount_cells.belopp_kr,
        amount_cells.cell_id
    from amount_cells
    inner join projekt on amount_cells.row_order = projekt.row_order
)

select * from final
