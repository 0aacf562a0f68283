-- The editions: every source document is an edition of a series (Region
-- Skåne's budget, Södra sjukvårdsregionen's verksamhetsberättelse, the
-- revision's annual report …), with its own year, the years it covers and
-- whether it is the latest edition of its series in the warehouse.
with

documents as (
    select
        document_file,
        edition_id,
        series_id,
        series_kind,
        publisher,
        series_title,
        title,
        edition_year,
        covers_from_year,
        covers_to_year
    from {{ ref('stg_registry__source_documents') }}
),

ranked as (
    select
        *,
        row_number() over (
            partition by series_id
            order by edition_year desc, edition_id desc
        ) as rank_in_series
    from documents
),

final as (
    select
        edition_id,
        document_file,
        series_id,
        series_kind,
        series_title,
        publisher,
        title,
        edition_year,
        covers_from_year,
        covers_to_year,
        rank_in_series = 1 as is_latest_in_series
    from ranked
)

select * from final
