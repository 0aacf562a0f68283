-- Every printed version of every figure printed more than once, side by side:
-- the same figure (figur_id) for the same year as budget, plan, prognos and
-- bokslut, in one edition and the next, in one table and another. Each
-- version stands beside the version before it (in the order the documents
-- printed them: by edition, plan before budget before prognos before
-- bokslut) and beside the most final version, with the registered
-- discrepancy where one explains a difference. How was it revised, and how
-- did it turn out: one query.
with

versions as (
    select * from {{ ref('int_figure_versions') }}
),

discrepancies as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
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
            order by edition_year, finalitetsordning desc, table_kind, cell_id
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
    inner join discrepancies
        on
            sequenced.source_table = discrepancies.source_table
            and sequenced.row_label = discrepancies.row_label
            and sequenced.column_label = discrepancies.column_label
            and sequenced.printed_value = discrepancies.printed_value
    group by sequenced.cell_id
),

final as (
    select
        sequenced.figur_id || ':' || coalesce(cast(sequenced.ar as {{ dbt.type_string() }}), '-')
        || ':' || sequenced.unit || ':' || cast(sequenced.version_ordning as {{ dbt.type_string() }})
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
