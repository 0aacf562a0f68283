-- The rows of SRVN's project accounts: projects with their printed number,
-- and the nämnd's own accumulated result of the mandate period, which the
-- table books as a row of its own, named as the latest edition prints them.
with

projekt_cells as (
    select
        srvn_projekt_id,
        projekt_nr,
        projekt_namn,
        is_projekt,
        ingar_i_delsumma,
        row_order,
        edition_id
    from {{ ref('int_srvn_projektkonton_cells') }}
),

editions as (
    select
        edition_id,
        edition_year
    from {{ ref('dim_edition') }}
),

ranked as (
    select distinct
        projekt_cells.srvn_projekt_id,
        projekt_cells.projekt_nr,
        projekt_cells.projekt_namn,
        projekt_cells.is_projekt,
        projekt_cells.ingar_i_delsumma,
        projekt_cells.row_order,
        editions.edition_year,
        dense_rank() over (
            partition by projekt_cells.srvn_projekt_id
            order by editions.edition_year desc
        ) as label_rank
    from projekt_cells
    inner join editions on projekt_cells.edition_id = editions.edition_id
),

final as (
    select distinct
        srvn_projekt_id,
        projekt_nr,
        projekt_namn,
        is_projekt,
        ingar_i_delsumma,
        cast(row_order as integer) as sort_order
    from ranked
    where label_rank = 1
)

select * from final
