-- Region Skåne's nämnder and styrelser as budgeted in bilaga 4 A (a nämnd
-- with two budget lines, Primärvårdsnämnden, has one row per line), with the
-- sector and the abbreviation of bilaga 4 B.
with

namnder as (
    select * from {{ ref('stg_reference__namnder') }}
),

sektorer as (
    select * from {{ ref('stg_reference__sektorer') }}
),

final as (
    select
        namnder.namnd_id,
        namnder.printed_label as namnd_etikett,
        namnder.namnd_namn,
        namnder.del,
        namnder.forkortning,
        namnder.sektor_id,
        sektorer.sektor_namn,
        namnder.forvaltning_namn
    from namnder
    inner join sektorer on namnder.sektor_id = sektorer.sektor_id
)

select * from final
