-- The vårdområden of the NHV calls (nationell högspecialiserad vård), one row
-- each, keyed by the label map and named as the latest edition prints them.
with

nhv as (
    select
        edition_id,
        row_order,
        nhv_vardomrade_id,
        vardomrade
    from {{ ref('int_nhv_tilldelning') }}
),

editions as (
    select
        edition_id,
        edition_year
    from {{ ref('dim_edition') }}
),

ranked as (
    select
        nhv.nhv_vardomrade_id,
        nhv.vardomrade,
        nhv.row_order,
        row_number() over (
            partition by nhv.nhv_vardomrade_id
            order by editions.edition_year desc
        ) as label_rank
    from nhv
    inner join editions on nhv.edition_id = editions.edition_id
),

final as (
    select
        nhv_vardomrade_id,
        vardomrade as vardomrade_namn,
        cast(row_order as integer) as sort_order
    from ranked
    where label_rank = 1
)

select * from final
