-- Region Skåne's nämnder and styrelser as budgeted in bilaga 4 A (a nämnd
-- with two budget lines, Primärvårdsnämnden, has one row per line), with the
-- sector, and the label and abbreviation the latest budget prints for them
-- (4 A's row label, 4 B's column label; from the label map).
with

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
),

sektorer as (
    select * from {{ ref('stg_reference__sektorer') }}
),

labels as (
    select
        table_kind,
        axis,
        mapped_key,
        printed_label
    from {{ ref('int_printed_labels_printed') }}
),

final as (
    select
        namnder.namnd_id,
        etiketter.printed_label as namnd_etikett,
        namnder.namnd_namn,
        namnder.del,
        forkortningar.printed_label as forkortning,
        namnder.sektor_id,
        sektorer.sektor_namn,
        namnder.forvaltning_namn
    from namnder
    inner join sektorer on namnder.sektor_id = sektorer.sektor_id
    left join labels as etiketter
        on
            namnder.namnd_id = etiketter.mapped_key
            and etiketter.table_kind = 'regionbidrag'
            and etiketter.axis = 'rad'
    left join labels as forkortningar
        on
            namnder.namnd_id = forkortningar.mapped_key
            and forkortningar.table_kind = 'regionbidrag_forandring'
            and forkortningar.axis = 'kolumn'
)

select * from final
