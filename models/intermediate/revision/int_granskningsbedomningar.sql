-- The audit's assessments, one row per printed row of every edition's
-- assessment table: the audit area (the first part of the section's key), a
-- sub-area where one is printed ("> Årsbokslut"; "> Bedömning" heads an
-- area's summary, it is no sub-area: ref__nyckelroller), the row's printed cells side by side,
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

summaries as (
    -- The section part that heads an area's summary, no sub-area
    -- (ref__nyckelroller).
    select mapped_key from {{ ref('stg_reference__nyckelroller') }}
    where
        table_kind = 'granskningsbedomningar'
        and axis = 'avsnitt'
        and roll = 'sammanfattande_avsnitt'
),

parted as (
    select
        pivoted.*,
        nullif({{ dbt.split_part('pivoted.section_key', "':'", 2) }}, '') as second_part_key
    from pivoted
),

final as (
    select
        parted.edition_id,
        parted.ar,
        {{ dbt.split_part('parted.section_key', "':'", 1) }} as huvudomrade_id,
        case when summaries.mapped_key is null then parted.second_part_key end as delomrade_id,
        trim({{ dbt.split_part('parted.section', "' > '", 1) }}) as rubrik,
        case
            when parted.second_part_key is not null and summaries.mapped_key is null
                then trim({{ dbt.split_part('parted.section', "' > '", 2) }})
        end as delomrade,
        parted.row_order,
        parted.row_label as kriterium,
        parted.forvaltning,
        parted.forvaltning_namnd_id,
        parted.kriterier,
        parted.bedomning,
        cast(parted.bedomningsniva_key as integer) as bedomningsniva,
        parted.forbattringsomrade,
        parted.is_total_row,
        parted.bedomning_cell_id
    from parted
    left join summaries on parted.second_part_key = summaries.mapped_key
)

select * from final
