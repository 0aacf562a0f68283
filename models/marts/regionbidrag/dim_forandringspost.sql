-- The change items of bilaga 4 B with the part of the bridge they belong to:
-- technical adjustments in 2023 prices, the general uppräkning, and targeted
-- efforts in 2024 prices.
with

items as (
    select * from {{ ref('int_regionbidrag_forandring_cells_mapped') }}
),

distinct_items as (
    select distinct
        row_order,
        row_label,
        avsnitt,
        avsnitt_id
    from items
),

final as (
    select
        'bilaga_4b:' || cast(row_order as {{ dbt.type_string() }}) as forandringspost_id,
        row_label as forandringspost,
        avsnitt_id,
        avsnitt,
        case
            when avsnitt_id = 'tekniska_justeringar' then 1
            when avsnitt_id = 'upprakning' then 2
            when avsnitt_id = 'riktade_satsningar' then 3
        end as avsnitt_ordning,
        row_order as rad_ordning
    from distinct_items
)

select * from final
