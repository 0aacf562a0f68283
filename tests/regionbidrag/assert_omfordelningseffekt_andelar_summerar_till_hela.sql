-- The new compensation model's shares of the hospital boards (bilaga 4 B's
-- percent row) add up to the whole, 100 percent, within the rounding of the
-- printed shares (half a tenth per share), in every edition that prints them.
-- The row of shares is declared (ref__nyckelroller: andelar); FINANS, the
-- column every row nets against (registry__arithmetic), holds no share.

with

share_rows as (
    select mapped_key from {{ ref('stg_reference__nyckelroller') }}
    where table_kind = 'regionbidrag_forandring' and axis = 'rad' and roll = 'andelar'
),

motpost_columns as (
    select total_key from {{ ref('stg_registry__arithmetic') }}
    where table_kind = 'regionbidrag_forandring' and direction = 'kolumn'
),

cells as (
    select
        edition_id,
        value,
        printed_precision
    from {{ ref('int_printed_cells_keyed') }}
    where
        table_kind = 'regionbidrag_forandring'
        and row_key in (select share_rows.mapped_key from share_rows)
        and unit = 'procent'
        and column_key not in (select motpost_columns.total_key from motpost_columns)
        and value is not null
),

per_edition as (
    select
        edition_id,
        sum(value) as total_share,
        count(*) as antal_andelar,
        max(printed_precision) as printed_precision
    from cells
    group by edition_id
)

select * from per_edition
where abs(total_share - 100) > antal_andelar * 0.5 * printed_precision
