-- The change items of every edition's bilaga 4 B (regionbidrag from one
-- budget year to the next), one row per item × column: printed sums, the
-- opening regionbidrag row (ref__nyckelroller: ingaende_niva) and the
-- percent row left out. Each column is a nämnd, except FINANS (the central
-- financing that carries the counter-entry of every row: the column the
-- declared arithmetic nets each row against). The part of the bridge an item belongs to is
-- its section, or the row itself for the general uppräkning.
with

cells as (
    {{ printed_cells('regionbidrag_forandring', parts_only=true) }}
),

namnder as (
    select
        namnd_id,
        sektor_id
    from {{ ref('stg_reference__namnder') }}
),

opening_rows as (
    select mapped_key from {{ ref('stg_reference__nyckelroller') }}
    where table_kind = 'regionbidrag_forandring' and axis = 'rad' and roll = 'ingaende_niva'
),

motpost_columns as (
    -- The column every row nets to zero against (registry__arithmetic).
    select distinct total_key from {{ ref('stg_registry__arithmetic') }}
    where table_kind = 'regionbidrag_forandring' and direction = 'kolumn'
),

items as (
    select
        cells.cell_id,
        cells.edition_id,
        cells.ar,
        cells.row_order,
        cells.row_key,
        cells.row_label,
        cells.section,
        cells.section_key,
        cells.column_key,
        cells.column_label,
        cells.column_order,
        cells.value,
        cells.is_vald_version
    from cells
    where
        cells.unit = 'mnkr'
        and cells.row_key not in (select opening_rows.mapped_key from opening_rows)
),

mapped as (
    select
        items.cell_id,
        items.edition_id,
        items.ar,
        items.row_order,
        items.row_key as forandringspost_id,
        items.row_label,
        coalesce(items.section_key, items.row_key) as avsnitt_id,
        coalesce(items.section, items.row_label) as avsnitt,
        items.column_label,
        items.column_order,
        namnder.namnd_id,
        namnder.sektor_id,
        motpost_columns.total_key is not null as is_finans_motpost,
        items.value as belopp_mnkr,
        items.is_vald_version
    from items
    left join namnder on items.column_key = namnder.namnd_id
    left join motpost_columns on items.column_key = motpost_columns.total_key
)

select * from mapped
