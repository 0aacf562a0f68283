-- SRVN's project accounts per project × movement × year × edition, kr, as
-- printed (kostnader positive; the sign is in dim_srvn_projektrorelse). The
-- printed Delsumma and Totalt rows are left out (they reconcile with the
-- parts), and so are empty cells.
with

projekt_cells as (
    select
        srvn_projekt_id,
        edition_id,
        rorelse_id,
        ar,
        belopp_kr,
        is_vald_version,
        cell_id
    from {{ ref('int_srvn_projektkonton_cells') }}
),

final as (
    select
        srvn_projekt_id || ':' || rorelse_id || ':' || cast(ar as {{ dbt.type_string() }})
        || ':' || edition_id as srvn_projektkonto_id,
        srvn_projekt_id,
        rorelse_id,
        ar,
        edition_id,
        belopp_kr,
        is_vald_version,
        cell_id as source_cell_id
    from projekt_cells
)

select * from final
