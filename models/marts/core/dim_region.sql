-- The regions of Södra sjukvårdsregionen, in the order the latest abonnemang
-- table prints them as buyers.
with

regioner as (
    select * from {{ ref('stg_reference__regioner') }}
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
        regioner.region_id,
        regioner.region_namn,
        regioner.ingar_i_ssvr_med,
        cast(dense_rank() over (order by labels.printed_position, regioner.region_id) as integer)
            as sort_order
    from regioner
    left join labels
        on
            regioner.region_id = labels.mapped_key
            and labels.table_kind = 'abonnemang'
            and labels.axis = 'rad'
)

select * from final
