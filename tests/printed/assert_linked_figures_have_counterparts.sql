-- A label the map links to a figure in another table (ref__etiketter.figur:
-- 4 B's regionbidrag rows to 4 A, 5 A's strategic lines to 5 B's sections,
-- årets resultat across the statements) must find that figure there: at
-- least one cell of the row has another version for the same year and
-- scenario. A mistyped link would otherwise compare nothing and pass.

with

cells as (
    select
        cell_id,
        edition_id,
        source_table,
        row_label,
        ar,
        scenario_id,
        figur_id,
        unit,
        series_id
    from {{ ref('int_printed_cells_keyed') }}
    where figur_id is not null
),

labels as (
    select
        source_table,
        printed_label,
        seed_path,
        line_number
    from {{ ref('int_printed_labels_resolved') }}
    where axis = 'rad' and figur is not null
),

versions as (
    select
        figur_id,
        ar,
        scenario_id,
        source_table,
        cell_id,
        unit
    from {{ ref('int_figure_versions') }}
),

linked_cells as (
    select
        cells.source_table,
        cells.row_label,
        labels.seed_path,
        labels.line_number,
        cells.cell_id,
        cells.figur_id,
        cells.ar,
        cells.scenario_id,
        cells.unit,
        cells.edition_id,
        cells.series_id
    from cells
    inner join labels
        on
            cells.source_table = labels.source_table
            and cells.row_label = labels.printed_label
),

counterparts as (
    select
        linked_cells.source_table,
        linked_cells.row_label,
        linked_cells.seed_path,
        linked_cells.line_number,
        count(versions.cell_id) as antal_motsvarigheter
    from linked_cells
    left join versions
        on
            linked_cells.figur_id = versions.figur_id
            and linked_cells.unit = versions.unit
            and coalesce(linked_cells.ar, 0) = coalesce(versions.ar, 0)
            and coalesce(linked_cells.scenario_id, '') = coalesce(versions.scenario_id, '')
            and linked_cells.cell_id != versions.cell_id
            and linked_cells.source_table != versions.source_table
    group by
        linked_cells.source_table,
        linked_cells.row_label,
        linked_cells.seed_path,
        linked_cells.line_number
)

select
    seed_path,
    line_number,
    row_label,
    'the label map links this row to a figure no other table prints' as problem
from counterparts
where antal_motsvarigheter = 0
