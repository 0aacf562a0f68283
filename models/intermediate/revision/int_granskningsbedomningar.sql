-- The audit's assessments, one row per printed row of every edition's
-- assessment table: the audit area (the first part of the section's key), a
-- sub-area where one is printed ("> Årsbokslut"; "> Bedömning" heads an
-- area's summary, it is no sub-area), the row's printed cells side by side,
-- and the level of the bedömningsskala the printed assessment stands for
-- (the value map, ref__varden).
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'granskningsbedomningar'
),

varden as (
    select * from {{ ref('stg_reference__varden') }}
    where table_kind = 'granskningsbedomningar'
),

valued as (
    select
        cells.*,
        varden.mapped_key as value_key
    from cells
    left join varden
        on
            cells.column_key = varden.column_key
            and cells.printed_value = varden.printed_value
),

pivoted as (
    select
        edition_id,
        ar,
        row_order,
        section,
        section_key,
        row_key,
        row_label as kriterium,
        is_total_row,
        max(case when column_key = 'forvaltning' then printed_value end) as forvaltning,
        max(case when column_key = 'forvaltning' then value_key end) as forvaltning_namnd_id,
        max(case when column_key = 'kriterier' then printed_value end) as kriterier,
        max(case when column_key = 'bedomning' then printed_value end) as bedomning,
        max(case when column_key = 'bedomning' then value_key end) as bedomningsniva_key,
        max(case when column_key = 'forbattringsomrade' then printed_value end)
            as forbattringsomrade,
        max(case when column_key = 'bedomning' then cell_id end) as bedomning_cell_id
    from valued
    group by edition_id, ar, row_order, section, section_key, row_key, row_label, is_total_row
),

final as (
    select
        edition_id,
        ar,
        {{ dbt.split_part('section_key', "':'", 1) }} as huvudomrade_id,
        nullif(nullif({{ dbt.split_part('section_key', "':'", 2) }}, ''), 'bedomning')
            as delomrade_id,
        trim({{ dbt.split_part('section', "' > '", 1) }}) as rubrik,
        case
            when nullif({{ dbt.split_part('section_key', "':'", 2) }}, '') != 'bedomning'
                then trim({{ dbt.split_part('section', "' > '", 2) }})
        end as delomrade,
        row_order,
        kriterium,
        forvaltning,
        forvaltning_namnd_id,
        kriterier,
        bedomning,
        cast(bedomningsniva_key as integer) as bedomningsniva,
        forbattringsomrade,
        is_total_row,
        bedomning_cell_id
    from pivoted
)

select * from final
