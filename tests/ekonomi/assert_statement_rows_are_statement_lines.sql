-- Every row of a financial statement (a table kind that ref__rapportrader
-- lists as a rapport) maps to a line of ref__rapportrader: a row the label map
-- keys to an unknown line would otherwise drop out of the statement marts.
-- And a line's type (rad_typ) says what the printed row is: the lines of one
-- type are all printed totals or none (a post typed as a summa dropped out of
-- fct_rapportrad, with the build green); the lines that break their type's
-- rule are named in ref__rapportrader.

with

cells as (
    select
        table_kind,
        row_order,
        row_label,
        row_key,
        is_total_row,
        seed_path
    from {{ ref('int_printed_cells_keyed') }}
),

rapportrader as (
    select
        rad_id,
        rapport,
        rad_typ
    from {{ ref('stg_reference__rapportrader') }}
),

unmapped as (
    select distinct
        cells.seed_path,
        cells.row_order + 1 as line_number,
        cells.row_label,
        cells.row_key,
        cast(null as {{ dbt.type_string() }}) as location,
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as {{ dbt.type_string() }}) as failing_value,
        cast(null as {{ dbt.type_string() }}) as problem
    from cells
    where
        cells.table_kind in (select rapportrader.rapport from rapportrader)
        and not exists (
            select 1 from rapportrader
            where
                rapportrader.rapport = cells.table_kind
                and rapportrader.rad_id = cells.row_key
        )
),

printed_lines as (
    select distinct
        rapportrader.rad_id,
        rapportrader.rad_typ,
        cells.is_total_row
    from rapportrader
    inner join cells
        on
            rapportrader.rapport = cells.table_kind
            and rapportrader.rad_id = cells.row_key
),

per_type as (
    select
        rad_typ,
        sum(case when is_total_row then 1 else 0 end) as totals,
        sum(case when is_total_row then 0 else 1 end) as other_rows
    from printed_lines
    group by rad_typ
),

against_their_type as (
    -- The file and the column holding the failing value: the failure report adds
    -- the line (regionfinans.failures).
    select
        cast(null as {{ dbt.type_string() }}) as seed_path,
        cast(null as integer) as line_number,
        cast(null as {{ dbt.type_string() }}) as row_label,
        printed_lines.rad_id as row_key,
        'seeds/reference/ref__rapportrader.csv' as location,
        'rad_id' as column_name,
        printed_lines.rad_id as failing_value,
        printed_lines.rad_id || ' is of rad_typ '
        || printed_lines.rad_typ || ', whose '
        || cast(
            case when printed_lines.is_total_row then per_type.other_rows else per_type.totals end
            as {{ dbt.type_string() }}
        )
        || ' other line(s) are '
        || case when printed_lines.is_total_row then 'not printed totals' else 'printed totals' end
        || ', but its row is '
        || case when printed_lines.is_total_row then 'a printed total' else 'not one' end as problem
    from printed_lines
    inner join per_type on printed_lines.rad_typ = per_type.rad_typ
    -- The minority of its type (a tie names both sides).
    where
        case when printed_lines.is_total_row then per_type.totals else per_type.other_rows end
        <= case when printed_lines.is_total_row then per_type.other_rows else per_type.totals end
)

select * from unmapped
union all
select * from against_their_type
