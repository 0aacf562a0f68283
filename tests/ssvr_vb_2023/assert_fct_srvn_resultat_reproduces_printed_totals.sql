-- fct_srvn_resultat (no printed totals) reproduces every printed total of the
-- table: the Summa row per column, and "Avvikelse mot budget" (utfall minus
-- budget) per kontoklass and for Summa.
with

resultat as (
    select * from {{ ref('fct_srvn_resultat') }}
),

printed_cells as (
    select * from {{ ref('source_cells') }}
    where source_table = 'ssvr_vb_2023__srvn_resultat_2023'
),

summa_label as (
    select distinct row_label
    from printed_cells
    where is_total_row
),

signed as (
    select
        kontoklass,
        case scenario
            when 'budget' then 'Budget 2023'
            when 'bokslut' then 'Utfall 2023'
        end as column_label,
        belopp_kr,
        case scenario when 'budget' then -1 else 1 end * belopp_kr as avvikelse_part_kr
    from resultat
),

summa_row as (
    select
        summa_label.row_label,
        signed.column_label,
        sum(signed.belopp_kr) as fact_sum,
        count(*) as part_count
    from signed
    cross join summa_label
    group by summa_label.row_label, signed.column_label
),

avvikelse_per_kontoklass as (
    select
        kontoklass as row_label,
        'Avvikelse mot budget' as column_label,
        sum(avvikelse_part_kr) as fact_sum,
        count(*) as part_count
    from signed
    group by kontoklass
),

avvikelse_summa as (
    select
        summa_label.row_label,
        'Avvikelse mot budget' as column_label,
        sum(signed.avvikelse_part_kr) as fact_sum,
        count(*) as part_count
    from signed
    cross join summa_label
    group by summa_label.row_label
),

fact_sums as (
    select * from summa_row
    union all
    select * from avvikelse_per_kontoklass
    union all
    select * from avvikelse_summa
),

printed_totals as (
    select * from printed_cells
    where is_total_row or column_label = 'Avvikelse mot budget'
),

compared as (
    {{ printed_totals_compared('printed_totals', 'fact_sums') }}
)

select * from compared
where fact_sum is null or abs(difference) > tolerance
