-- Balanskrav: the utgående återställningskrav is what remains of the
-- ingående krav plus a negative balanskravsresultat once synnerliga skäl are
-- taken into account (a positive result creates no krav), in every year of
-- every edition. (That each year's ingående krav is the previous year's
-- utgående is declared arithmetic: registry__arithmetic.)
{{ config(store_failures=true) }}

with

per_year as (
    -- The rows of the rule, side by side per year (the pivot map,
    -- ref__pivot_kolumner).
    {{ pivot_cells('balanskravsberakning', ['edition_id', 'ar']) }}
),

checked as (
    select
        edition_id,
        ar,
        ingaende,
        utgaende,
        least(0, ingaende + balanskravsresultat + synnerliga_skal) as expected_utgaende
    from per_year
)

select * from checked
where utgaende is null or utgaende != expected_utgaende
