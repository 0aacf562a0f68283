-- The lines of the budget's financial statements with their hierarchy
-- (which sum a line adds into), their type and the sign convention.
with

rapportrader as (
    select * from {{ ref('stg_reference__rapportrader') }}
),

final as (
    select
        rad_id,
        rapport,
        rapport_namn,
        row_label as rad_namn,
        row_order as rad_ordning,
        rad_typ,
        summeras_i_rad_id,
        overordnad_rad_id,
        normalt_tecken,
        teckenomvandling,
        source_table
    from rapportrader
)

select * from final
