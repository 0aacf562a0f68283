-- A model, not a printed figure: the plan years of regionbidrag re-indexed
-- with another path of the adjusted price index (justerad LPIK regionbidrag)
-- than the one the budget prints in kostnadsutveckling.
--
-- Each plan year's printed amount is multiplied by the ratio of the
-- alternative to the printed index, compounded from the year after the
-- edition's budget year up to the plan year:
--     omraknat(y) = tryckt(y) × Π_{t = budgetår+1 .. y} (1 + alt(t)/100) / (1 + tryckt_lpik(t)/100)
-- which assumes the whole plan amount follows the index. The alternative path
-- is the var lpik_alternativ, a map from year to percent, e.g.
--     dbt build --select rpt_regionbidrag_lpik_omrakning --vars '{lpik_alternativ: {2025: 3.5, 2026: 2.0}}'  -- noqa: LT05
-- A year it leaves out keeps the printed index; without the var the model
-- reproduces the printed plan (skillnad 0).
{%- set alternativ = var('lpik_alternativ', {}) or {} %}
{%- if alternativ is not mapping %}
    {{ exceptions.raise_compiler_error(
        "var lpik_alternativ must map a year to a percent, e.g. {2025: 3.5}; got " ~ alternativ) }}
{%- endif %}
with

regionbidrag as (
    select
        regionbidrag_id,
        namnd_id,
        ar,
        edition_id,
        belopp_mnkr
    from {{ ref('fct_regionbidrag') }}
    where scenario_id = 'plan' and is_vald_version
),

editions as (
    select
        edition_id,
        covers_from_year
    from {{ ref('dim_edition') }}
),

namnder as (
    select
        namnd_id,
        namnd_namn
    from {{ ref('dim_namnd') }}
),

tryckt_index as (
    select
        ar,
        justerad_lpik_procent
    from {{ ref('int_berakningsforutsattningar_per_ar') }}
    where justerad_lpik_procent is not null
),

alternativ as (
    {%- for ar, procent in alternativ.items() %}
    {%- if not modules.re.match('^[0-9]{4}$', ar | string) or procent is not number %}
        {{ exceptions.raise_compiler_error(
            "var lpik_alternativ: " ~ ar ~ ": " ~ procent ~ " is not a year mapped to a percent") }}
    {%- endif %}
    select
        {{ ar }} as ar,
        cast({{ procent }} as {{ exact_decimal_type() }}) as lpik_procent
    {% if not loop.last %}union all{% endif %}
    {%- else %}
        select
            cast(null as integer) as ar,
            cast(null as {{ exact_decimal_type() }}) as lpik_procent
        from (select 1 as ingen) as inget
        where 1 = 0
    {%- endfor %}
),

index_per_ar as (
    select
        tryckt_index.ar,
        tryckt_index.justerad_lpik_procent as tryckt_lpik_procent,
        coalesce(alternativ.lpik_procent, tryckt_index.justerad_lpik_procent)
            as alternativ_lpik_procent
    from tryckt_index
    left join alternativ on tryckt_index.ar = alternativ.ar
),

faktorer as (
    select
        regionbidrag.regionbidrag_id,
        exp(sum(ln(
            (1 + index_per_ar.alternativ_lpik_procent / 100)
            / (1 + index_per_ar.tryckt_lpik_procent / 100)
        ))) as faktor
    from regionbidrag
    inner join editions on regionbidrag.edition_id = editions.edition_id
    inner join index_per_ar
        on
            editions.covers_from_year < index_per_ar.ar
            and regionbidrag.ar >= index_per_ar.ar
    group by regionbidrag.regionbidrag_id
),

final as (
    select
        regionbidrag.regionbidrag_id as omrakning_id,
        regionbidrag.namnd_id,
        namnder.namnd_namn,
        regionbidrag.ar,
        regionbidrag.edition_id,
        editions.covers_from_year as budgetar,
        cast(regionbidrag.belopp_mnkr as {{ exact_decimal_type() }}) as tryckt_regionbidrag_mnkr,
        cast(index_per_ar.tryckt_lpik_procent as {{ exact_decimal_type() }}) as tryckt_lpik_procent,
        cast(index_per_ar.alternativ_lpik_procent as {{ exact_decimal_type() }})
            as alternativ_lpik_procent,
        cast(round(faktorer.faktor, 6) as decimal(18, 6)) as omrakningsfaktor,
        cast(round(regionbidrag.belopp_mnkr * faktorer.faktor, 1) as {{ exact_decimal_type() }})
            as omraknat_regionbidrag_mnkr,
        cast(
            round(regionbidrag.belopp_mnkr * faktorer.faktor, 1) - regionbidrag.belopp_mnkr
            as {{ exact_decimal_type() }}
        ) as skillnad_mnkr
    from regionbidrag
    inner join faktorer on regionbidrag.regionbidrag_id = faktorer.regionbidrag_id
    inner join editions on regionbidrag.edition_id = editions.edition_id
    inner join index_per_ar on regionbidrag.ar = index_per_ar.ar
    inner join namnder on regionbidrag.namnd_id = namnder.namnd_id
)

select * from final
