-- The text's claims about bilaga 4 A: "Det totala regionbidraget ... 2024
-- uppgår till 53 833,9 miljoner kronor, vilket är en ökning med 4 961,9
-- miljoner kronor (10,2 procent)"; hälso- och sjukvård up 4 597,3 to
-- 47 060,6; kollektivtrafiknämnden +318,6; Medicinsk service's regionbidrag
-- 2023 is 567,4 in the audit report too ("Summa Regionbidrag 2023: 567,4
-- miljoner kronor").
with

regionbidrag as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_4a_regionbidrag') }}
),

per_row as (
    select
        row_label,
        max(case when column_label = '2023 Budget' then value end) as budget_2023,
        max(case when column_label = '2024 Budget' then value end) as budget_2024
    from regionbidrag
    group by row_label
),

audit_report as (
    select value as regionbidrag_2023
    from {{ ref('stg_rs_revision_norv_2023__regionbidrag_2023_medicinsk_service') }}
    where row_label = 'Summa Regionbidrag 2023'
),

claims as (
    select
        'total 2024' as claim,
        budget_2024 as actual,
        53833.9 as claimed
    from per_row
    where row_label = 'TOTALSUMMA'
    union all
    select
        'total change' as claim,
        budget_2024 - budget_2023 as actual,
        4961.9 as claimed
    from per_row
    where row_label = 'TOTALSUMMA'
    union all
    select
        'total change percent' as claim,
        round((budget_2024 / budget_2023 - 1) * 100, 1) as actual,
        10.2 as claimed
    from per_row
    where row_label = 'TOTALSUMMA'
    union all
    select
        'hälso- och sjukvård 2024' as claim,
        budget_2024 as actual,
        47060.6 as claimed
    from per_row
    where row_label = 'Summa hälso- och sjukvård'
    union all
    select
        'hälso- och sjukvård change' as claim,
        budget_2024 - budget_2023 as actual,
        4597.3 as claimed
    from per_row
    where row_label = 'Summa hälso- och sjukvård'
    union all
    select
        'kollektivtrafiknämnden change' as claim,
        budget_2024 - budget_2023 as actual,
        318.6 as claimed
    from per_row
    where row_label = 'Kollektivtrafiknämnden'
    union all
    select
        'medicinsk service 2023 (audit report)' as claim,
        audit_report.regionbidrag_2023 as actual,
        per_row.budget_2023 as claimed
    from per_row
    cross join audit_report
    where per_row.row_label = 'Nämnden för operativ regiongemensam verksamhet – Medicinsk service'
)

select * from claims
where actual != claimed
union all
select
    'missing claims' as claim,
    count(*) as actual,
    7 as claimed
from claims
having count(*) != 7
