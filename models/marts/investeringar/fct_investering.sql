-- Strategic investments per project × measure × year × edition (mnkr): utfall
-- to date, the budget year, the plan years, and the project's whole prognos
-- and planutrymme (no year). Printed totals are left out.
with

cells as (
    select * from {{ ref('int_strategiska_investeringar_cells') }}
),

final as (
    select
        investeringsprojekt_id || ':' || matt || ':'
        || coalesce(cast(ar as {{ dbt.type_string() }}), '-') || ':' || edition_id
            as investering_id,
        investeringsprojekt_id,
        matt,
        ar,
        edition_id,
        belopp_mnkr,
        is_vald_version,
        cell_id as source_cell_id
    from cells
)

select * from final
