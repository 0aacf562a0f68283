with

sektorer as (
    select * from {{ ref('ref__sektorer') }}
),

final as (
    select
        sektor_id,
        sektor_namn,
        printed_label
    from sektorer
)

select * from final
