-- A figure printed more than once for the same year and scenario is printed
-- the same (in the warehouse's sign convention, within the coarser printed
-- rounding) within an edition – årets resultat in the resultat-, balanskrav-,
-- kassaflödes- and balansbudget, bilaga 4 B's regionbidrag rows against 4 A,
-- 5 A's strategic lines against 5 B's sections – and when another series
-- restates it (the revision report quoting the budget). Only a later edition
-- of the same series may revise a figure (rpt_figurhistorik shows how). A
-- disagreement is accepted only where it is registered for one of the two
-- cells with the other's value.

with

versions as (
    select
        figur_id,
        ar,
        scenario_id,
        edition_id,
        series_id,
        source_table,
        cell_id,
        row_label,
        column_label,
        printed_value,
        value,
        varde_konvention,
        unit,
        printed_precision,
        cell_location
    from {{ ref('int_figure_versions') }}
),

discrepancies as (
    select
        source_table,
        row_label,
        column_label,
        printed_value,
        computed_number
    from {{ ref('stg_registry__source_discrepancies') }}
),

pairs as (
    select
        versions.figur_id,
        versions.ar,
        versions.scenario_id,
        versions.cell_location,
        versions.printed_value,
        versions.varde_konvention,
        other.cell_location as other_cell_location,
        other.printed_value as other_printed_value,
        other.varde_konvention as other_varde_konvention,
        versions.source_table,
        versions.row_label,
        versions.column_label,
        other.source_table as other_source_table,
        other.row_label as other_row_label,
        other.column_label as other_column_label,
        other.value as other_value,
        versions.value,
        case
            when versions.printed_precision = other.printed_precision then 0
            when versions.printed_precision > other.printed_precision
                then 0.5 * versions.printed_precision
            else 0.5 * other.printed_precision
        end as tolerance
    from versions
    inner join versions as other
        on
            versions.figur_id = other.figur_id
            and versions.unit = other.unit
            and coalesce(versions.ar, 0) = coalesce(other.ar, 0)
            and coalesce(versions.scenario_id, '') = coalesce(other.scenario_id, '')
            and versions.cell_id < other.cell_id
            and (
                versions.edition_id = other.edition_id
                or versions.series_id != other.series_id
            )
),

disagreeing as (
    select pairs.*
    from pairs
    where
        abs(pairs.varde_konvention - pairs.other_varde_konvention) > pairs.tolerance
        and not exists (
            select 1
            from discrepancies
            where
                (
                    {{ is_registered_at('pairs') }}
                    and abs(discrepancies.computed_number) = abs(pairs.other_value)
                )
                or (
                    {{ is_registered_at('pairs', prefix='other_') }}
                    and abs(discrepancies.computed_number) = abs(pairs.value)
                )
        )
)

select * from disagreeing
