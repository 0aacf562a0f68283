-- The new compensation model's shares of the hospital boards (bilaga 4 B's
-- percent row) add up to the whole, 100 percent, within the rounding of the
-- printed shares (half a tenth per share), in every edition that prints them.
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where
        table_kind = 'regionbidrag_forandring'
        and row_key = 'omfordelningseffekt'
        and unit = 'procent'
        and column_key != 'finans'
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
