-- Balanskrav: the återställningskrav rolls forward. Each year's ingående krav
-- is the previous year's utgående, and the utgående krav is what remains of
-- the ingående krav plus a negative balanskravsresultat once synnerliga skäl
-- are taken into account (a positive result creates no krav).
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
    where source_table = 'rs_budget_2024__bilaga_1_balanskravsberakning'
),

per_year as (
    select
        ar,
        max(case when row_label = 'Balanskravsresultat' then value end) as balanskravsresultat,
        max(case when row_label = 'Synnerliga skäl att ej återställa resultat' then value end)
            as synnerliga_skal,
        max(case when row_label = 'Ingående återställningskrav' then value end) as ingaende,
        max(case when row_label = 'Utgående återställningskrav' then value end) as utgaende
    from periods
    group by ar
),

checked as (
    select
        this_year.ar,
        this_year.ingaende,
        this_year.utgaende,
        previous_year.utgaende as previous_utgaende,
        least(0, this_year.ingaende + this_year.balanskravsresultat + this_year.synnerliga_skal)
            as expected_utgaende
    from per_year as this_year
    left join per_year as previous_year on this_year.ar = previous_year.ar + 1
)

select * from checked
where
    utgaende != expected_utgaende
    or (previous_utgaende is not null and ingaende != previous_utgaende)
