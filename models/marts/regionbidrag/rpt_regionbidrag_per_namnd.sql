-- Regionbidrag per nämnd and year (the version sums use: the most final
-- scenario, the latest edition), with the change from the year before in
-- mnkr and percent, per inhabitant, and in the previous year's prices
-- (deflated by the year's justerad LPIK).
with

regionbidrag as (
    select
        namnd_id,
        ar,
        scenario_id,
        edition_id,
        belopp_mnkr
    from {{ ref('fct_regionbidrag') }}
    where is_vald_version
),

namnder as (
    select
        namnd_id,
        namnd_namn,
        del,
        sektor_namn
    from {{ ref('dim_namnd') }}
),

forutsattningar as (
    select
        ar,
        invanare,
        justerad_lpik_procent
    from {{ ref('int_berakningsforutsattningar_per_ar') }}
),

with_previous as (
    select
        this_year.namnd_id,
        this_year.ar,
        this_year.scenario_id,
        this_year.edition_id,
        this_year.belopp_mnkr,
        previous_year.belopp_mnkr as foregaende_ar_mnkr
    from regionbidrag as this_year
    left join regionbidrag as previous_year
        on
            this_year.namnd_id = previous_year.namnd_id
            and this_year.ar = previous_year.ar + 1
),

final as (
    select
        with_previous.namnd_id || ':' || cast(with_previous.ar as {{ dbt.type_string() }})
            as regionbidrag_per_namnd_id,
        with_previous.namnd_id,
        namnder.namnd_namn,
        namnder.del,
        namnder.sektor_namn,
        with_previous.ar,
        with_previous.scenario_id,
        with_previous.edition_id,
        cast(with_previous.belopp_mnkr as {{ exact_decimal_type() }}) as regionbidrag_mnkr,
        cast(with_previous.foregaende_ar_mnkr as {{ exact_decimal_type() }})
            as regionbidrag_foregaende_ar_mnkr,
        cast(
            with_previous.belopp_mnkr - with_previous.foregaende_ar_mnkr
            as {{ exact_decimal_type() }}
        ) as forandring_mnkr,
        cast(case
            when with_previous.foregaende_ar_mnkr != 0
                then round(
                    (with_previous.belopp_mnkr / with_previous.foregaende_ar_mnkr - 1) * 100, 1
                )
        end as {{ exact_decimal_type() }}) as forandring_procent,
        cast(
            {{ per_invanare_kr('with_previous.belopp_mnkr', 'forutsattningar.invanare') }}
            as bigint
        ) as regionbidrag_per_invanare_kr,
        cast(
            {{ i_fasta_priser('with_previous.belopp_mnkr', 'forutsattningar.justerad_lpik_procent') }}  -- noqa: LT05
            as {{ exact_decimal_type() }}
        ) as regionbidrag_i_foregaende_ars_priser_mnkr
    from with_previous
    inner join namnder on with_previous.namnd_id = namnder.namnd_id
    left join forutsattningar on with_previous.ar = forutsattningar.ar
)

select * from final
