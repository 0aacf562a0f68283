-- A prose figure linked to a table figure of a nämnd (a cell whose row,
-- column or section is a nämnd of ref__namnder) is about that nämnd or its
-- sector. A link moved to another nämnd's figure (demokratiuppdrag of
-- Regionstyrelsen for Kulturnämnden's), or a subject moved to another
-- nämnd, built green.

with

prose as (
    select
        prosa_id,
        prose_location,
        mening,
        subjekt_id,
        figur_id
    from {{ ref('stg_prose__figures') }}
    where figur_id is not null and subjekt_id is not null
),

cells as (
    select
        figur_id,
        row_key,
        column_key,
        section_key
    from {{ ref('int_printed_cells_keyed') }}
    where figur_id is not null
),

namnder as (
    select
        namnd_id,
        sektor_id
    from {{ ref('stg_reference__namnder') }}
),

figure_namnder as (
    select distinct
        cells.figur_id,
        namnder.namnd_id,
        namnder.sektor_id
    from cells
    inner join namnder
        on namnder.namnd_id in (cells.row_key, cells.column_key, cells.section_key)
),

compared as (
    select
        prose.prosa_id,
        max(
            case
                when prose.subjekt_id in (figure_namnder.namnd_id, figure_namnder.sektor_id)
                    then 1
                else 0
            end
        ) as names_its_namnd,
        min(figure_namnder.namnd_id) as figure_namnd_id
    from prose
    inner join figure_namnder on prose.figur_id = figure_namnder.figur_id
    group by prose.prosa_id
),

problems as (
    select
        prose.prose_location,
        prose.mening,
        'the subject ' || prose.subjekt_id || ' is not the nämnd of the linked figure '
        || prose.figur_id || ' (' || compared.figure_namnd_id || ') nor its sector' as problem
    from compared
    inner join prose on compared.prosa_id = prose.prosa_id
    where compared.names_its_namnd = 0
)

select * from problems
