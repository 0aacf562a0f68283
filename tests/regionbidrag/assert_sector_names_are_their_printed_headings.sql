-- A sector's name (ref__sektorer) is the heading the latest budget prints for
-- it in bilaga 4 A, up to case: the headings are printed in capitals. A name
-- mistyped there (Hälso och sjukvård) built green and split every group-by on
-- the name in four marts.

with

sektorer as (
    select
        sektor_id,
        sektor_namn,
        tryckt_etikett
    from {{ ref('dim_sektor') }}
),

final as (
    select
        'seeds/reference/ref__sektorer.csv' as location,
        'sektor_namn' as column_name,
        sektor_namn as failing_value,
        'the sector ' || sektor_id || ' is named "' || sektor_namn || '", but bilaga 4 A prints '
        || 'its heading "' || tryckt_etikett || '"' as problem
    from sektorer
    where tryckt_etikett is not null and lower(sektor_namn) != lower(tryckt_etikett)
)

select * from final
