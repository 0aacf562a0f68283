-- Every registered contradiction between a figure in running text and a table
-- (kind prose_vs_table) is on the prose row of the figure it is about, so a
-- reader of fct_prosafigur sees it beside the number. A contradiction the
-- text states in words with no printed number is registered as
-- prose_words_vs_table and has no row to be on.

with

discrepancies as (
    select
        discrepancy_id,
        document_file,
        source_table,
        kind,
        explanation
    from {{ ref('stg_registry__source_discrepancies') }}
),

prose as (
    select
        document_file,
        discrepancy_id
    from {{ ref('stg_prose__figures') }}
),

placed as (
    select distinct
        discrepancy_id,
        document_file
    from prose
    where discrepancy_id is not null
)

select
    'seeds/registry/registry__source_discrepancies.csv ' || discrepancies.discrepancy_id
    || ' (' || discrepancies.document_file || ')' as register_location,
    discrepancies.discrepancy_id,
    discrepancies.source_table,
    discrepancies.explanation,
    'no prose row of the document names this contradiction '
    || '(set discrepancy_id on the row of the figure)' as problem
from discrepancies
left join placed
    on
        discrepancies.discrepancy_id = placed.discrepancy_id
        and discrepancies.document_file = placed.document_file
where discrepancies.kind = 'prose_vs_table' and placed.discrepancy_id is null
