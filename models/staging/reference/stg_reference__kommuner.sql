with

kommuner as (
    select * from {{ ref('ref__kommuner') }}
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
