-- Every nämnd or styrelse in bilaga 4 A is a known one (seeds/reference/
-- ref__namnder.csv); an unknown label is reported with its place in the seed.
-- It reads the staging model itself, so that it runs (and names the cell)
-- even when other tests of the table fail and skip what lies downstream.
{{ config(store_failures=true) }}

with

regionbidrag as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_4a_regionbidrag') }}
),

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
)

select
    regionbidrag.cell_location,
    regionbidrag.row_label,
    'unknown nämnd' as problem
from regionbidrag
left join namnder on regionbidrag.row_label = namnder.printed_label
where
    not regionbidrag.is_printed_total
    and not regionbidrag.is_empty
    and namnder.namnd_id is null
