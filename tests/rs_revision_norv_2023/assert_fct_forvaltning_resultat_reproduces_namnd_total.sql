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
    {{ printed_totals_compared(
        'printed_totals',
        'fact_sums',
        join_condition="printed_totals.column_label = 'Resultat ' || cast(fact_sums.ar as varchar)",
    ) }}
)

select * from compared
where fact_sum is null or abs(difference) > tolerance
