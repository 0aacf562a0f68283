-- The units that sell abonnemang, with the selling region, in the order the
-- latest abonnemang table prints them as columns.
with

saljare as (
    select
        saljare_id,
        saljare_namn,
        saljande_region_id
    from {{ ref('stg_reference__abonnemang_saljare') }}
),

labels as (
    select
        table_kind,
        axis,
        mapped_key,
        printed_position
    from {{ ref('int_printed_labels_printed') }}
),

final as (
    select
        saljare.saljare_id,
        saljare.saljare_namn,
        saljare.saljande_region_id,
        cast(dense_rank() over (order by labels.printed_position, saljare.saljare_id) as integer)
            as sort_order
    from saljare
    left join labels
        on
            saljare.saljare_id = labels.mapped_key
            and labels.table_kind = 'abonnemang'
            and labels.axis = 'kolumn'
)

select * from final
