-- NORV's result 2023 per förvaltning, mnkr, as the revision prints it (no
-- nämnd total: a test reproduces it). The förvaltning is keyed to its
-- budget line in dim_namnd.
with

resultat_cells as (
    select * from {{ ref('stg_rs_revision_norv_2023__resultat_2023') }}
),

namnder as (
    select * from {{ ref('dim_namnd') }}
),

forvaltning_cells as (
    select *
    from resultat_cells
    where not is_printed_total and not is_empty
),

mapped as (
    select
        namnder.namnd_id,
        forvaltning_cells.row_label as forvaltning,
        -- "Resultat 2023": the year's outcome.
        'bokslut' as scenario,
        2023 as ar,
        forvaltning_cells.value as resultat_mnkr,
        forvaltning_cells.cell_id
    from forvaltning_cells
    left join namnder
        on forvaltning_cells.row_label = namnder.forvaltning_namn
),

final as (
    select
        namnd_id || ':' || cast(ar as varchar) as forvaltning_resultat_id,
        namnd_id,
        forvaltning,
        scenario,
        ar,
        resultat_mnkr,
        cell_id as source_cell_id
    from mapped
)

select * from final
