with

saljare as (
    select * from {{ ref('stg_reference__abonnemang_saljare') }}
),

final as (
    select
        saljare_id,
        saljare_namn,
        saljande_region_id
    from saljare
)

select * from final
