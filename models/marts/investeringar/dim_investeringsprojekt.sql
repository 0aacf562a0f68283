-- The strategic investment projects of bilaga 5 B (a project with both
-- building and equipment investments is two rows), with their footnote.
with

cells as (
    select * from {{ ref('int_strategiska_investeringar_cells') }}
),

fotnoter as (
    select
        row_label as fotnot,
        printed_value as fotnot_text
    from {{ ref('stg_rs_budget_2024__bilaga_5b_fotnoter') }}
),

projects as (
    select distinct
        investeringsprojekt_id,
        projekt_namn,
        investeringsslag,
        sektor,
        footnote
    from cells
),

final as (
    select
        projects.investeringsprojekt_id,
        projects.projekt_namn,
        projects.investeringsslag,
        projects.sektor,
        projects.footnote as fotnot,
        fotnoter.fotnot_text
    from projects
    left join fotnoter on projects.footnote = fotnoter.fotnot
)

select * from final
