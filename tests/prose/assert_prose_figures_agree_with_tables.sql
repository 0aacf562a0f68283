-- Every figure the running text states about a table figure agrees with it
-- (int_prose_figures_checked): the same value, the change between two years
-- or scenarios, or that change in percent, converted to the unit the text
-- prints and within its printed rounding. A text figure whose table figure is
-- not found fails too (a broken link is not a pass). A contradiction is
-- accepted only where the prose row names its registered discrepancy.

with

checked as (
    select
        mening,
        tryckt_tal,
        unit,
        figur_id,
        ar,
        scenario_id,
        jamforelse,
        prose_location,
        computed_value,
        a_source_id,
        b_source_id,
        is_reconciled
    from {{ ref('int_prose_figures_checked') }}
),

cells as (
    -- The cells the text's figure is computed from, as printed (a unit or a unit's
    -- factor mistyped shows there).
    select
        cell_id,
        cell_location || ' prints ' || printed_value || ' ' || unit as printed_as
    from {{ ref('int_printed_cells_keyed') }}
),

versions as (
    -- The years and scenarios a figure is printed for, to say what a broken
    -- link would find (a table's YAML year or scenario changed breaks the
    -- links of every figure in it).
    select
        figur_id,
        {{ dbt.listagg(
            "cast(ar as " ~ dbt.type_string() ~ ") || ' ' || coalesce(scenario_id, '-')",
            "', '",
            "order by ar, scenario_id",
        ) }} as printed_for
    from (
        select distinct
            figur_id,
            ar,
            scenario_id
        from {{ ref('int_figure_versions') }}
    ) as distinct_versions
    group by figur_id
)

select
    checked.prose_location,
    checked.mening,
    checked.tryckt_tal,
    checked.unit,
    checked.jamforelse,
    checked.figur_id,
    checked.ar,
    checked.scenario_id,
    checked.computed_value,
    case
        when checked.computed_value is null and versions.printed_for is null
            then 'the figure the text links to, ' || checked.figur_id || ', is in no table'
        when checked.computed_value is null
            then
                'the figure the text links to is not in the warehouse for '
                || cast(checked.ar as {{ dbt.type_string() }}) || ' '
                || coalesce(checked.scenario_id, '-')
                || ' (in a unit of the same kind); its tables print it for '
                || versions.printed_for
        else
            'the text does not agree with the figure: '
            || coalesce(a_cell.printed_as, 'its table cell')
            || coalesce('; ' || b_cell.printed_as, '')
            || '; that is '
            || cast(round(checked.computed_value, 4) as {{ dbt.type_string() }})
            || ' ' || checked.unit || ' (ref__enheter)'
    end as problem
from checked
left join versions on checked.figur_id = versions.figur_id
left join cells as a_cell on checked.a_source_id = a_cell.cell_id
left join cells as b_cell on checked.b_source_id = b_cell.cell_id
where not checked.is_reconciled
