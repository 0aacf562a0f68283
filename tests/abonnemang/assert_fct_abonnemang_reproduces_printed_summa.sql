-- The fact (no printed totals) reproduces every printed SUMMA of the table
-- within rounding: per buying region, per selling unit and in total.
with

abonnemang as (
    select * from {{ ref('fct_abonnemang') }}
),

printed_cells as (
    select * from {{ ref('source_cells') }}
    where source_table = 'ssvr_vb_2023__abonnemang_2023'
),

saljare as (
    select * from {{ ref('stg_reference__abonnemang_saljare') }}
),

regioner as (
    select * from {{ ref('stg_reference__regioner') }}
),

per_kopare as (
    select
        regioner.printed_label as row_label,
        'SUMMA' as column_label,
        sum(abonnemang.belopp_tkr) as fact_sum,
        count(*) as part_count
    from abonnemang
    inner join regioner on abonnemang.kopare_region_id = regioner.region_id
    group by regioner.printed_label
),

per_saljare as (
    select
        'SUMMA' as row_label,
        saljare.printed_column_label as column_label,
        sum(abonnemang.belopp_tkr) as fact_sum,
        count(*) as part_count
    from abonnemang
    inner join saljare on abonnemang.saljare_id = saljare.saljare_id
    group by saljare.printed_column_label
),

grand_total as (
    select
        'SUMMA' as row_label,
        'SUMMA' as column_label,
        sum(belopp_tkr) as fact_sum,
        count(*) as part_count
    from abonnemang
),

fact_sums as (
    select * from per_kopare
    union all
    select * from per_saljare
    union all
    select * from grand_total
),

printed_totals as (
    select * from printed_cells
    where is_printed_total
),

compared as (
    {{ printed_totals_compared('printed_totals', 'fact_sums') }}
)

select * from compared
where fact_sum is null or abs(difference) > tolerance
