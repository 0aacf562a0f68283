-- A nämnd printed under a section that is a sector (ref__nyckelroller: sektor;
-- bilaga 4 A's REGIONAL UTVECKLING, HÄLSO- OCH SJUKVÅRD, VERKSAMHETSSTÖD/ÖVRIGA)
-- belongs to that sector in ref__namnder, as the latest edition that prints
-- the table prints it: the sector reports (rpt_regionbidrag_brygga, dim_namnd)
-- take a nämnd's sector from ref__namnder, so a nämnd given another sector
-- there moved its regionbidrag to that sector without a word. ref__namnder is
-- the organisation of today (dim_namnd has no history), so an older edition
-- that printed a nämnd under another sector is history, not a mistake: a new
-- budget that moves a nämnd is a change of ref__namnder, not of code.

with

cells as (
    select
        table_kind,
        row_order,
        section,
        section_key,
        row_label,
        row_key,
        edition_year,
        seed_path
    from {{ ref('int_printed_cells_keyed') }}
),

roles as (
    select
        table_kind,
        axis,
        mapped_key
    from {{ ref('stg_reference__nyckelroller') }}
    where roll = 'sektor'
),

namnder as (
    select
        namnd_id,
        sektor_id
    from {{ ref('stg_reference__namnder') }}
),

sector_cells as (
    select cells.*
    from cells
    inner join roles
        on
            cells.table_kind = roles.table_kind
            and roles.axis = 'avsnitt'
            and cells.section_key = roles.mapped_key
),

latest as (
    select
        table_kind,
        max(edition_year) as edition_year
    from sector_cells
    group by table_kind
)

select distinct
    sector_cells.seed_path,
    sector_cells.row_order + 1 as line_number,
    sector_cells.row_label,
    'printed under ' || sector_cells.section || ', but ref__namnder gives '
    || namnder.namnd_id || ' the sector ' || namnder.sektor_id as problem
from sector_cells
inner join latest
    on
        sector_cells.table_kind = latest.table_kind
        and sector_cells.edition_year = latest.edition_year
inner join namnder on sector_cells.row_key = namnder.namnd_id
where namnder.sektor_id != sector_cells.section_key
