-- The 13 vårdområden of the NHV call 2023 (nationell högspecialiserad vård),
-- one row each, named as printed and keyed by a slug of the name.
with

nhv as (
    select * from {{ ref('int_nhv_tilldelning_2023') }}
),

final as (
    select
        {{ slugify('vardomrade') }} as nhv_vardomrade_id,
        vardomrade as vardomrade_namn,
        nhv_vardomrade_nr as sort_order
    from nhv
)

select * from final
