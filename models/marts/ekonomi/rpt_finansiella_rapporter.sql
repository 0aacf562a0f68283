-- The budget's financial statements as printed, one row per line × year ×
-- scenario, printed sums included: each sum stands beside the sum of its
-- parts and, where the two differ beyond rounding, the registered
-- discrepancy that explains it.
with

cells as (
    select * from {{ ref('int_rapportrader_cells_mapped') }}
),

rapportrader as (
    select * from {{ ref('stg_reference__rapportrader') }}
),

discrepancies as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
),

signed as (
    select
        cell_id,
        rad_id,
        rapport,
        rad_typ,
        summeras_i_rad_id,
        ar,
        scenario,
        source_table,
        row_label,
        column_label,
        unit,
        value,
        case when unit = 'mnkr' then value * teckenomvandling end as belopp_mnkr
    from cells
),

sums_of_parts as (
    select
        summeras_i_rad_id as rad_id,
        ar,
        scenario,
        sum(belopp_mnkr) as summa_av_delar_mnkr,
        count(*) as antal_delar
    from signed
    where summeras_i_rad_id is not null
    group by summeras_i_rad_id, ar, scenario
),

final as (
    select
        signed.rad_id || ':' || cast(signed.ar as {{ dbt.type_string() }}) || ':' || signed.scenario
            as rapportrad_id,
        signed.rapport,
        rapportrader.rapport_namn,
        signed.rad_id,
        rapportrader.row_label as rad_namn,
        rapportrader.row_order as rad_ordning,
        signed.rad_typ,
        signed.ar,
        signed.scenario,
        cast(signed.belopp_mnkr as {{ exact_decimal_type() }}) as belopp_mnkr,
        cast(case when signed.unit = 'procent' then signed.value end as {{ exact_decimal_type() }})
            as nyckeltal_procent,
        cast(case when signed.unit = 'kr' then signed.value end as {{ exact_decimal_type() }})
            as nyckeltal_kr,
        cast(sums_of_parts.summa_av_delar_mnkr as {{ exact_decimal_type() }})
            as summa_av_delar_mnkr,
        sums_of_parts.antal_delar,
        cast(signed.belopp_mnkr - sums_of_parts.summa_av_delar_mnkr as {{ exact_decimal_type() }})
            as avvikelse_mnkr,
        discrepancies.discrepancy_id,
        signed.cell_id as source_cell_id
    from signed
    inner join rapportrader on signed.rad_id = rapportrader.rad_id
    left join sums_of_parts
        on
            signed.rad_id = sums_of_parts.rad_id
            and signed.ar = sums_of_parts.ar
            and signed.scenario = sums_of_parts.scenario
    left join discrepancies
        on
            signed.source_table = discrepancies.source_table
            and signed.row_label = discrepancies.row_label
            and signed.column_label = discrepancies.column_label
            and discrepancies.kind in ('rounding', 'arithmetic')
)

select * from final
