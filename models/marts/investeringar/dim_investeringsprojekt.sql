-- The strategic investment projects of bilaga 5 B (a project with both
-- building and equipment investments is two rows), named as the latest
-- edition prints them, with their footnote and its text.
with

cells as (
    select
        investeringsprojekt_id,
        projekt_namn,
        investeringsslag,
        sektor_id,
        sektor,
        footnote,
        edition_id,
        cell_id
    from {{ ref('int_strategiska_investeringar_cells') }}
),

editions as (
    select
        edition_id,
        edition_year
    from {{ ref('dim_edition') }}
),

fotnoter as (
    select
        edition_id,
        row_key as fotnot,
        printed_value as fotnot_text
    from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'strategiska_investeringar_fotnoter'
),

ranked as (
    select
        cells.investeringsprojekt_id,
        cells.projekt_namn,
        cells.investeringsslag,
        cells.sektor_id,
        cells.sektor,
        cells.footnote,
        cells.edition_id,
        row_number() over (
            partition by cells.investeringsprojekt_id
            order by editions.edition_year desc, cells.cell_id asc
        ) as label_rank
    from cells
    inner join editions on cells.edition_id = editions.edition_id
),

final as (
    select
        ranked.investeringsprojekt_id,
        ranked.projekt_namn,
        ranked.investeringsslag,
        ranked.sektor_id,
        ranked.sektor,
        ranked.footnote as fotnot,
        fotnoter.fotnot_text
    from ranked
    left join fotnoter
        on
            ranked.edition_id = fotnoter.edition_id
            and ranked.footnote = fotnoter.fotnot
    where ranked.label_rank = 1
)

select * from final
