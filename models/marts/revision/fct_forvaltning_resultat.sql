-- A nämnd's result per förvaltning as the revision prints it, mnkr (no nämnd
-- total: it reconciles with its parts). The förvaltning is its budget line
-- in dim_namnd (the row's key).
with

cells as (
    select
        cell_id,
        edition_id,
        row_label,
        row_key,
        ar,
        scenario_id,
        value,
        is_printed_total,
        is_empty
    from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'forvaltning_resultat'
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
        cell_id as source_cell_id
    from cells
    where not is_printed_total and not is_empty
)

select * from final
