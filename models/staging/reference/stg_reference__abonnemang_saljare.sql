with

abonnemang_saljare as (
    select * from {{ ref('ref__abonnemang_saljare') }}
),

final as (
    select
        saljare_id,
        saljare_namn,
        region_id as saljande_region_id,
        namnd_id
    from abonnemang_saljare
)

select * from final
