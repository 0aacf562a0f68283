-- The bridge from regionbidrag 2023 to 2024 (bilaga 4 B): one row per change
-- item × nämnd column (mnkr), printed sums left out. FINANS carries the
-- counter-entry of each row, so every item sums to zero over all columns.
with

items as (
    select * from {{ ref('int_regionbidrag_forandring_cells_mapped') }}
),

final as (
    select
        'bilaga_4b:' || cast(row_order as {{ dbt.type_string() }}) || ':' || column_label
            as forandring_id,
        'bilaga_4b:' || cast(row_order as {{ dbt.type_string() }}) as forandringspost_id,
        namnd_id,
        column_label as kolumn_forkortning,
        sektor_id,
        belopp_mnkr,
        is_finans_motpost,
        cell_id as source_cell_id
    from items
)

select * from final
