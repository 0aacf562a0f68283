-- Every printed cell with the year and scenario its column stands for,
-- read from the printed column label ("2024 Budget", "2023 Prognos", "2025",
-- and the Södra sjukvårdsregionen and audit tables' "Budget 2023",
-- "Utfall 2023", "Resultat 2023"), corrected where the document prints a
-- wrong header.
{% set year_label = '^[0-9]{4}( [A-Za-zÅÄÖåäö]+)?$' %}
{% set year_scenario_label = '^[0-9]{4} [A-Za-zÅÄÖåäö]+$' %}
{% set scenario_year_label = '^(Budget|Utfall|Resultat) [0-9]{4}$' %}

with

printed_cells as (
    select * from {{ ref('int_printed_cells_unioned') }}
),

corrections as (
    select * from {{ ref('stg_reference__column_period_corrections') }}
),

parsed as (
    select
        printed_cells.cell_id,
        printed_cells.document_file,
        printed_cells.source_table,
        printed_cells.row_order,
        printed_cells.column_order,
        printed_cells.section,
        printed_cells.row_label,
        printed_cells.footnote,
        printed_cells.column_label,
        printed_cells.printed_value,
        printed_cells.value,
        printed_cells.unit,
        printed_cells.printed_precision,
        printed_cells.is_total_row,
        printed_cells.is_total_column,
        printed_cells.is_printed_total,
        printed_cells.is_empty,
        printed_cells.cell_location,
        case
            when
                {{ regexp_full_match('printed_cells.column_label', year_label) }}
                then cast(substr(printed_cells.column_label, 1, 4) as integer)
            when {{ regexp_full_match('printed_cells.column_label', scenario_year_label) }}
                then cast(
                    substr(printed_cells.column_label, length(printed_cells.column_label) - 3, 4)
                    as integer
                )
        end as printed_ar,
        case
            when {{ regexp_full_match('printed_cells.column_label', year_scenario_label) }}
                then lower(substr(printed_cells.column_label, 6))
            when {{ regexp_full_match('printed_cells.column_label', scenario_year_label) }}
                then
                    case
                        when printed_cells.column_label like 'Budget %' then 'budget'
                        -- An outcome (utfall, a year's result) is the bokslut scenario.
                        else 'bokslut'
                    end
        end as printed_scenario
    from printed_cells
),

final as (
    select
        parsed.cell_id,
        parsed.document_file,
        parsed.source_table,
        parsed.row_order,
        parsed.column_order,
        parsed.section,
        parsed.row_label,
        parsed.footnote,
        parsed.column_label,
        parsed.printed_value,
        parsed.value,
        parsed.unit,
        parsed.printed_precision,
        parsed.is_total_row,
        parsed.is_total_column,
        parsed.is_printed_total,
        parsed.is_empty,
        parsed.cell_location,
        coalesce(corrections.ar, parsed.printed_ar) as ar,
        coalesce(corrections.scenario, parsed.printed_scenario) as scenario,
        corrections.discrepancy_id as period_correction_discrepancy_id
    from parsed
    left join corrections
        on
            parsed.source_table = corrections.source_table
            and parsed.column_label = corrections.column_label
)

select * from final
