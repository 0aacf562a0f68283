-- Abonnemang per buying region × selling unit × year, ready for the matrix
-- and heat map: each buyer's and seller's name and printed order, the amount
-- (tkr), the buyer's row total computed from the parts, and the share of the
-- buyer's total. Only the version sums use (is_vald_version).
--
-- Derived, not printed: the compensation the subscription model implies. The
-- annual report states that the subscription is a fixed base of a share of
-- the compensation ("en fast grundsumma motsvarande 50% av ersättningen"); the
-- share is read from the prose figure (abonnemang:grundsumma_andel) of the
-- latest edition of the series that states it, up to the fact's edition, and
-- the compensation is the amount divided by that share.
with

abonnemang as (
    select
        kopare_region_id,
        saljare_id,
        ar,
        edition_id,
        belopp_tkr
    from {{ ref('fct_abonnemang') }}
    where is_vald_version
),

regioner as (
    select
        region_id,
        region_namn,
        sort_order
    from {{ ref('dim_region') }}
),

saljare as (
    select
        saljare_id,
        saljare_namn,
        sort_order
    from {{ ref('dim_abonnemang_saljare') }}
),

editions as (
    select
        edition_id,
        document_file,
        series_id,
        edition_year
    from {{ ref('dim_edition') }}
),

rules as (
    select
        prose.prosa_id,
        prose.value as grundsumma_andel_procent,
        editions.series_id,
        editions.edition_year
    from {{ ref('stg_prose__figures') }} as prose
    inner join editions on prose.document_file = editions.document_file
    where prose.figur_id = 'abonnemang:grundsumma_andel'
),

rule_per_fact as (
    select
        abonnemang.edition_id,
        max(rules.edition_year) as rule_edition_year
    from abonnemang
    inner join editions on abonnemang.edition_id = editions.edition_id
    inner join rules
        on
            editions.series_id = rules.series_id
            and editions.edition_year >= rules.edition_year
    group by abonnemang.edition_id
),

applied_rules as (
    select
        rule_per_fact.edition_id,
        rules.prosa_id,
        rules.grundsumma_andel_procent
    from rule_per_fact
    inner join editions on rule_per_fact.edition_id = editions.edition_id
    inner join rules
        on
            editions.series_id = rules.series_id
            and rule_per_fact.rule_edition_year = rules.edition_year
),

totals as (
    select
        kopare_region_id,
        ar,
        sum(belopp_tkr) as kopare_summa_tkr
    from abonnemang
    group by kopare_region_id, ar
),

final as (
    select
        abonnemang.kopare_region_id || ':' || abonnemang.saljare_id || ':'
        || cast(abonnemang.ar as {{ dbt.type_string() }}) as rad_id,
        abonnemang.kopare_region_id,
        regioner.region_namn as kopare_region_namn,
        abonnemang.saljare_id,
        saljare.saljare_namn,
        abonnemang.ar,
        abonnemang.edition_id,
        cast(abonnemang.belopp_tkr as {{ exact_decimal_type() }}) as belopp_tkr,
        cast(totals.kopare_summa_tkr as {{ exact_decimal_type() }}) as kopare_summa_tkr,
        cast(
            round(abonnemang.belopp_tkr / totals.kopare_summa_tkr * 100, 1)
            as {{ exact_decimal_type() }}
        ) as andel_av_kopare_procent,
        cast(applied_rules.grundsumma_andel_procent as {{ exact_decimal_type() }})
            as grundsumma_andel_procent,
        cast(
            abonnemang.belopp_tkr * 100 / applied_rules.grundsumma_andel_procent
            as {{ exact_decimal_type() }}
        ) as harledd_ersattning_tkr,
        applied_rules.prosa_id as regel_prosa_id,
        regioner.sort_order as kopare_sort_order,
        saljare.sort_order as saljare_sort_order
    from abonnemang
    inner join regioner on abonnemang.kopare_region_id = regioner.region_id
    inner join saljare on abonnemang.saljare_id = saljare.saljare_id
    inner join totals
        on
            abonnemang.kopare_region_id = totals.kopare_region_id
            and abonnemang.ar = totals.ar
    left join applied_rules on abonnemang.edition_id = applied_rules.edition_id
)

select * from final
