-- Population and the adjusted price index (justerad LPIK regionbidrag) per
-- year, as printed in the latest edition that prints the year: population
-- from övriga beräkningsförutsättningar (under its printed year headers, see
-- D0064), the index from kostnadsutveckling.
with

cells as (
    {{ printed_cells() }}
),

keyed as (
    select * from cells
    where is_vald_version
),

invanare as (
    select
        ar,
        value as invanare,
        cell_id as invanare_cell_id
    from keyed
    where table_kind = 'berakningsforutsattningar' and row_key = 'invanare'
),

lpik as (
    select
        ar,
        value as justerad_lpik_procent,
        cell_id as lpik_cell_id
    from keyed
    where
        table_kind = 'kostnadsutveckling'
        and row_key = 'kostnadsutveckling:justerad_lpik_regionbidrag'
),

final as (
    select
        coalesce(invanare.ar, lpik.ar) as ar,
        invanare.invanare,
        lpik.justerad_lpik_procent,
        invanare.invanare_cell_id,
        lpik.lpik_cell_id
    from invanare
    full outer join lpik on invanare.ar = lpik.ar
)

select * from final
