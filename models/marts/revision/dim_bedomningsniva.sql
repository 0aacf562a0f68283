-- The revision's bedömningsskala as printed: three levels, each with the
-- criteria wording, the grade per area, and the word a single criterion is
-- assessed with on that level ("Uppfyllt", "Inte helt uppfyllt", "Inte
-- uppfyllt": the words the assessment table prints for criteria on that
-- level).
with

criterion_words as (
    select
        bedomningsniva,
        min(bedomning) as kriterium_bedomning
    from {{ ref('int_granskningsbedomningar') }}
    where not is_total_row and bedomningsniva is not null
    group by bedomningsniva
),

skala as (
    {{ pivot_cells('bedomningsskala', ['row_key', 'row_label']) }}
),

pivoted as (
    select
        cast(row_key as integer) as bedomningsniva,
        row_label as kriterier_beskrivning,
        intern_kontroll,
        verksamhet,
        ekonomi
    from skala
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
