-- The investment plan mart (projects only) reproduces bilaga 5 B's printed
-- SUMMA STRATEGISKA INVESTERINGAR for utfall, the plan years and planutrymme,
-- within the rounding the print allows (n projects × 0,5 mnkr).
with

plan as (
    select * from {{ ref('rpt_investeringsplan') }}
),

printed as (
    select
        column_label,
        value as total_mnkr
    from {{ ref('stg_rs_budget_2024__bilaga_5b_strategiska_investeringar') }}
    where row_label = 'SUMMA STRATEGISKA INVESTERINGAR'
),

computed as (
    select
        'Utfall t o m 2023' as column_label,
        sum(utfall_tom_2023_mnkr) as total_mnkr,
        count(utfall_tom_2023_mnkr) as part_count
    from plan
    union all
    select
        '2024 Budget' as column_label,
        sum(budget_2024_mnkr) as total_mnkr,
        count(budget_2024_mnkr) as part_count
    from plan
    union all
    select
        '2025 Plan' as column_label,
        sum(plan_2025_mnkr) as total_mnkr,
        count(plan_2025_mnkr) as part_count
    from plan
    union all
    select
        '2026 Plan' as column_label,
        sum(plan_2026_mnkr) as total_mnkr,
        count(plan_2026_mnkr) as part_count
    from plan
    union all
    select
        'Totalt planutrymme' as column_label,
        sum(planutrymme_mnkr) as total_mnkr,
        count(planutrymme_mnkr) as part_count
    from plan
)

select
    computed.column_label,
    printed.total_mnkr as printed_total,
    computed.total_mnkr as computed_total
from computed
left join printed on computed.column_label = printed.column_label
where
    printed.total_mnkr is null
    or abs(printed.total_mnkr - computed.total_mnkr) > computed.part_count * 0.5
