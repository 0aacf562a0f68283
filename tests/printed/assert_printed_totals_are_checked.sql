-- Every printed total is checked: each value in a total row or total column
-- is the total of a rule of its table kind's arithmetic (registry__arithmetic,
-- int_printed_totals_checked), or its row or column is declared a total no
-- sum rule checks (ref__nyckelroller: summa_utan_regel, where its parts are
-- not all printed or another test checks it). A rule deleted or mistyped left
-- its totals unchecked and the build green.
{{ config(store_failures=true) }}

with

cells as (
    select
        cell_id,
        table_kind,
        row_key,
        column_key,
        printed_value,
        cell_location
    from {{ ref('int_printed_cells_keyed') }}
    where (is_total_row or is_total_column) and value is not null
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
)

select
    cells.cell_location,
    cells.printed_value,
    'a printed total no rule of registry__arithmetic checks: add the rule to the table '
    || 'kind ' || cells.table_kind || ' (or, where its parts are not printed, declare the '
    || 'row summa_utan_regel in ref__nyckelroller)' as problem
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
