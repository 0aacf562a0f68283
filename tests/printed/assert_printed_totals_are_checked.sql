-- Every printed total is checked: each value in a total row or total column
-- is the total of a rule of its table kind's arithmetic (registry__arithmetic,
-- int_printed_totals_checked), or its row or column is declared a total no
-- sum rule checks (ref__nyckelroller: summa_utan_regel, where its parts are
-- not all printed or another test checks it). A rule deleted or mistyped left
-- its totals unchecked and the build green. And a row or column so declared is
-- a printed total (a total row made an ordinary one, in its seed and its
-- declared shape alike, built green).

with

cells as (
    select
        cell_id,
        table_kind,
        row_key,
        column_key,
        is_total_row,
        is_total_column,
        printed_value,
        cell_location
    from {{ ref('int_printed_cells_keyed') }}
    where (is_total_row or is_total_column) and value is not null
),

total_keys as (
    select distinct
        table_kind,
        'rad' as axis,
        row_key as mapped_key
    from cells
    where is_total_row
    union all
    select distinct
        table_kind,
        'kolumn' as axis,
        column_key as mapped_key
    from cells
    where is_total_column
),

checked as (
    select distinct total_cell_id from {{ ref('int_printed_totals_checked') }}
),

declared as (
    select
        table_kind,
        axis,
        mapped_key
    from {{ ref('stg_reference__nyckelroller') }}
    where roll = 'summa_utan_regel'
),

unchecked as (
    select
        cells.cell_location,
        cells.printed_value,
        'a printed total no rule of registry__arithmetic checks: add the rule to the table '
        || 'kind ' || cells.table_kind || ' (or, where its parts are not printed, declare the '
        || 'row summa_utan_regel in ref__nyckelroller)' as problem,
        cast(null as {{ dbt.type_string() }}) as location,
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as {{ dbt.type_string() }}) as failing_value
    from cells
    left join checked on cells.cell_id = checked.total_cell_id
    left join declared
        on
            cells.table_kind = declared.table_kind
            and (
                (declared.axis = 'rad' and cells.row_key = declared.mapped_key)
                or (declared.axis = 'kolumn' and cells.column_key = declared.mapped_key)
            )
    where checked.total_cell_id is null and declared.mapped_key is null
),

declared_but_no_total as (
    -- The file and the column holding the failing value: the failure report adds
    -- the line (regionfinans.failures).
    select
        cast(null as {{ dbt.type_string() }}) as cell_location,
        cast(null as {{ dbt.type_string() }}) as printed_value,
        declared.mapped_key || ' (' || declared.table_kind || ', ' || declared.axis
        || ') is declared summa_utan_regel, a printed total no sum rule checks, but no table '
        || 'of the kind prints it as a total' as problem,
        'seeds/reference/ref__nyckelroller.csv' as location,
        'mapped_key' as column_name,
        declared.mapped_key as failing_value
    from declared
    left join total_keys
        on
            declared.table_kind = total_keys.table_kind
            and declared.axis = total_keys.axis
            and declared.mapped_key = total_keys.mapped_key
    where total_keys.mapped_key is null
)

select * from unchecked
union all
select * from declared_but_no_total
