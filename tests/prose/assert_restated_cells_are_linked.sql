-- A figure in running text that has the value of a cell its document's tables
-- print (within the text's rounding), for the same year and scenario (any, for a
-- table that prints none) and in a
-- unit of the same kind, is linked to a table figure (figur_id, checked by
-- assert_prose_figures_agree_with_tables) or says why it does not restate it
-- (ej_lankad_orsak). An unlinked restatement is a contradiction nobody checks.

with

prose as (
    select
        prosa_id,
        document_file,
        mening,
        value,
        printed_precision,
        unit,
        figur_id,
        ar,
        scenario_id,
        ej_lankad_orsak,
        prose_location
    from {{ ref('stg_prose__figures') }}
),

documents as (
    select
        document_file,
        edition_id
    from {{ ref('stg_registry__source_documents') }}
),

cells as (
    select
        figur_id,
        ar,
        scenario_id,
        edition_id,
        value,
        unit,
        cell_location
    from {{ ref('int_figure_versions') }}
),

enheter as (
    select
        unit,
        storhet,
        faktor
    from {{ ref('stg_reference__enheter') }}
),

restated as (
    select
        prose.prosa_id,
        prose.prose_location,
        prose.mening,
        min(cells.figur_id) as figur_id,
        min(cells.cell_location) as cell_location,
        count(*) as antal_celler
    from prose
    inner join documents on prose.document_file = documents.document_file
    inner join enheter as prose_unit on prose.unit = prose_unit.unit
    inner join cells
        on
            documents.edition_id = cells.edition_id
            and prose.ar = cells.ar
            -- A table that prints no scenario is the figure in whatever scenario
            -- the text gives it, as the link itself reads it (int_prose_figures_checked).
            and (prose.scenario_id = cells.scenario_id or cells.scenario_id is null)
    inner join enheter as cell_unit on cells.unit = cell_unit.unit
    where
        prose.figur_id is null
        and prose.ej_lankad_orsak is null
        and prose.value != 0
        and prose_unit.storhet = cell_unit.storhet
        and prose_unit.faktor is not null
        -- Within the text's printed rounding: "cirka 1,8 miljarder" restates
        -- 1 826,0 mnkr as much as "36 287 tkr" restates 36 287 324 kr.
        and abs(abs(cells.value) * cell_unit.faktor - abs(prose.value) * prose_unit.faktor)
        <= 0.5 * prose.printed_precision * prose_unit.faktor
    group by prose.prosa_id, prose.prose_location, prose.mening
)

select
    prose_location,
    mening,
    cell_location,
    'the text restates ' || cast(antal_celler as {{ dbt.type_string() }})
    || ' printed cell(s) of its document, e.g. figure ' || figur_id
    || ': link it (figur_id, jamforelse lika) or say why not (ej_lankad_orsak)' as problem
from restated
