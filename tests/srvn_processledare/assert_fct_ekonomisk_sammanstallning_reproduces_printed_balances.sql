-- fct_srvn_ekonomisk_sammanstallning (no printed balances) reproduces each
-- printed balance of bilaga 2 per year as the sum of the lines printed above
-- it: "Balans utan statliga ersättningar" and "Slutlig balans" (which counts
-- the earlier balance through its lines, not through the printed balance
-- row). That this chain double counts 2020 is registered (D0011, D0012).
with

sammanstallning as (
    select * from {{ ref('fct_srvn_ekonomisk_sammanstallning') }}
),

printed_balances as (
    select * from {{ ref('source_cells') }}
    where
        source_table = 'srvn_processledare__bilaga_2_ekonomisk_sammanstallning'
        and is_total_row
),

compared as (
    select
        printed_balances.row_label,
        printed_balances.column_label,
        printed_balances.printed_value,
        sum(sammanstallning.belopp_tkr) as fact_sum,
        printed_balances.value - coalesce(sum(sammanstallning.belopp_tkr), 0) as difference,
        coalesce(count(sammanstallning.belopp_tkr), 1) * 0.5 * printed_balances.printed_precision
            as tolerance
    from printed_balances
    left join sammanstallning
        on
            cast(printed_balances.column_label as integer) = sammanstallning.ar
            and printed_balances.row_order > sammanstallning.sort_order
    group by
        printed_balances.row_label,
        printed_balances.column_label,
        printed_balances.printed_value,
        printed_balances.value,
        printed_balances.printed_precision
)

select * from compared
where fact_sum is null or abs(difference) > tolerance
