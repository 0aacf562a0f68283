-- The revision's assessments of NORV 2023, one row per assessed criterion or
-- summary assessment, as printed, with the level of the bedömningsskala
-- where the printed words are on it: a criterion's "Uppfyllt / Inte helt
-- uppfyllt / Inte uppfyllt", and a summary's grade for its area ("inte helt
-- ändamålsenligt" is the scale's "Inte helt ändamålsenlig verksamhet"). Other
-- wordings (Medicinsk service's summaries, the räkenskaper) have no level.
with

bedomningar as (
    select * from {{ ref('int_granskningsbedomningar') }}
),

omraden as (
    select * from {{ ref('dim_granskningsomrade') }}
),

nivaer as (
    select * from {{ ref('dim_bedomningsniva') }}
),

namnder as (
    select * from {{ ref('dim_namnd') }}
),

summary_grades as (
    select
        bedomningsniva,
        'Intern kontroll' as bedomningsskala_kolumn,
        lower(intern_kontroll) as grade
    from nivaer
    union all
    select
        bedomningsniva,
        'Verksamhet' as bedomningsskala_kolumn,
        lower(verksamhet) as grade
    from nivaer
    union all
    select
        bedomningsniva,
        'Ekonomi' as bedomningsskala_kolumn,
        lower(ekonomi) as grade
    from nivaer
),

leveled as (
    select
        bedomningar.*,
        omraden.bedomningsskala_kolumn,
        coalesce(criterion_level.bedomningsniva, summary_level.bedomningsniva) as bedomningsniva
    from bedomningar
    inner join omraden
        on bedomningar.granskningsomrade_id = omraden.granskningsomrade_id
    left join nivaer as criterion_level
        on
            not bedomningar.is_total_row
            and bedomningar.bedomning = criterion_level.kriterium_bedomning
    left join summary_grades as summary_level
        on
            bedomningar.is_total_row
            and omraden.bedomningsskala_kolumn = summary_level.bedomningsskala_kolumn
            -- The summary uses the adverb: "inte helt ändamålsenligt" grades
            -- "Inte helt ändamålsenlig verksamhet".
            and summary_level.grade like rtrim(lower(bedomningar.bedomning), 't') || ' %'
),

final as (
    select
        leveled.granskningsomrade_id || ':' || cast(leveled.row_order as varchar)
            as granskningsbedomning_id,
        leveled.granskningsomrade_id,
        namnder.namnd_id,
        leveled.bedomningsniva,
        -- The report is the revision's årsrapport 2023.
        2023 as ar,
        leveled.kriterium,
        leveled.kriterier,
        leveled.forvaltning,
        leveled.bedomning,
        leveled.forbattringsomrade,
        leveled.is_total_row as is_sammanfattande_bedomning,
        cast(leveled.row_order as integer) as sort_order,
        leveled.bedomning_cell_id as source_cell_id
    from leveled
    left join namnder
        on leveled.forvaltning = namnder.forvaltning_namn
)

select * from final
