-- The regionbidrag bridge 2023 → 2024 per sector, ready for a waterfall
-- chart: the 2023 budget (bilaga 4 A), the three parts of the change (bilaga
-- 4 B: technical adjustments, uppräkning, targeted efforts) and the 2024
-- budget. FINANS, the counter-entry, belongs to no sector and is left out.
with

regionbidrag as (
    select * from {{ ref('fct_regionbidrag') }}
),

forandring as (
    select * from {{ ref('fct_regionbidrag_forandring') }}
),

forandringsposter as (
    select * from {{ ref('dim_forandringspost') }}
),

namnder as (
    select * from {{ ref('dim_namnd') }}
),

sektorer as (
    select * from {{ ref('dim_sektor') }}
),

budget_per_sector as (
    select
        namnder.sektor_id,
        regionbidrag.ar,
        sum(regionbidrag.belopp_mnkr) as belopp_mnkr
    from regionbidrag
    inner join namnder on regionbidrag.namnd_id = namnder.namnd_id
    where regionbidrag.scenario = 'budget' and regionbidrag.ar in (2023, 2024)
    group by namnder.sektor_id, regionbidrag.ar
),

change_per_sector as (
    select
        forandring.sektor_id,
        forandringsposter.avsnitt_id,
        forandringsposter.avsnitt,
        forandringsposter.avsnitt_ordning,
        sum(forandring.belopp_mnkr) as belopp_mnkr
    from forandring
    inner join forandringsposter
        on forandring.forandringspost_id = forandringsposter.forandringspost_id
    where not forandring.is_finans_motpost
    group by
        forandring.sektor_id,
        forandringsposter.avsnitt_id,
        forandringsposter.avsnitt,
        forandringsposter.avsnitt_ordning
),

steps as (
    select
        sektor_id,
        0 as steg_ordning,
        'Regionbidrag 2023 (budget)' as steg,
        'ingående' as steg_typ,
        belopp_mnkr
    from budget_per_sector
    where ar = 2023
    union all
    select
        sektor_id,
        avsnitt_ordning as steg_ordning,
        avsnitt as steg,
        'förändring' as steg_typ,
        belopp_mnkr
    from change_per_sector
    union all
    select
        sektor_id,
        9 as steg_ordning,
        'Regionbidrag 2024 (budget)' as steg,
        'utgående' as steg_typ,
        belopp_mnkr
    from budget_per_sector
    where ar = 2024
),

final as (
    select
        steps.sektor_id || ':' || cast(steps.steg_ordning as {{ dbt.type_string() }}) as brygga_id,
        steps.sektor_id,
        sektorer.sektor_namn,
        steps.steg_ordning,
        steps.steg,
        steps.steg_typ,
        cast(steps.belopp_mnkr as {{ exact_decimal_type() }}) as belopp_mnkr
    from steps
    inner join sektorer on steps.sektor_id = sektorer.sektor_id
)

select * from final
