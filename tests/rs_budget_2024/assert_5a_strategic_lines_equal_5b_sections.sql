-- Bilaga 5 A's strategic lines equal bilaga 5 B's section sums, column by
-- column (5 A's TOTAL is 5 B's Totalt planutrymme; an empty cell is nothing).
with

investeringsbudget as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_5a_investeringsbudget') }}
),

strategiska as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_5b_strategiska_investeringar') }}
),

line_to_section as (
    select
        'Strategiska bygginvesteringar kollektivtrafik' as line_label,
        'STRATEGISKA BYGGINVESTERINGAR > Kollektivtrafik' as section_5b
    union all
    select
        'Strategiska bygginvesteringar hälso- och sjukvården' as line_label,
        'STRATEGISKA BYGGINVESTERINGAR > Hälso- och sjukvård' as section_5b
    union all
    select
        'Strategiska bygginvesteringar fastighets- och servicenämndens verksamhet' as line_label,
        'STRATEGISKA BYGGINVESTERINGAR > Fastighets- och servicenämnd' as section_5b
    union all
    select
        'Strategiska investeringar kollektivtrafik' as line_label,
        'STRATEGISKA UTRUSTNINGSINVESTERINGAR > Kollektivtrafik' as section_5b
    union all
    select
        'Strategiska investeringar hälso- och sjukvård' as line_label,
        'STRATEGISKA UTRUSTNINGSINVESTERINGAR > Hälso- och sjukvård' as section_5b
    union all
    select
        'Strategiska investeringar servicenämndens verksamhet' as line_label,
        'STRATEGISKA UTRUSTNINGSINVESTERINGAR > Fastighets- och servicenämnd' as section_5b
),

column_pairs as (
    select
        'Utfall t o m 2023 inkl prognos' as column_5a,
        'Utfall t o m 2023' as column_5b
    union all
    select
        '2024 Budget' as column_5a,
        '2024 Budget' as column_5b
    union all
    select
        '2025 Plan' as column_5a,
        '2025 Plan' as column_5b
    union all
    select
        '2026 Plan' as column_5a,
        '2026 Plan' as column_5b
    union all
    select
        'TOTAL' as column_5a,
        'Totalt planutrymme' as column_5b
),

compared as (
    select
        line_to_section.line_label,
        column_pairs.column_5a,
        coalesce(investeringsbudget.value, 0) as value_5a,
        coalesce(strategiska.value, 0) as value_5b
    from line_to_section
    cross join column_pairs
    left join investeringsbudget
        on
            line_to_section.line_label = investeringsbudget.row_label
            and column_pairs.column_5a = investeringsbudget.column_label
    left join strategiska
        on
            line_to_section.section_5b = strategiska.section
            and strategiska.is_total_row
            and column_pairs.column_5b = strategiska.column_label
)

select * from compared
where value_5a != value_5b
