-- Every printed assessment is in fct_granskningsbedomning, and every one the
-- bedömningsskala grades has its level (from the value map, ref__varden):
-- each criterion of an area graded on the scale (an area that is a column of
-- the bedömningsskala: intern kontroll, verksamhet, ekonomi), and each
-- nämnd-level summary of such an area. A new wording (a misspelt "Uppfylt")
-- fails here until it is mapped.

with

granskningsbedomning as (
    select
        granskningsomrade_id,
        bedomningsniva,
        forvaltning,
        bedomning,
        source_cell_id
    from {{ ref('fct_granskningsbedomning') }}
),

omraden as (
    select
        granskningsomrade_id,
        bedomningsskala_kolumn
    from {{ ref('dim_granskningsomrade') }}
),

printed_assessments as (
    select
        cell_id,
        printed_value
    from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'granskningsbedomningar' and column_key = 'bedomning'
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
        'graded on the scale but its wording is not in ref__varden' as problem
    from granskningsbedomning
    inner join omraden
        on granskningsbedomning.granskningsomrade_id = omraden.granskningsomrade_id
    where
        granskningsbedomning.bedomningsniva is null
        and omraden.bedomningsskala_kolumn is not null
        and granskningsbedomning.forvaltning is null
)

select * from missing
union all
select * from unleveled
