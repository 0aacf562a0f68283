-- A registered discrepancy that names a table cell names one that exists,
-- with the value printed there (so the register cannot drift from the seeds),
-- and a registered rounding is the one that explains a printed total: the very
-- printed total and sum of its parts the reconciliation computes, within the
-- rounding the print allows (a mistyped computed value, or an arithmetic error
-- registered as a rounding, would otherwise explain nothing and say so nowhere).
-- Each failing row says where the cell is and what it prints now.

with

discrepancies as (
    select
        discrepancy_id,
        source_table,
        row_label,
        column_label,
        printed_value,
        computed_value,
        kind
    from {{ ref('stg_registry__source_discrepancies') }}
    where source_table is not null and row_label is not null and column_label is not null
),

checked_totals as (
    select
        source_table,
        total_row_label,
        total_column_label,
        printed_total,
        parts_sum,
        tolerance,
        discrepancy_id,
        is_within_rounding
    from {{ ref('int_printed_totals_checked') }}
),

rounding_checks as (
    -- A rounding of a printed total (a rounding of a text against a table names
    -- a cell that is none): the totals checked there, and whether it explains one.
    select
        discrepancies.discrepancy_id,
        count(
            case
                when
                    checked_totals.discrepancy_id = discrepancies.discrepancy_id
                    and checked_totals.is_within_rounding
                    then 1
            end
        ) as totals_explained,
        {{ dbt.listagg(
            "'the reconciliation computes ' || cast(checked_totals.parts_sum as " ~ dbt.type_string() ~ ")"
            ~ " || ' from the printed ' || checked_totals.printed_total"
            ~ " || case when checked_totals.is_within_rounding then '' else ', beyond the rounding the print allows ('"
            ~ " || cast(checked_totals.tolerance as " ~ dbt.type_string() ~ ") || '): an arithmetic error' end",
            "'; '",
            "order by checked_totals.parts_sum") }} as computed_now
    from discrepancies
    inner join checked_totals
        on
            discrepancies.source_table = checked_totals.source_table
            and discrepancies.row_label = checked_totals.total_row_label
            and discrepancies.column_label = checked_totals.total_column_label
    where discrepancies.kind = 'rounding'
    group by discrepancies.discrepancy_id
),

unexplained_roundings as (
    select
        discrepancies.discrepancy_id,
        discrepancies.source_table,
        discrepancies.row_label,
        discrepancies.column_label,
        discrepancies.printed_value,
        'seeds/registry/registry__source_discrepancies.csv: ' || discrepancies.discrepancy_id
        || ' registers a rounding of ' || discrepancies.source_table || ', row "'
        || discrepancies.row_label || '", column "' || discrepancies.column_label
        || '": printed ' || coalesce(discrepancies.printed_value, '(empty)') || ', computed '
        || coalesce(discrepancies.computed_value, '(empty)') || ', but '
        || rounding_checks.computed_now as problem
    from discrepancies
    inner join rounding_checks on discrepancies.discrepancy_id = rounding_checks.discrepancy_id
    where rounding_checks.totals_explained = 0
),

printed_cells as (
    select
        cell_id,
        source_table,
        row_label,
        column_label,
        printed_value,
        cell_location
    from {{ ref('stg_printed__cells') }}
),

pointed as (
    select
        discrepancies.discrepancy_id,
        discrepancies.source_table,
        discrepancies.row_label,
        discrepancies.column_label,
        discrepancies.printed_value,
        count(printed_cells.cell_id) as cells,
        count(
            case when printed_cells.printed_value = discrepancies.printed_value then 1 end
        ) as cells_printing_it,
        {{ dbt.listagg(
            "printed_cells.cell_location || ': printed ' || coalesce(printed_cells.printed_value, '(empty)')",
            "'; '",
            "order by printed_cells.cell_location") }} as printed_now
    from discrepancies
    left join printed_cells
        on
            discrepancies.source_table = printed_cells.source_table
            and discrepancies.row_label = printed_cells.row_label
            and discrepancies.column_label = printed_cells.column_label
    group by
        discrepancies.discrepancy_id,
        discrepancies.source_table,
        discrepancies.row_label,
        discrepancies.column_label,
        discrepancies.printed_value
)

select
    discrepancy_id,
    source_table,
    row_label,
    column_label,
    printed_value,
    case
        when cells = 0
            then
                'seeds/registry/registry__source_discrepancies.csv: ' || discrepancy_id
                || ' names ' || source_table || ', row "' || row_label || '", column "'
                || column_label || '", which is not a printed cell'
        else
            printed_now || ', but ' || discrepancy_id
            || ' in seeds/registry/registry__source_discrepancies.csv registers it as printed '
            || printed_value
    end as problem
from pointed
where cells = 0 or (printed_value is not null and cells_printing_it = 0)
union all
select * from unexplained_roundings
