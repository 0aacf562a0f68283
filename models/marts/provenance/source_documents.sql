with

source_documents as (
    select * from {{ ref('stg_registry__source_documents') }}
),

final as (
    select
        document_file,
        document_slug,
        title,
        publisher,
        document_year,
        minus_sign,
        sha256
    from source_documents
)

select * from final
