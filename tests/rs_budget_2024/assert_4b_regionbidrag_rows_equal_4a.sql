-- Bilaga 4 B's "Regionbidrag 2023" and "REGIONBIDRAG 2024" rows equal bilaga
-- 4 A's 2023 and 2024 columns, nämnd by nämnd (matched through the 4 B
-- abbreviations), and 4 B's FINANS column carries minus 4 A's TOTALSUMMA.
with

forandring as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_4b_forandring_regionbidrag') }}
    where row_label in ('Regionbidrag 2023', 'REGIONBIDRAG 2024')
),

regionbidrag as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_4a_regionbidrag') }}
    where column_label in ('2023 Budget', '2024 Budget')
),

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
),

per_namnd as (
    select
        forandring.column_label as forkortning,
        forandring.row_label,
        forandring.value as value_4b,
        regionbidrag.value as value_4a
    from forandring
    inner join namnder on forandring.column_label = namnder.forkortning
    left join regionbidrag
        on
            namnder.printed_label = regionbidrag.row_label
            and regionbidrag.column_label = case forandring.row_label
                when 'Regionbidrag 2023' then '2023 Budget'
                else '2024 Budget'
            end
),

finans as (
    select
        forandring.column_label as forkortning,
        forandring.row_label,
        forandring.value as value_4b,
        -regionbidrag.value as value_4a
    from forandring
    inner join regionbidrag
        on
            regionbidrag.row_label = 'TOTALSUMMA'
            and regionbidrag.column_label = case forandring.row_label
                when 'Regionbidrag 2023' then '2023 Budget'
                else '2024 Budget'
            end
    where forandring.column_label = 'FINANS'
),

compared as (
    select * from per_namnd
    union all
    select * from finans
)

select * from compared
where value_4a is null or value_4b != value_4a
union all
select
    'all columns' as forkortning,
    'compared' as row_label,
    count(*) as value_4b,
    50 as value_4a
from compared
having count(*) != 50
