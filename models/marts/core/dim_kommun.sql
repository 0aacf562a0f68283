-- The municipalities of southern Halland that belong to Södra
-- sjukvårdsregionen, as the annual report 2023 names them (line 3).
with

kommuner as (
    select * from {{ ref('stg_reference__kommuner') }}
),

final as (
    select
        kommun_id,
        kommun_namn,
        region_id,
        document_file,
        source_line
    from kommuner
)

select * from final
