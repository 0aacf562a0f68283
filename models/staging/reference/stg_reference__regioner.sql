with

regioner as (
    select * from {{ ref('ref__regioner') }}
),

final as (
    select
        region_id,
        region_namn,
        ingar_i_ssvr_med
    from regioner
)

select * from final
