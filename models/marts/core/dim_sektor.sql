-- Region Skåne's sectors as bilaga 4 A groups the nämnder.
with

sektorer as (
    select * from {{ ref('stg_reference__sektorer') }}
),

final as (
    select
        sektor_id,
        sektor_namn,
        printed_label as tryckt_etikett
    from sektorer
)

select * from final
