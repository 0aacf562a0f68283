-- Printed sums in the budget's financial statements that differ from the sum
-- of their parts by more than rounding, with the registered explanation.
with

rapporter as (
    select
        rapport_namn,
        rad_namn,
        ar,
        scenario_id,
        belopp_mnkr,
        summa_av_delar_mnkr,
        antal_delar,
        avvikelse_mnkr,
        discrepancy_id
    from {{ ref('rpt_finansiella_rapporter') }}
),

discrepancies as (
    select
        discrepancy_id,
        explanation
    from {{ ref('source_discrepancies') }}
),

final as (
    select
        rapporter.rapport_namn,
        rapporter.rad_namn,
        rapporter.ar,
        rapporter.scenario_id,
        rapporter.belopp_mnkr as tryckt_mnkr,
        rapporter.summa_av_delar_mnkr,
        rapporter.avvikelse_mnkr,
        rapporter.discrepancy_id,
        discrepancies.explanation
    from rapporter
    left join discrepancies on rapporter.discrepancy_id = discrepancies.discrepancy_id
    where abs(rapporter.avvikelse_mnkr) > 0.5 * rapporter.antal_delar
)

select * from final
order by rapport_namn, rad_namn, ar
