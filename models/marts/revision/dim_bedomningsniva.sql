-- The revision's bedömningsskala as printed: three levels, each with the
-- criteria wording, the grade per area, and the word a single criterion is
-- assessed with on that level ("Uppfyllt", "Inte helt uppfyllt", "Inte
-- uppfyllt": the words the assessment table prints for criteria on that
-- level).
with

skala_cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'bedomningsskala'
),

criterion_words as (
    select
        bedomningsniva,
        min(bedomning) as kriterium_bedomning
    from {{ ref('int_granskningsbedomningar') }}
    where not is_total_row and bedomningsniva is not null
    group by bedomningsniva
),

pivoted as (
    select
        cast(row_key as integer) as bedomningsniva,
        row_label as kriterier_beskrivning,
        max(case when column_key = 'intern_kontroll' then printed_value end) as intern_kontroll,
        max(case when column_key = 'verksamhet' then printed_value end) as verksamhet,
        max(case when column_key = 'ekonomi' then printed_value end) as ekonomi
    from skala_cells
    group by row_key, row_label
),

final as (
    select
        pivoted.bedomningsniva,
        pivoted.kriterier_beskrivning,
        criterion_words.kriterium_bedomning,
        pivoted.intern_kontroll,
        pivoted.verksamhet,
        pivoted.ekonomi
    from pivoted
    left join criterion_words on pivoted.bedomningsniva = criterion_words.bedomningsniva
)

select * from final
