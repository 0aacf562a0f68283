with

source_documents as (
    select * from {{ ref('registry__source_documents') }}
),

series as (
    select * from {{ ref('registry__document_series') }}
),

final as (
    select
        source_documents.document_file,
        source_documents.edition_id,
        source_documents.series_id,
        series.kind as series_kind,
        series.publisher,
        series.series_title,
        source_documents.title,
        source_documents.edition_year,
        source_documents.covers_from_year,
        source_documents.covers_to_year,
        source_documents.minus_sign,
        source_documents.sha256
    from source_documents
    left join series on source_documents.series_id = series.series_id
)

select * from final
