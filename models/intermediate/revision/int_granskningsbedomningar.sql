-- The audit's assessments of NORV 2023, one row per printed row: the audit
-- area (from the printed section heading), a sub-area where one is printed
-- ("Granskning av räkenskaper > Årsbokslut"; "> Bedömning" heads the
-- summary, it is no sub-area), and the row's printed cells side by side.
with

bedomningar_cells as (
    select * from {{ ref('stg_rs_revision_norv_2023__bedomningar') }}
),

pivoted as (
    select
        row_order,
        section,
        row_label as kriterium,
        is_total_row,
        max(case when column_label = 'Förvaltning' then printed_value end) as forvaltning,
        max(case when column_label = 'Kriterier' then printed_value end) as kriterier,
        max(case when column_label = 'Bedömning' then printed_value end) as bedomning,
        max(case when column_label = 'Förbättringsområde' then printed_value end)
            as forbattringsomrade,
        max(case when column_label = 'Bedömning' then cell_id end) as bedomning_cell_id
    from bedomningar_cells
    group by row_order, section, row_label, is_total_row
),

sectioned as (
    select
        *,
        {{ dbt.split_part('section', "' > '", 1) }} as rubrik,
        nullif(
            nullif({{ dbt.split_part('section', "' > '", 2) }}, ''), 'Bedömning'
        ) as delomrade
    from pivoted
),

areas as (
    select
        *,
        case rubrik
            when 'Granskning av nämndens interna kontroll' then 'intern_kontroll'
            when 'Granskning av nämndens verksamhet' then 'verksamhet'
            when 'Granskning av nämndens ekonomi' then 'ekonomi'
            when 'Granskning av räkenskaper' then 'rakenskaper'
        end as huvudomrade_id
    from sectioned
),

final as (
    select
        huvudomrade_id
        || coalesce('_' || {{ slugify('delomrade') }}, '') as granskningsomrade_id,
        huvudomrade_id,
        rubrik,
        delomrade,
        row_order,
        kriterium,
        forvaltning,
        kriterier,
        bedomning,
        forbattringsomrade,
        is_total_row,
        bedomning_cell_id
    from areas
)

select * from final
