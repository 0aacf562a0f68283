with

source_documents as (
    select
        document_file,
        edition_id,
        series_id,
        publisher,
        title,
        edition_year,
        minus_sign,
        sha256
    from {{ ref('stg_registry__source_documents') }}
),

final as (
    select
        document_file,
        edition_id,
        series_id,
        title,
        publisher,
        edition_year,
        minus_sign,
        sha256
    from source_documents
)

select * from final
