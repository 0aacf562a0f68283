-- The rows of SRVN's project accounts 2023: four projects with their printed
-- number, and "Resultat nämnden 2023–2026", the nämnd's own accumulated
-- result of the mandate period, which the table books as a row of its own.
with

projekt_cells as (
    select * from {{ ref('int_srvn_projektkonton_cells') }}
),

final as (
    select distinct
        srvn_projekt_id,
        projekt_nr,
        projekt_namn,
        is_projekt,
        ingar_i_delsumma,
        cast(row_order as integer) as sort_order
    from projekt_cells
)

select * from final
