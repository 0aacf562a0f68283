-- fct_forvaltning_resultat (no nämnd total) reproduces the printed result of
-- the nämnd: −91,3 + 0,2 = −91,1 mnkr ("Nämnden för operativ regiongemensam
-- verksamhet redovisar ett resultat på -91,1 miljoner kronor för år 2023").
with

forvaltning_resultat as (
    select * from {{ ref('fct_forvaltning_resultat') }}
),

printed_totals as (
    select * from {{ ref('source_cells') }}
    where
        source_table = 'rs_revision_norv_2023__resultat_2023'
        and is_total_row
),

fact_sums as (
    select
        ar,
        sum(resultat_mnkr) as fact_sum,
        count(*) as part_count
    from forvaltning_resultat
    group by ar
),

compared as (
    select
        printed_totals.row_label,
        printed_totals.column_label,
        printed_totals.printed_value,
        fact_sums.fact_sum,
        printed_totals.value - coalesce(fact_sums.fact_sum, 0) as difference,
        coalesce(fact_sums.part_count, 1) * 0.5 * printed_totals.printed_precision as tolerance
    from printed_totals
    left join fact_sums
        -- The column is "Resultat 2023".
        on printed_totals.column_label = 'Resultat ' || cast(fact_sums.ar as varchar)
)

select * from compared
where fact_sum is null or abs(difference) > tolerance
