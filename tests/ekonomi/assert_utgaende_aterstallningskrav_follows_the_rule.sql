-- Balanskrav: the utgående återställningskrav is what remains of the
-- ingående krav plus a negative balanskravsresultat once synnerliga skäl are
-- taken into account (a positive result creates no krav), in every year of
-- every edition. (That each year's ingående krav is the previous year's
-- utgående is declared arithmetic: registry__arithmetic.)
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'balanskravsberakning'
),

per_year as (
    select
        edition_id,
        ar,
        max(case when row_key = 'balanskravsberakning:balanskravsresultat' then value end)
            as balanskravsresultat,
        max(
            case
                when
                    row_key = 'balanskravsberakning:synnerliga_skal_att_ej_aterstalla_resultat'
                    then value
            end
        )
            as synnerliga_skal,
        max(case when row_key = 'balanskravsberakning:ingaende_aterstallningskrav' then value end)
            as ingaende,
        max(case when row_key = 'balanskravsberakning:utgaende_aterstallningskrav' then value end)
            as utgaende
    from cells
    group by edition_id, ar
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
