-- The strategic investments of bilaga 5 B, one row per printed project cell
-- (no printed totals), with the project's kind and sector from its section
-- and the measure its column stands for.
with

cells as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_5b_strategiska_investeringar') }}
),

project_cells as (
    select
        cell_id,
        row_label as projekt_namn,
        footnote,
        section,
        column_label,
        value as belopp_mnkr,
        case
            when section like 'STRATEGISKA BYGGINVESTERINGAR%' then 'bygg'
            when section like 'STRATEGISKA UTRUSTNINGSINVESTERINGAR%' then 'utrustning'
        end as investeringsslag,
        substr(section, {{ dbt.position("' > '", 'section') }} + 3) as sektor
    from cells
    where not is_printed_total and not is_empty
),

measured as (
    select
        investeringsslag || ':' || projekt_namn as investeringsprojekt_id,
        projekt_namn,
        investeringsslag,
        sektor,
        footnote,
        case column_label
            when 'Utfall t o m 2023' then 'utfall_tom'
            when '2024 Budget' then 'budget'
            when '2025 Plan' then 'plan'
            when '2026 Plan' then 'plan'
            when '2023-10 Prognos' then 'prognos'
            when 'Totalt planutrymme' then 'planutrymme'
        end as matt,
        case column_label
            when 'Utfall t o m 2023' then 2023
            when '2024 Budget' then 2024
            when '2025 Plan' then 2025
            when '2026 Plan' then 2026
        end as ar,
        belopp_mnkr,
        cell_id
    from project_cells
)

select * from measured
