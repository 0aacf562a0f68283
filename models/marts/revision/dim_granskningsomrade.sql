-- The areas of the revision's annual audit (intern kontroll, verksamhet,
-- ekonomi, räkenskaper) and their printed sub-areas (Årsbokslut), each with
-- the column of the bedömningsskala its summary is graded on, where it is
-- one (räkenskaper are graded rättvisande or not, outside the scale).
with

bedomningar as (
    select
        huvudomrade_id,
        delomrade_id,
        rubrik,
        delomrade,
        row_order
    from {{ ref('int_granskningsbedomningar') }}
),

scale_columns as (
    select distinct
        column_key,
        column_label
    from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'bedomningsskala'
),

omraden as (
    select
        huvudomrade_id || coalesce('_' || delomrade_id, '') as granskningsomrade_id,
        huvudomrade_id,
        rubrik,
        delomrade,
        min(row_order) as first_row_order
    from bedomningar
    group by huvudomrade_id, delomrade_id, rubrik, delomrade
),

ordered as (
    select
        *,
        min(first_row_order) over (partition by huvudomrade_id) as area_first_row_order
    from omraden
),

final as (
    select
        ordered.granskningsomrade_id,
        ordered.huvudomrade_id,
        coalesce(scale_columns.column_label, ordered.rubrik) as huvudomrade_namn,
        ordered.rubrik,
        ordered.delomrade,
        scale_columns.column_label as bedomningsskala_kolumn,
        -- An area before its sub-areas, areas in printed order.
        cast(row_number() over (
            order by ordered.area_first_row_order, ordered.delomrade nulls first
        ) as integer) as sort_order
    from ordered
    left join scale_columns on ordered.huvudomrade_id = scale_columns.column_key
)

select * from final
