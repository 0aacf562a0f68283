-- Every printed total that differs from the sum of its parts is registered,
-- a difference within the rounding the print allows too (as a rounding; one
-- beyond it fails the reconciliation unless registered): source_discrepancies
-- then lists every total of the documents that does not add up, and a
-- registration deleted by mistake (the build stayed green, the total's
-- difference left the register) is named with the line to restore.

with

checked_totals as (
    select
        source_table,
        total_location,
        total_row_label,
        total_column_label,
        printed_total,
        parts_sum,
        difference,
        tolerance,
        discrepancy_id,
        is_within_rounding
    from {{ ref('int_printed_totals_checked') }}
),

unregistered as (
    select
        total_location as location,
        'printed ' || printed_total || ', computed '
        || regexp_replace(cast(parts_sum as {{ dbt.type_string() }}), '[.]0+$', '')
        || ' from its parts: a difference of '
        || regexp_replace(cast(difference as {{ dbt.type_string() }}), '[.]0+$', '')
        || ' within the rounding the print allows that seeds/registry/'
        || 'registry__source_discrepancies.csv does not register: add a row of kind rounding for '
        || source_table || ', row "' || total_row_label || '", column "' || total_column_label
        || '", printed_value ' || printed_total
        || ' and computed_value the sum as the document prints numbers' as problem
    from checked_totals
    where difference != 0 and is_within_rounding and discrepancy_id is null
)

select * from unregistered
