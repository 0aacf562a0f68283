-- The project accounts (one table per verksamhetsberättelse) one row per
-- printed part cell (no total row, no empty cell), with the project (the
-- row's key: its printed number, or the nämnd's own row) and the movement
-- its column stands for. UB is kept: it is each project's closing balance,
-- not a sum over projects. A project belongs to the Delsumma when it is
-- printed above the first total row.
with

cells as (
    {{ printed_cells('projektkonton') }}
),

number_columns as (
    -- The column with the project's printed number (ref__nyckelroller).
    select mapped_key from {{ ref('stg_reference__nyckelroller') }}
    where table_kind = 'projektkonton' and axis = 'kolumn' and roll = 'projektnummer'
),

first_total as (
    select
        source_table,
        min(row_order) as row_order
    from cells
    where is_total_row
    group by source_table
),

projekt_rows as (
    select
        cells.source_table,
        cells.edition_id,
        cells.row_order,
        cells.row_key,
        cells.row_label,
        max(case when number_columns.mapped_key is not null then cells.printed_value end)
            as projekt_nr
    from cells
    left join number_columns on cells.column_key = number_columns.mapped_key
    where not cells.is_total_row
    group by cells.source_table, cells.edition_id, cells.row_order, cells.row_key, cells.row_label
),

amount_cells as (
    select
        source_table,
        row_order,
        column_order,
        column_label,
        column_key as rorelse_id,
        ar,
        value as belopp_kr,
        is_vald_version,
        cell_id
    from cells
    where
        column_key not in (select number_columns.mapped_key from number_columns)
        and not is_total_row
        and not is_empty
),

final as (
    select
        projekt_rows.row_key as srvn_projekt_id,
        projekt_rows.projekt_nr,
        projekt_rows.row_label as projekt_namn,
        projekt_rows.projekt_nr is not null as is_projekt,
        projekt_rows.row_order < first_total.row_order as ingar_i_delsumma,
        projekt_rows.row_order,
        projekt_rows.edition_id,
        amount_cells.rorelse_id,
        amount_cells.column_label,
        amount_cells.column_order,
        amount_cells.ar,
        amount_cells.belopp_kr,
        amount_cells.is_vald_version,
        amount_cells.cell_id
    from amount_cells
    inner join projekt_rows
        on
            amount_cells.source_table = projekt_rows.source_table
            and amount_cells.row_order = projekt_rows.row_order
    inner join first_total on amount_cells.source_table = first_total.source_table
)

select * from final
