-- Every printed version of every figure printed more than once, side by side:
-- the same figure (figur_id) for the same year as plan, budget, prognos and
-- bokslut, in one edition and the next, in one table and another, and in
-- running text. Each version stands beside the version before it (plan
-- before budget before prognos before bokslut, and within a scenario by
-- edition) and beside the most final version, with the registered
-- discrepancy where one explains a difference. How was it revised, and how
-- did it turn out: one query.
with

table_versions as (
    select
        figur_id,
        ar,
        scenario_id,
        edition_id,
        edition_year,
        table_kind,
        source_table,
        cell_id,
        row_label,
        column_label,
        printed_value,
        varde_konvention,
        unit,
        label_discrepancy_id,
        finalitetsordning,
        version_rank
    from {{ ref('int_figure_versions') }}
),

prose as (
    select
        prosa_id,
        document_file,
        source_table,
        rad,
        mening,
        tryckt_tal,
        value,
        unit,
        figur_id,
        ar,
        scenario_id,
        discrepancy_id
    from {{ ref('stg_prose__figures') }}
    where figur_id is not null and coalesce(jamforelse, 'lika') = 'lika'
),

documents as (
    select
        document_file,
        edition_id,
        edition_year
    from {{ ref('stg_registry__source_documents') }}
),

scenarier as (
    select
        scenario_id,
        finalitetsordning
    from {{ ref('stg_reference__scenarier') }}
),

enheter as (
    select
        unit,
        faktor
    from {{ ref('stg_reference__enheter') }}
),

figure_units as (
    -- The unit a figure is printed with in its tables (a text figure is
    -- converted to it: "nästan 538 Mkr" beside 537 655 tkr).
    select
        figur_id,
        ar,
        min(unit) as unit
    from table_versions
    group by figur_id, ar
),

prose_versions as (
    select
        prose.figur_id,
        prose.ar,
        prose.scenario_id,
        documents.edition_id,
        documents.edition_year,
        'prosa' as table_kind,
        prose.source_table,
        prose.prosa_id as cell_id,
        cast(prose.rad as {{ dbt.type_string() }}) as row_label,
        prose.mening as column_label,
        prose.tryckt_tal || ' ' || prose.unit as printed_value,
        prose.value * prose_unit.faktor / coalesce(figure_unit.faktor, prose_unit.faktor)
            as varde_konvention,
        coalesce(figure_units.unit, prose.unit) as unit,
        prose.discrepancy_id as label_discrepancy_id,
        scenarier.finalitetsordning,
        99 as version_rank
    from prose
    inner join documents on prose.document_file = documents.document_file
    inner join enheter as prose_unit on prose.unit = prose_unit.unit
    left join figure_units
        on
            prose.figur_id = figure_units.figur_id
            and coalesce(prose.ar, -1) = coalesce(figure_units.ar, -1)
    left join enheter as figure_unit on figure_units.unit = figure_unit.unit
    left join scenarier on prose.scenario_id = scenarier.scenario_id
),

versions as (
    -- prose_versions has table_versions' columns in their order.
    select * from table_versions
    union all
    select * from prose_versions
),

discrepancies as (
    select
        discrepancy_id,
        source_table,
        row_label,
        column_label,
        printed_value
    from {{ ref('stg_registry__source_discrepancies') }}
),

counted as (
    select
        *,
        count(*) over (partition by figur_id, ar, unit) as antal_versioner,
        first_value(varde_konvention) over (
            partition by figur_id, ar, unit
            order by version_rank
        ) as slutligaste_varde,
        row_number() over (
            partition by figur_id, ar, unit
            order by coalesce(finalitetsordning, 0) desc, edition_year, table_kind asc, cell_id asc
        ) as version_ordning
    from versions
),

sequenced as (
    select
        *,
        lag(varde_konvention) over (
            partition by figur_id, ar, unit
            order by version_ordning
        ) as foregaende_varde
    from counted
    where antal_versioner > 1
),

registered as (
    select
        sequenced.cell_id,
        min(discrepancies.discrepancy_id) as discrepancy_id
    from sequenced
    inner join discrepancies on {{ is_registered_at('sequenced') }}
    group by sequenced.cell_id
),

final as (
    select
        sequenced.figur_id || ':' || coalesce(cast(sequenced.ar as {{ dbt.type_string() }}), '-')
        || ':'
        || sequenced.unit
        || ':'
        || cast(sequenced.version_ordning as {{ dbt.type_string() }})
            as figurversion_id,
        sequenced.figur_id,
        sequenced.ar,
        sequenced.unit,
        cast(sequenced.version_ordning as integer) as sort_order,
        cast(sequenced.antal_versioner as integer) as antal_versioner,
        sequenced.scenario_id,
        sequenced.edition_id,
        sequenced.table_kind,
        sequenced.source_table,
        sequenced.row_label,
        sequenced.column_label,
        sequenced.printed_value,
        cast(sequenced.varde_konvention as {{ exact_decimal_type() }}) as varde,
        cast(
            sequenced.varde_konvention - sequenced.foregaende_varde as {{ exact_decimal_type() }}
        ) as skillnad_mot_foregaende_version,
        cast(
            sequenced.varde_konvention - sequenced.slutligaste_varde as {{ exact_decimal_type() }}
        ) as skillnad_mot_slutligaste_version,
        sequenced.version_rank = 1 as is_slutligaste_version,
        coalesce(registered.discrepancy_id, sequenced.label_discrepancy_id) as discrepancy_id,
        sequenced.cell_id as source_cell_id
    from sequenced
    left join registered on sequenced.cell_id = registered.cell_id
)

select * from final
