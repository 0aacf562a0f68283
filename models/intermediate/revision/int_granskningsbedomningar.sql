-- The audit's assessments, one row per printed row of every edition's
-- assessment table: the audit area (the first part of the section's key), a
-- sub-area where one is printed ("> Årsbokslut"; "> Bedömning" heads an
-- area's summary, it is no sub-area), the row's printed cells side by side,
-- and the level of the bedömningsskala the printed assessment stands for
-- (the value map, ref__varden). Which columns stand side by side is the
-- pivot map's (ref__pivot_kolumner, macro pivot_cells).
with

pivoted as (
    {{ pivot_cells(
        'granskningsbedomningar',
        ['edition_id', 'ar', 'row_order', 'section', 'section_key', 'row_key', 'row_label',
         'is_total_row']
    ) }}
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
        row_label as kriterium,
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
