-- The NHV table 2023 one row per vårdområde, with real dates and the
-- status split into what Region Skåne did and whether it was granted.
with

nhv_cells as (
    select * from {{ ref('stg_ssvr_vb_2023__nhv_2023') }}
),

pivoted as (
    select
        row_order,
        row_label as vardomrade,
        max(case when column_label = 'SoS Ansökningsfas' then printed_value end) as status,
        max(case when column_label = 'Tillstånd' then printed_value end) as tillstand_printed,
        max(case when column_label = 'Start' then printed_value end) as start_printed,
        max(case when column_label = 'Huvudansvar' then printed_value end) as huvudansvar,
        max(case when column_label = 'SoS Ansökningsfas' then cell_id end) as status_cell_id,
        max(case when column_label = 'Tillstånd' then cell_id end) as tillstand_cell_id,
        max(case when column_label = 'Start' then cell_id end) as start_cell_id,
        max(case when column_label = 'Huvudansvar' then cell_id end) as huvudansvar_cell_id
    from nhv_cells
    group by row_order, row_label
),

final as (
    select
        row_order as nhv_vardomrade_nr,
        vardomrade,
        status,
        huvudansvar,
        status like 'Tillstånd%' as is_tilldelat,
        cast(tillstand_printed as date) as tillstand_date,
        cast(start_printed as date) as start_date,
        status_cell_id,
        tillstand_cell_id,
        start_cell_id,
        huvudansvar_cell_id
    from pivoted
)

select * from final
