-- The label map's sign conversion (ref__etiketter.teckenomvandling) turns an
-- amount printed with the opposite sign into the warehouse's convention; a
-- rate, a count or an index keeps its sign whatever the sign of its base (a
-- cost's growth rate is positive while the cost is negative). A conversion
-- added to the LPIK row of kostnadsutveckling built green and stored 3,7 %
-- as −3,7 % in every version of the figure. A zero is the same either way.

with

cells as (
    select
        cell_location,
        unit,
        value,
        teckenomvandling
    from {{ ref('int_printed_cells_keyed') }}
    where teckenomvandling = -1 and value != 0
),

enheter as (
    select
        unit,
        storhet
    from {{ ref('stg_reference__enheter') }}
),

problems as (
    select
        cells.cell_location,
        'a figure in ' || cells.unit || ' (storhet ' || enheter.storhet || ') is sign converted: '
        || 'ref__etiketter converts its row or column (teckenomvandling -1), '
        || 'which only an amount needs' as problem
    from cells
    inner join enheter on cells.unit = enheter.unit
    where enheter.storhet != 'belopp'
)

select * from problems
