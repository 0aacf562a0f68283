-- The change items of bilaga 4 B with the part of the bridge they belong to:
-- technical adjustments (in the previous year's prices), the general
-- uppräkning, and targeted efforts (in the budget year's prices), named as
-- the latest edition prints them.
with

items as (
    select
        edition_id,
        row_order,
        forandringspost_id,
        row_label,
        avsnitt_id,
        avsnitt
    from {{ ref('int_regionbidrag_forandring_cells_mapped') }}
),

editions as (
    select
        edition_id,
        edition_year
    from {{ ref('dim_edition') }}
),

ranked as (
    select
        items.forandringspost_id,
        items.row_label,
        items.avsnitt_id,
        items.avsnitt,
        items.row_order,
        row_number() over (
            partition by items.forandringspost_id
            order by editions.edition_year desc, items.row_order asc
        ) as label_rank
    from items
    inner join editions on items.edition_id = editions.edition_id
),

avsnitt_order as (
    select
        avsnitt_id,
        min(row_order) as first_row_order
    from items
    group by avsnitt_id
),

final as (
    select
        ranked.forandringspost_id,
        ranked.row_label as forandringspost,
        ranked.avsnitt_id,
        ranked.avsnitt,
        cast(dense_rank() over (order by avsnitt_order.first_row_order) as integer)
            as avsnitt_sort_order,
        cast(ranked.row_order as integer) as sort_order
    from ranked
    inner join avsnitt_order on ranked.avsnitt_id = avsnitt_order.avsnitt_id
    where ranked.label_rank = 1
)

select * from final
