-- Every printed version of every figure: a numeric cell and the figure it
-- states (figur_id: the same figure printed in another table or another
-- edition has the same id), its year and scenario, edition and value in the
-- warehouse's sign convention. The one rule that picks the version a sum
-- uses is here, once: within a table kind, per figure and year, the most
-- final scenario (ref__scenarier: bokslut, prognos, budget, plan) and within
-- it the latest edition.
with

cells as (
    select
        cell_id,
        edition_id,
        source_table,
        table_kind,
        row_label,
        column_label,
        ar,
        scenario_id,
        figur_id,
        printed_value,
        value,
        unit,
        printed_precision,
        is_printed_total,
        series_id,
        edition_year,
        varde_konvention,
        label_discrepancy_id,
        cell_location
    from {{ ref('int_printed_cells_keyed') }}
    where figur_id is not null
),

scenarier as (
    select
        scenario_id,
        finalitetsordning
    from {{ ref('stg_reference__scenarier') }}
),

ranked as (
    select
        cells.figur_id,
        cells.ar,
        cells.scenario_id,
        cells.edition_id,
        cells.series_id,
        cells.edition_year,
        cells.table_kind,
        cells.source_table,
        cells.cell_id,
        cells.row_label,
        cells.column_label,
        cells.printed_value,
        cells.value,
        cells.varde_konvention,
        cells.unit,
        cells.printed_precision,
        cells.is_printed_total,
        cells.label_discrepancy_id,
        cells.cell_location,
        scenarier.finalitetsordning,
        row_number() over (
            partition by cells.table_kind, cells.figur_id, cells.ar, cells.unit
            order by
                coalesce(scenarier.finalitetsordning, 99),
                cells.edition_year desc,
                cells.edition_id desc,
                cells.cell_id asc
        ) as rank_within_table_kind,
        row_number() over (
            partition by cells.figur_id, cells.ar, cells.unit
            order by
                coalesce(scenarier.finalitetsordning, 99),
                cells.edition_year desc,
                cells.edition_id desc,
                cells.table_kind asc,
                cells.cell_id asc
        ) as version_rank
    from cells
    left join scenarier on cells.scenario_id = scenarier.scenario_id
),

final as (
    select
        *,
        rank_within_table_kind = 1 as is_vald_version
    from ranked
)

select * from final
