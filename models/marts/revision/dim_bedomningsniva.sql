-- The revision's bedömningsskala as printed: three levels, each with the
-- criteria wording, the grade per area, and the word a single criterion is
-- assessed with on that level ("Uppfyllt", "Inte helt uppfyllt", "Inte
-- uppfyllt": the report's text under each audit area, e.g. "uppfyllt (ingen
-- eller mindre avvikelse)").
with

skala_cells as (
    select * from {{ ref('stg_rs_revision_norv_2023__bedomningsskala') }}
),

pivoted as (
    select
        row_order,
        row_label,
        max(case when column_label = 'Intern kontroll' then printed_value end) as intern_kontroll,
        max(case when column_label = 'Verksamhet' then printed_value end) as verksamhet,
        max(case when column_label = 'Ekonomi' then printed_value end) as ekonomi
    from skala_cells
    group by row_order, row_label
),

final as (
    select
        cast(row_order as integer) as bedomningsniva,
        row_label as kriterier_beskrivning,
        case
            when row_label like 'Kriterierna är i allt väsentligt uppfyllda%' then 'Uppfyllt'
            when row_label like 'Kriterierna inte helt uppfyllda%' then 'Inte helt uppfyllt'
            when row_label like 'Kriterierna inte uppfyllda%' then 'Inte uppfyllt'
        end as kriterium_bedomning,
        intern_kontroll,
        verksamhet,
        ekonomi
    from pivoted
)

select * from final
