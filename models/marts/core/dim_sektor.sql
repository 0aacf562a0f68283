-- Region Skåne's sectors as bilaga 4 A groups the nämnder, with the heading
-- the latest budget prints for each and its printed order.
with

sektorer as (
    select * from {{ ref('stg_reference__sektorer') }}
),

labels as (
    select
        table_kind,
        axis,
        mapped_key,
        printed_label,
        printed_position
    from {{ ref('int_printed_labels_printed') }}
),

final as (
    select
        sektorer.sektor_id,
        sektorer.sektor_namn,
        labels.printed_label as tryckt_etikett,
        cast(dense_rank() over (order by labels.printed_position) as integer) as sort_order
    from sektorer
    left join labels
        on
            sektorer.sektor_id = labels.mapped_key
            and labels.table_kind = 'regionbidrag'
            and labels.axis = 'avsnitt'
)

select * from final
