-- The regionbidrag bridge per sector from one budget year to the next, ready
-- for a waterfall chart, for every budget edition: the previous year's
-- budget (bilaga 4 A of the same edition), the parts of the change (bilaga
-- 4 B: technical adjustments, uppräkning, targeted efforts) and the budget
-- year's regionbidrag. FINANS, the counter-entry, belongs to no sector.
with

regionbidrag as (
    select
        namnd_id,
        ar,
        scenario_id,
        edition_id,
        belopp_mnkr
    from {{ ref('fct_regionbidrag') }}
),

forandring as (
    select
        forandringspost_id,
        sektor_id,
        ar,
        edition_id,
        belopp_mnkr,
        is_finans_motpost
    from {{ ref('fct_regionbidrag_forandring') }}
),

forandringsposter as (
    select
        forandringspost_id,
        avsnitt,
        avsnitt_sort_order
    from {{ ref('dim_forandringspost') }}
),

namnder as (
    select
        namnd_id,
        sektor_id
    from {{ ref('dim_namnd') }}
),

sektorer as (
    select
        sektor_id,
        sektor_namn,
        sort_order
    from {{ ref('dim_sektor') }}
),

bridges as (
    select distinct
        edition_id,
        ar
    from forandring
),

budget_per_sector as (
    select
        regionbidrag.edition_id,
        namnder.sektor_id,
        regionbidrag.ar,
        sum(regionbidrag.belopp_mnkr) as belopp_mnkr
    from regionbidrag
    inner join namnder on regionbidrag.namnd_id = namnder.namnd_id
    where regionbidrag.scenario_id = 'budget'
    group by regionbidrag.edition_id, namnder.sektor_id, regionbidrag.ar
),

change_per_sector as (
    select
        forandring.edition_id,
        forandring.ar,
        forandring.sektor_id,
        forandringsposter.avsnitt,
        forandringsposter.avsnitt_sort_order,
        sum(forandring.belopp_mnkr) as belopp_mnkr
    from forandring
    inner join forandringsposter
        on forandring.forandringspost_id = forandringsposter.forandringspost_id
    where not forandring.is_finans_motpost
    group by
        forandring.edition_id,
        forandring.ar,
        forandring.sektor_id,
        forandringsposter.avsnitt,
        forandringsposter.avsnitt_sort_order
),

steps as (
    select
        bridges.edition_id,
        bridges.ar,
        budget_per_sector.sektor_id,
        0 as sort_order,
        'Regionbidrag ' || cast(bridges.ar - 1 as {{ dbt.type_string() }}) || ' (budget)' as steg,
        'ingående' as steg_typ,
        budget_per_sector.belopp_mnkr
    from bridges
    inner join budget_per_sector
        on
            bridges.edition_id = budget_per_sector.edition_id
            and bridges.ar - 1 = budget_per_sector.ar
    union all
    select
        edition_id,
        ar,
        sektor_id,
        avsnitt_sort_order as sort_order,
        avsnitt as steg,
        'förändring' as steg_typ,
        belopp_mnkr
    from change_per_sector
    union all
    select
        bridges.edition_id,
        bridges.ar,
        budget_per_sector.sektor_id,
        9 as sort_order,
        'Regionbidrag ' || cast(bridges.ar as {{ dbt.type_string() }}) || ' (budget)' as steg,
        'utgående' as steg_typ,
        budget_per_sector.belopp_mnkr
    from bridges
    inner join budget_per_sector
        on
            bridges.edition_id = budget_per_sector.edition_id
            and bridges.ar = budget_per_sector.ar
),

waterfall as (
    -- Where each bar of a waterfall starts and ends: an opening or closing
    -- bar stands on zero, a change starts where the steps before it end.
    select
        steps.*,
        case
            when steps.steg_typ = 'förändring'
                then sum(case when steps.steg_typ != 'utgående' then steps.belopp_mnkr end) over (
                    partition by steps.edition_id, steps.sektor_id
                    order by steps.sort_order
                    rows between unbounded preceding and 1 preceding
                )
            else 0
        end as fran_mnkr
    from steps
),

final as (
    select
        waterfall.edition_id || ':' || waterfall.sektor_id || ':'
        || cast(waterfall.sort_order as {{ dbt.type_string() }}) as brygga_id,
        waterfall.edition_id,
        waterfall.ar,
        waterfall.sektor_id,
        sektorer.sektor_namn,
        sektorer.sort_order as sektor_sort_order,
        cast(waterfall.sort_order as integer) as sort_order,
        waterfall.steg,
        waterfall.steg_typ,
        cast(waterfall.belopp_mnkr as {{ exact_decimal_type() }}) as belopp_mnkr,
        cast(waterfall.fran_mnkr as {{ exact_decimal_type() }}) as fran_mnkr,
        cast(waterfall.fran_mnkr + waterfall.belopp_mnkr as {{ exact_decimal_type() }})
            as till_mnkr,
        cast(sum(case when waterfall.steg_typ = 'ingående' then waterfall.belopp_mnkr end) over (
            partition by waterfall.edition_id, waterfall.sektor_id
        ) as {{ exact_decimal_type() }}) as sektor_ingaende_mnkr,
        cast(sum(case when waterfall.steg_typ = 'utgående' then waterfall.belopp_mnkr end) over (
            partition by waterfall.edition_id, waterfall.sektor_id
        ) as {{ exact_decimal_type() }}) as sektor_utgaende_mnkr,
        cast(round(
            (
                sum(case when waterfall.steg_typ = 'utgående' then waterfall.belopp_mnkr end)
                    over (
                        partition by waterfall.edition_id, waterfall.sektor_id
                    )
                / sum(case when waterfall.steg_typ = 'ingående' then waterfall.belopp_mnkr end)
                    over (
                        partition by waterfall.edition_id, waterfall.sektor_id
                    )
                - 1
            ) * 100,
            1
        ) as {{ exact_decimal_type() }}) as sektor_forandring_procent
    from waterfall
    inner join sektorer on waterfall.sektor_id = sektorer.sektor_id
)

select * from final
