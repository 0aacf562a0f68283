-- Every printed total of every transcribed table equals the sum of its parts
-- as its table kind's arithmetic declares it (seeds/registry/
-- registry__arithmetic.csv), within the rounding the print allows, unless the
-- very same contradiction is registered (int_printed_totals_checked), and its
-- parts are printed in its unit. Every
-- declared total must also be found in every table of its kind. The failing
-- rows quote the printed total, the printed parts and their sum.

with

checked as (
    select
        rule_id,
        source_table,
        total_cell_id,
        total_location,
        total_row_label,
        total_column_label,
        printed_total,
        printed_parts,
        part_cell_ids,
        part_count,
        parts_sum,
        parts_in_another_unit,
        difference,
        tolerance,
        is_reconciled
    from {{ ref('int_printed_totals_checked') }}
),

rules as (
    select
        table_kind,
        rule_id,
        direction,
        total_key
    from {{ ref('stg_registry__arithmetic') }}
),

tables as (
    select
        source_table,
        table_kind
    from {{ ref('stg_registry__printed_tables') }}
),

unreconciled as (
    select
        rule_id,
        total_cell_id,
        total_location,
        source_table,
        total_row_label,
        total_column_label,
        printed_total,
        printed_parts,
        part_cell_ids,
        part_count,
        parts_sum,
        parts_in_another_unit,
        difference,
        tolerance
    from checked
    where not is_reconciled
),

declared_totals as (
    select distinct
        rules.rule_id,
        rules.direction,
        rules.total_key,
        tables.source_table
    from rules
    inner join tables on rules.table_kind = tables.table_kind
),

missing_totals as (
    select
        declared_totals.rule_id,
        null as total_cell_id,
        declared_totals.source_table
        || ': the declared total ' || declared_totals.total_key || ' (' || declared_totals.direction
        || ') of rule ' || declared_totals.rule_id || ' is not in the table' as total_location,
        declared_totals.source_table,
        null as total_row_label,
        null as total_column_label,
        null as printed_total,
        null as printed_parts,
        null as part_cell_ids,
        0 as part_count,
        null as parts_sum,
        null as parts_in_another_unit,
        null as difference,
        null as tolerance
    from declared_totals
    where not exists (
        select 1
        from checked
        where
            checked.rule_id = declared_totals.rule_id
            and checked.source_table = declared_totals.source_table
    )
)

select * from unreconciled
union all
select * from missing_totals
