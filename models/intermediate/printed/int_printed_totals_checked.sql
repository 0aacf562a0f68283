-- Every printed total beside the sum of its parts, as each table kind's
-- arithmetic declares it (registry__arithmetic): one row per rule × total
-- cell, with the printed parts, their sum, the difference and the rounding
-- the print allows (n parts × half the coarsest printed unit). A difference
-- beyond rounding is reconciled only by the very same contradiction in the
-- discrepancy register (same table, row, column, printed total and computed
-- sum): the source is never patched.
with

cells as (
    select
        cell_id,
        edition_id,
        source_table,
        table_kind,
        row_order,
        column_order,
        section_key,
        row_label,
        row_key,
        column_label,
        column_key,
        ar,
        printed_value,
        value,
        unit,
        printed_precision,
        is_total_row,
        is_total_column,
        teckenomvandling,
        cell_location
    from {{ ref('int_printed_cells_keyed') }}
    where value is not null
),

rules as (
    select * from {{ ref('stg_registry__arithmetic') }}
),

discrepancies as (
    select
        discrepancy_id,
        source_table,
        row_label,
        column_label,
        printed_value,
        computed_number
    from {{ ref('stg_registry__source_discrepancies') }}
),

rule_totals as (
    select distinct
        table_kind,
        rule_id,
        roll,
        direction,
        total_section,
        total_key,
        unit
    from rules
),

total_rows as (
    select distinct
        source_table,
        row_order
    from cells
    where is_total_row
),

total_cells as (
    select
        rule_totals.table_kind,
        rule_totals.rule_id,
        rule_totals.roll,
        rule_totals.direction,
        cells.edition_id,
        cells.source_table,
        cells.cell_id as total_cell_id,
        cells.cell_location as total_location,
        cells.row_order,
        cells.column_order,
        cells.row_label as total_row_label,
        cells.column_label as total_column_label,
        cells.printed_value as printed_total,
        cells.value as total_value,
        cells.printed_precision as total_precision,
        cells.teckenomvandling as total_teckenomvandling,
        cells.unit as total_unit,
        cells.ar,
        coalesce((
            select max(total_rows.row_order)
            from total_rows
            where
                total_rows.source_table = cells.source_table
                and total_rows.row_order < cells.row_order
        ), 0) as previous_total_row_order
    from rule_totals
    inner join cells
        on
            rule_totals.table_kind = cells.table_kind
            and (
                (
                    rule_totals.direction in ('rad', 'foregaende_ar')
                    and rule_totals.total_key = cells.row_key
                )
                or (rule_totals.direction = 'kolumn' and rule_totals.total_key = cells.column_key)
            )
            and (rule_totals.total_section is null or rule_totals.total_section = cells.section_key)
            and (rule_totals.unit is null or rule_totals.unit = cells.unit)
),

part_cells as (
    select
        total_cells.rule_id,
        total_cells.total_cell_id,
        rules.part_sign,
        cells.cell_id,
        cells.row_order,
        cells.column_order,
        cells.printed_value,
        cells.value,
        cells.printed_precision,
        -- An added part converted otherwise than its total enters the total with a minus
        -- in the warehouse's signs (a subtracted one becomes an added one: a cost
        -- stored negative).
        rules.part_sign = 1
        and cells.teckenomvandling != total_cells.total_teckenomvandling
            as is_converted_otherwise,
        -- A part printed in another unit than its total cannot be added to it as printed
        -- (a row of a mnkr table given tkr).
        coalesce(cells.unit != total_cells.total_unit, false) as is_in_another_unit
    from total_cells
    inner join rules
        on
            total_cells.table_kind = rules.table_kind
            and total_cells.rule_id = rules.rule_id
    inner join cells
        on
            total_cells.source_table = cells.source_table
            and total_cells.total_cell_id != cells.cell_id
            and (rules.unit is null or rules.unit = cells.unit)
            and (
                rules.part_section is null
                or rules.part_section = cells.section_key
                or cells.section_key like rules.part_section || ':%'
            )
            and (
                (
                    total_cells.direction = 'rad'
                    and total_cells.column_order = cells.column_order
                    and (
                        (
                            rules.part_key = '*'
                            and not cells.is_total_row
                            and total_cells.row_order != cells.row_order
                        )
                        or (
                            rules.part_key = '^'
                            and not cells.is_total_row
                            and total_cells.row_order > cells.row_order
                            and total_cells.previous_total_row_order < cells.row_order
                        )
                        or rules.part_key = cells.row_key
                    )
                )
                or (
                    total_cells.direction = 'kolumn'
                    and total_cells.row_order = cells.row_order
                    and (
                        (
                            rules.part_key = '*'
                            and not cells.is_total_column
                            and total_cells.column_order != cells.column_order
                        )
                        or rules.part_key = cells.column_key
                    )
                )
                or (
                    -- A balance carried from the year before.
                    total_cells.direction = 'foregaende_ar'
                    and cells.ar = total_cells.ar - 1
                    and rules.part_key = cells.row_key
                )
            )
),

summed as (
    select
        rule_id,
        total_cell_id,
        count(*) as part_count,
        sum(part_sign * value) as parts_sum,
        sum(case when is_converted_otherwise then 1 else 0 end) as parts_converted_otherwise,
        sum(case when is_in_another_unit then 1 else 0 end) as parts_in_another_unit,
        max(printed_precision) as part_precision,
        {{ dbt.listagg("printed_value", "' | '", "order by row_order, column_order") }}
            as printed_parts,
        {{ dbt.listagg("cell_id", "' '", "order by row_order, column_order") }} as part_cell_ids,
        {{ dbt.listagg(dbt.cast("part_sign", dbt.type_string()), "' '", "order by row_order, column_order") }}  -- noqa: LT05
            as part_signs
    from part_cells
    group by rule_id, total_cell_id
),

compared as (
    select
        total_cells.table_kind,
        total_cells.rule_id,
        total_cells.roll,
        total_cells.direction,
        total_cells.edition_id,
        total_cells.source_table,
        total_cells.total_cell_id,
        total_cells.total_location,
        total_cells.total_row_label,
        total_cells.total_column_label,
        total_cells.printed_total,
        total_cells.total_value,
        summed.printed_parts,
        summed.part_cell_ids,
        summed.part_signs,
        coalesce(summed.part_count, 0) as part_count,
        coalesce(summed.parts_sum, 0) as parts_sum,
        coalesce(summed.parts_converted_otherwise, 0) as parts_converted_otherwise,
        coalesce(summed.parts_in_another_unit, 0) as parts_in_another_unit,
        total_cells.total_value - coalesce(summed.parts_sum, 0) as difference,
        coalesce(summed.part_count, 1) * 0.5 * case
            when summed.part_precision > total_cells.total_precision then summed.part_precision
            else total_cells.total_precision
        end as tolerance
    from total_cells
    left join summed
        on
            total_cells.rule_id = summed.rule_id
            and total_cells.total_cell_id = summed.total_cell_id
    -- The first year of a table carries nothing it can show.
    where total_cells.direction != 'foregaende_ar' or summed.total_cell_id is not null
),

registered as (
    select
        compared.rule_id,
        compared.total_cell_id,
        min(discrepancies.discrepancy_id) as discrepancy_id
    from compared
    inner join discrepancies
        on
            compared.source_table = discrepancies.source_table
            and compared.total_row_label = discrepancies.row_label
            and compared.total_column_label = discrepancies.column_label
            and compared.printed_total = discrepancies.printed_value
            and compared.parts_sum = discrepancies.computed_number
    group by compared.rule_id, compared.total_cell_id
),

final as (
    select
        compared.*,
        registered.discrepancy_id,
        abs(compared.difference) <= compared.tolerance as is_within_rounding,
        compared.parts_in_another_unit = 0
        and (
            abs(compared.difference) <= compared.tolerance
            or registered.discrepancy_id is not null
        ) as is_reconciled
    from compared
    left join registered
        on
            compared.rule_id = registered.rule_id
            and compared.total_cell_id = registered.total_cell_id
)

select * from final
