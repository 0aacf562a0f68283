-- A nämnd's result per förvaltning as the revision prints it, mnkr (no nämnd
-- total: it reconciles with its parts). The förvaltning is its budget line
-- in dim_namnd (the row's key).
with

cells as (
    {{ printed_cells('forvaltning_resultat', parts_only=true) }}
),

final as (
    select
        row_key || ':' || cast(ar as {{ dbt.type_string() }}) || ':' || edition_id
            as forvaltning_resultat_id,
        row_key as namnd_id,
        row_label as forvaltning,
        scenario_id,
        ar,
        edition_id,
        value as resultat_mnkr,
        is_vald_version,
        cell_id as source_cell_id
    from cells
)

select * from final
