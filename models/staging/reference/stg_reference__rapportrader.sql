with

rapportrader as (
    select * from {{ ref('ref__rapportrader') }}
),

final as (
    select
        rad_id,
        rapport,
        rapport_namn,
        source_table,
        row_order,
        row_label,
        rad_typ,
        summeras_i_rad_id,
        overordnad_rad_id,
        normalt_tecken,
        teckenomvandling
    from rapportrader
)

select * from final
