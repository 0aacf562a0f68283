with

rapportrader as (
    select * from {{ ref('ref__rapportrader') }}
),

final as (
    select
        rad_id,
        rapport,
        rad_typ,
        specificerar_rad_id,
        normalt_tecken
    from rapportrader
)

select * from final
