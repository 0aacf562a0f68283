-- Strategic investments per project × measure × year (mnkr): utfall to the
-- end of 2023, budget 2024, plan 2025–2026, and the project's whole prognos
-- and planutrymme (no year). Printed totals are left out.
with

cells as (
    select * from {{ ref('int_strategiska_investeringar_cells') }}
),

final as (
    select
        investeringsprojekt_id || ':' || matt || ':'
        || coalesce(cast(ar as {{ dbt.type_string() }}), '-')
            as investering_id,
        investeringsprojekt_id,
        matt,
        ar,
        belopp_mnkr,
        cell_id as source_cell_id
    from cells
)

select * from final
