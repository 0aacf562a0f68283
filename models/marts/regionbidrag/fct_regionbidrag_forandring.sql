-- The bridge of regionbidrag from one budget year to the next (bilaga 4 B of
-- every budget): one row per change item × column (mnkr), printed sums left
-- out. FINANS carries the counter-entry of each row, so every item sums to
-- zero over all columns. ar is the budget year the change leads to.
with

items as (
    select
        cell_id,
        edition_id,
        ar,
        forandringspost_id,
        column_label,
        namnd_id,
        sektor_id,
        is_finans_motpost,
        belopp_mnkr,
        is_vald_version
    from {{ ref('int_regionbidrag_forandring_cells_mapped') }}
),

final as (
    select
        edition_id || ':' || forandringspost_id || ':' || column_label as forandring_id,
        forandringspost_id,
        namnd_id,
        column_label as kolumn_forkortning,
        sektor_id,
        ar,
        edition_id,
        belopp_mnkr,
        is_finans_motpost,
        is_vald_version,
        cell_id as source_cell_id
    from items
)

select * from final
