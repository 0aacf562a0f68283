-- Every printed assessment is in fct_granskningsbedomning, and every one
-- worded on the bedömningsskala has its level: each criterion assessed
-- Uppfyllt / Inte helt uppfyllt / Inte uppfyllt, and each nämnd-level
-- summary of an area the scale grades (intern kontroll, verksamhet, ekonomi).
with

granskningsbedomning as (
    select * from {{ ref('fct_granskningsbedomning') }}
),

omraden as (
    select * from {{ ref('dim_granskningsomrade') }}
),

printed_assessments as (
    select * from {{ ref('source_cells') }}
    where
        source_table = 'rs_revision_norv_2023__bedomningar'
        and column_label = 'Bedömning'
),

missing as (
    select
        printed_assessments.cell_id as source_cell_id,
        printed_assessments.printed_value as bedomning,
        'not in the fact' as problem
    from printed_assessments
    where not exists (
        select 1 from granskningsbedomning
        where granskningsbedomning.source_cell_id = printed_assessments.cell_id
    )
),

unleveled as (
    select
        granskningsbedomning.source_cell_id,
        granskningsbedomning.bedomning,
        'on the scale but without a level' as problem
    from granskningsbedomning
    inner join omraden
        on granskningsbedomning.granskningsomrade_id = omraden.granskningsomrade_id
    where
        granskningsbedomning.bedomningsniva is null
        and (
            (
                not granskningsbedomning.is_sammanfattande_bedomning
                and granskningsbedomning.bedomning in (
                    'Uppfyllt', 'Inte helt uppfyllt', 'Inte uppfyllt'
                )
            )
            or (
                granskningsbedomning.is_sammanfattande_bedomning
                and granskningsbedomning.forvaltning is null
                and omraden.bedomningsskala_kolumn is not null
            )
        )
)

select * from missing
union all
select * from unleveled
