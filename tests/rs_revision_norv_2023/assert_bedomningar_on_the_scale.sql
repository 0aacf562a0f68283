-- Every assessed sub-area of intern kontroll, verksamhet and ekonomi is
-- assessed on the audit's scale; every area's summary assessment is one of
-- the scale's levels for that area (bedömningsskalan).
with

bedomningar as (
    select * from {{ ref('stg_rs_revision_norv_2023__bedomningar') }}
),

forvaltning as (
    select
        row_order,
        printed_value as forvaltning
    from bedomningar
    where column_label = 'Förvaltning'
),

scale as (
    select lower(printed_value) as scale_level
    from {{ ref('stg_rs_revision_norv_2023__bedomningsskala') }}
),

assessments as (
    select
        bedomningar.row_order,
        bedomningar.section,
        bedomningar.row_label,
        bedomningar.is_total_row,
        bedomningar.printed_value as bedomning
    from bedomningar
    left join forvaltning on bedomningar.row_order = forvaltning.row_order
    where
        bedomningar.column_label = 'Bedömning'
        and bedomningar.section not like 'Granskning av räkenskaper%'
        and forvaltning.forvaltning is null
),

off_scale as (
    select assessments.*
    from assessments
    where
        (
            not assessments.is_total_row
            and assessments.bedomning not in ('Uppfyllt', 'Inte helt uppfyllt', 'Inte uppfyllt')
        )
        or (
            assessments.is_total_row
            and not exists (
                select 1 from scale
                -- the summary uses the adverb ("inte helt ändamålsenligt")
                where scale.scale_level like rtrim(lower(assessments.bedomning), 't') || ' %'
            )
        )
)

select * from off_scale
