-- Every figure stated in running text beside the table (or the count the
-- warehouse computes) it restates: "lika" (the text prints the figure
-- itself), "forandring" (the change of a figure from one year, scenario or
-- figure to another) or "forandring_procent" (that change in percent). Values
-- are converted to the unit the text prints (ref__enheter) and the text's
-- number must agree within its printed rounding, unless the contradiction is
-- registered (the prose row's discrepancy_id). A figure the text states with
-- no table to compare (jamforelse empty) is only recorded.
with

prose as (
    select * from {{ ref('stg_prose__figures') }}
),

documents as (
    select
        document_file,
        edition_id
    from {{ ref('stg_registry__source_documents') }}
),

enheter as (
    select
        unit,
        storhet,
        faktor
    from {{ ref('stg_reference__enheter') }}
),

table_versions as (
    select
        figur_id,
        ar,
        scenario_id,
        edition_id,
        cell_id,
        varde_konvention,
        unit,
        version_rank
    from {{ ref('int_figure_versions') }}
),

derived as (
    select * from {{ ref('int_derived_figures') }}
),

pool as (
    select
        'tabell' as source_kind,
        figur_id,
        ar,
        scenario_id,
        edition_id,
        varde_konvention as value,  -- noqa: RF04
        unit,
        cell_id as source_id,
        1 as source_priority,
        version_rank
    from table_versions
    union all
    select
        'harledd' as source_kind,
        figur_id,
        ar,
        scenario_id,
        edition_id,
        value,
        unit,
        figur_id as source_id,
        1 as source_priority,
        1 as version_rank
    from derived
    union all
    select
        'prosa' as source_kind,
        prose.figur_id,
        prose.ar,
        prose.scenario_id,
        documents.edition_id,
        prose.value,
        prose.unit,
        prose.prosa_id as source_id,
        2 as source_priority,
        1 as version_rank
    from prose
    inner join documents on prose.document_file = documents.document_file
    where prose.figur_id is not null and coalesce(prose.jamforelse, 'lika') = 'lika'
),

claims as (
    select
        prose.*,
        documents.edition_id,
        coalesce(prose.jamfor_figur_id, prose.figur_id) as other_figur_id
    from prose
    inner join documents on prose.document_file = documents.document_file
    where prose.jamforelse is not null
),

operands as (
    {%- for operand, figur, ar, scenario in [
        ('a', 'claims.figur_id', 'claims.ar', 'claims.scenario_id'),
        ('b', 'claims.other_figur_id', 'claims.jamfor_ar', 'claims.jamfor_scenario_id'),
    ] %}
        select
            claims.prosa_id,
            '{{ operand }}' as operand,
            pool.source_kind,
            pool.source_id,
            pool.value * coalesce(pool_unit.faktor, 1) / coalesce(prose_unit.faktor, 1) as value,  -- noqa: RF04,LT05
            row_number() over (
                partition by claims.prosa_id
                order by
                    case when pool.edition_id = claims.edition_id then 0 else 1 end,
                    pool.source_priority,
                    pool.version_rank
            ) as pick
        from claims
        inner join pool
            on
                {{ figur }} = pool.figur_id
                and coalesce({{ ar }}, -1) = coalesce(pool.ar, -1)
                -- A table that prints no scenario (the NHV table) is the figure in
                -- whatever scenario the text gives it (bokslut in an annual report).
                and (
                    {{ scenario }} is null
                    or pool.scenario_id is null
                    or {{ scenario }} = pool.scenario_id
                )
                and claims.prosa_id != pool.source_id
                {%- if operand == 'a' %}
                    and (claims.jamforelse != 'lika' or pool.source_kind != 'prosa')
                {%- endif %}
        inner join enheter as pool_unit on pool.unit = pool_unit.unit
        inner join enheter as prose_unit on claims.unit = prose_unit.unit
        where
            ('{{ operand }}' = 'a' or claims.jamforelse != 'lika')
            -- A change in percent compares amounts; else the text's unit measures
            -- the same kind of thing as the figure's (mnkr against tkr, not %).
            and (
                (claims.jamforelse = 'forandring_procent' and pool_unit.storhet != 'andel')
                or (
                    claims.jamforelse != 'forandring_procent'
                    and pool_unit.storhet = prose_unit.storhet
                )
            )
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

picked as (
    select
        prosa_id,
        max(case when operand = 'a' then value end) as a_value,
        max(case when operand = 'b' then value end) as b_value,
        max(case when operand = 'a' then source_id end) as a_source_id,
        max(case when operand = 'b' then source_id end) as b_source_id
    from operands
    where pick = 1
    group by prosa_id
),

computed as (
    select
        claims.*,
        picked.a_source_id,
        picked.b_source_id,
        -- The sign the sentence gives a change is the sign of the figure's own
        -- change only where the figure is positive in both (a balance, an
        -- amount of money); a cost is negative in the warehouse while "kostnaderna
        -- ökar" is +, and a result's "försämras" is - whatever its sign.
        coalesce(picked.a_value >= 0 and picked.b_value >= 0, false) as is_signed_change,
        case claims.jamforelse
            when 'lika' then picked.a_value
            when 'forandring' then picked.a_value - picked.b_value
            when 'forandring_procent' then (picked.a_value / picked.b_value - 1) * 100
        end as computed_value
    from claims
    left join picked on claims.prosa_id = picked.prosa_id
),

final as (
    -- A figure the text restates is compared without its sign (the tables print
    -- costs negative, the text "kostnader på 40 mnkr"); a change of a figure
    -- positive in both keeps the sign the sentence gives it (tecken: a balance
    -- that "minskat med 1,3 Mkr" is -1,3).
    {%- set within_rounding %}
        coalesce(
            case
                when computed.jamforelse != 'lika' and computed.is_signed_change
                    then abs(computed.computed_value - computed.tecken * abs(computed.value))
                else abs(abs(computed.computed_value) - abs(computed.value))
            end <= 0.5 * computed.printed_precision,
            false
        )
    {%- endset %}
    select
        computed.*,
        {{ within_rounding }} as is_within_rounding,
        {{ within_rounding }} or computed.discrepancy_id is not null as is_reconciled
    from computed
)

select * from final  -- noqa: AM04
