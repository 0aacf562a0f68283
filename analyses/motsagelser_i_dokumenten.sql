-- Where the documents contradict themselves: the registered discrepancies
-- per document and kind (rounding, arithmetic, prose against table …).
with

discrepancies as (
    select
        document_file,
        kind
    from {{ ref('source_discrepancies') }}
),

documents as (
    select
        document_file,
        edition_id,
        title
    from {{ ref('source_documents') }}
),

final as (
    select
        documents.edition_id,
        documents.title,
        discrepancies.kind,
        count(*) as antal
    from discrepancies
    inner join documents on discrepancies.document_file = documents.document_file
    group by documents.edition_id, documents.title, discrepancies.kind
)

select * from final
order by edition_id asc, antal desc, kind asc
