-- The revision's assessments, one row per assessed criterion or summary
-- assessment, as printed, with the level of the bedömningsskala where the
-- printed words are on it (the value map): a criterion's "Uppfyllt / Inte
-- helt uppfyllt / Inte uppfyllt", and a summary's grade for its area ("inte
-- helt ändamålsenligt" is the scale's level 2). Other wordings (Medicinsk
-- service's summaries, the räkenskaper) have no level.
with

bedomningar as (
    select
        edition_id,
        ar,
        huvudomrade_id,
        delomrade_id,
        row_order,
        kriterium,
        forvaltning,
        forvaltning_namnd_id,
        kriterier,
        bedomning,
        bedomningsniva,
        forbattringsomrade,
        is_total_row,
        bedomning_cell_id
    from {{ ref('int_granskningsbedomningar') }}
),

final as (
    select
        huvudomrade_id || coalesce('_' || delomrade_id, '') || ':'
        || cast(row_order as {{ dbt.type_string() }}) || ':' || edition_id
            as granskningsbedomning_id,
        huvudomrade_id || coalesce('_' || delomrade_id, '') as granskningsomrade_id,
        forvaltning_namnd_id as namnd_id,
        bedomningsniva,
        ar,
        edition_id,
        kriterium,
        kriterier,
        forvaltning,
        bedomning,
        forbattringsomrade,
        is_total_row as is_sammanfattande_bedomning,
        cast(row_order as integer) as sort_order,
        bedomning_cell_id as source_cell_id
    from bedomningar
)

select * from final
