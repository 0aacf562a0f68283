-- The budget's financial statements as printed, one row per line × year ×
-- scenario × edition, printed sums included: each sum stands beside the sum
-- of its parts (its declared arithmetic, in the printed signs) and, where
-- the two differ, the registered discrepancy that explains it.
with

cells as (
    select
        cell_id,
        rad_id,
        rapport,
        rad_typ,
        edition_id,
        ar,
        scenario_id,
        unit,
        value,
        varde_konvention,
        teckenomvandling,
        is_empty,
        is_vald_version
    from {{ ref('int_rapportrader_cells_mapped') }}
),

rapportrader as (
    select
        rad_id,
        rapport_namn,
        rad_namn,
        sort_order
    from {{ ref('dim_rapportrad') }}
),

checked as (
    select
        total_cell_id,
        part_count,
        parts_sum,
        difference,
        discrepancy_id
    from {{ ref('int_printed_totals_checked') }}
    where roll = 'delsumma' and direction = 'rad'
),

final as (
    select
        cells.rad_id || ':' || cast(cells.ar as {{ dbt.type_string() }}) || ':' || cells.scenario_id
        || ':' || cells.edition_id as rapportrad_id,
        cells.rapport,
        rapportrader.rapport_namn,
        cells.rad_id,
        rapportrader.rad_namn,
        rapportrader.sort_order,
        cells.rad_typ,
        cells.ar,
        cells.scenario_id,
        cells.edition_id,
        cast(
            case
                when cells.unit = 'mnkr' then cells.varde_konvention
            end as {{ exact_decimal_type() }}
        )
            as belopp_mnkr,
        cast(case when cells.unit = 'procent' then cells.value end as {{ exact_decimal_type() }})
            as nyckeltal_procent,
        cast(case when cells.unit = 'kr' then cells.value end as {{ exact_decimal_type() }})
            as nyckeltal_kr,
        cast(checked.parts_sum * cells.teckenomvandling as {{ exact_decimal_type() }})
            as summa_av_delar_mnkr,
        cast(checked.part_count as integer) as antal_delar,
        cast(checked.difference * cells.teckenomvandling as {{ exact_decimal_type() }})
            as avvikelse_mnkr,
        checked.discrepancy_id,
        cells.is_vald_version,
        cells.cell_id as source_cell_id
    from cells
    inner join rapportrader on cells.rad_id = rapportrader.rad_id
    left join checked on cells.cell_id = checked.total_cell_id
    where not cells.is_empty
)

select * from final
