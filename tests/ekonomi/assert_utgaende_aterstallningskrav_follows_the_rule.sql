-- Balanskrav: the utgående återställningskrav is what remains of the
-- ingående krav plus a negative balanskravsresultat once synnerliga skäl are
-- taken into account (a positive result creates no krav), in every year of
-- every edition. (That each year's ingående krav is the previous year's
-- utgående is declared arithmetic: registry__arithmetic.)
{%- set text = dbt.type_string() %}

with

per_year as (
    -- The rows of the rule, side by side per year (the pivot map,
    -- ref__pivot_kolumner).
    {{ pivot_cells('balanskravsberakning', ['edition_id', 'ar']) }}
),

cells as (
    select
        cell_id,
        cell_location,
        printed_value
    from {{ ref('int_printed_cells_keyed') }}
),

checked as (
    select
        edition_id,
        ar,
        ingaende,
        utgaende,
        utgaende_cell_id,
        balanskravsresultat,
        synnerliga_skal,
        least(0, ingaende + balanskravsresultat + synnerliga_skal) as expected_utgaende
    from per_year
)

select
    checked.edition_id,
    checked.ar,
    checked.ingaende,
    checked.utgaende,
    checked.expected_utgaende,
    -- The rows read as ref__pivot_kolumner names them: a row given another's name there
    -- shows as the cell it reads.
    coalesce(cells.cell_location, checked.edition_id || ' ' || cast(checked.ar as {{ text }}))
    || ': utgående återställningskrav printed ' || coalesce(cells.printed_value, '(none)')
    || ', but the rule gives '
    || coalesce(cast(checked.expected_utgaende as {{ text }}), '(none)')
    || ' from ingående ' || coalesce(cast(checked.ingaende as {{ text }}), '(none)')
    || ', balanskravsresultat '
    || coalesce(cast(checked.balanskravsresultat as {{ text }}), '(none)')
    || ' and synnerliga skäl ' || coalesce(cast(checked.synnerliga_skal as {{ text }}), '(none)')
    || ' (the rows as seeds/reference/ref__pivot_kolumner.csv names them)' as problem
from checked
left join cells on checked.utgaende_cell_id = cells.cell_id
where checked.utgaende is null or checked.utgaende != checked.expected_utgaende
