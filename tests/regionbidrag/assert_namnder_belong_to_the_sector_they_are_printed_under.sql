-- A nämnd printed under a section that is a sector (ref__nyckelroller: sektor;
-- bilaga 4 A's REGIONAL UTVECKLING, HÄLSO- OCH SJUKVÅRD, VERKSAMHETSSTÖD/ÖVRIGA)
-- belongs to that sector in ref__namnder, in every edition: the sector
-- reports (rpt_regionbidrag_brygga, dim_namnd) take a nämnd's sector from
-- ref__namnder, so a nämnd given another sector there moved its regionbidrag
-- to that sector without a word.
{{ config(store_failures=true) }}

with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
),

roles as (
    select * from {{ ref('stg_reference__nyckelroller') }}
    where roll = 'sektor'
),

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
)

select distinct
    cells.seed_path,
    cells.row_order + 1 as line_number,
    cells.row_label,
    'printed under ' || cells.section || ', but ref__namnder gives '
    || namnder.namnd_id || ' the sector ' || namnder.sektor_id as problem
from cells
inner join roles
    on
        cells.table_kind = roles.table_kind
        and roles.axis = 'avsnitt'
        and cells.section_key = roles.mapped_key
inner join namnder on cells.row_key = namnder.namnd_id
where namnder.sektor_id != cells.section_key
