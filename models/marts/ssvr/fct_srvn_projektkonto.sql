-- SRVN's project accounts 2023 per project × movement, kr, as printed
-- (kostnader positive; the sign is in dim_srvn_projektrorelse). The printed
-- Delsumma and Totalt rows are left out (a test reproduces them), and so are
-- empty cells.
with

projekt_cells as (
    select * from {{ ref('int_srvn_projektkonton_cells') }}
),

final as (
    select
        srvn_projekt_id || ':' || rorelse_id || ':' || cast(ar as varchar) as srvn_projektkonto_id,
        srvn_projekt_id,
        rorelse_id,
        ar,
        belopp_kr,
        cell_id as source_cell_id
    from projekt_cells
)

select * from final
