-- fct_srvn_projektkonto (no printed totals) reproduces the printed Delsumma
-- (the rows that belong to it, i.e. all but Kliniska studier Forum Söder)
-- and Totalt (all rows) in every column.
with

projektkonto as (
    select * from {{ ref('fct_srvn_projektkonto') }}
),

projekt as (
    select * from {{ ref('dim_srvn_projekt') }}
),

rorelser as (
    select * from {{ ref('dim_srvn_projektrorelse') }}
),

printed_totals as (
    select * from {{ ref('source_cells') }}
    where
        source_table = 'ssvr_vb_2023__projektkonton_2023'
        and is_total_row
        and column_label != 'Proj'
),

fact_cells as (
    select
        rorelser.rorelse_namn as column_label,
        projekt.ingar_i_delsumma,
        projektkonto.belopp_kr
    from projektkonto
    inner join projekt on projektkonto.srvn_projekt_id = projekt.srvn_projekt_id
    inner join rorelser on projektkonto.rorelse_id = rorelser.rorelse_id
),

fact_sums as (
    select
        'Delsumma exkl kliniska studier Forum Söder' as row_label,
        column_label,
        sum(belopp_kr) as fact_sum,
        count(*) as part_count
    from fact_cells
    where ingar_i_delsumma
    group by column_label
    union all
    select
        'Totalt' as row_label,
        column_label,
        sum(belopp_kr) as fact_sum,
        count(*) as part_count
    from fact_cells
    group by column_label
),

compared as (
    {{ printed_totals_compared('printed_totals', 'fact_sums') }}
)

select * from compared
where fact_sum is null or abs(difference) > tolerance
