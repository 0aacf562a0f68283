-- The areas of the revision's annual audit of NORV 2023 (intern kontroll,
-- verksamhet, ekonomi, räkenskaper) and the printed sub-area (Årsbokslut),
-- each with the column of the bedömningsskala its summary is graded on
-- (räkenskaper are graded rättvisande or not, outside the scale).
with

bedomningar as (
    select * from {{ ref('int_granskningsbedomningar') }}
),

omraden as (
    select
        granskningsomrade_id,
        huvudomrade_id,
        rubrik,
        delomrade,
        min(row_order) as first_row_order
    from bedomningar
    group by granskningsomrade_id, huvudomrade_id, rubrik, delomrade
),

ordered as (
    select
        *,
        min(first_row_order) over (partition by huvudomrade_id) as area_first_row_order
    from omraden
),

final as (
    select
        granskningsomrade_id,
        huvudomrade_id,
        case huvudomrade_id
            when 'intern_kontroll' then 'Intern kontroll'
            when 'verksamhet' then 'Verksamhet'
            when 'ekonomi' then 'Ekonomi'
            when 'rakenskaper' then 'Räkenskaper'
        end as huvudomrade_namn,
        rubrik,
        delomrade,
        -- The bedömningsskala's column headings are the area names; the
        -- räkenskaper are not graded on it.
        case huvudomrade_id
            when 'intern_kontroll' then 'Intern kontroll'
            when 'verksamhet' then 'Verksamhet'
            when 'ekonomi' then 'Ekonomi'
        end as bedomningsskala_kolumn,
        -- An area before its sub-areas, areas in printed order.
        cast(row_number() over (
            order by area_first_row_order, delomrade nulls first
        ) as integer) as sort_order
    from ordered
)

select * from final
