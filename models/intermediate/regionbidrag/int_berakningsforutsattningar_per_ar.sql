-- Population and the adjusted price index (justerad LPIK regionbidrag) per
-- year, as printed in the latest edition that prints the year: population
-- from övriga beräkningsförutsättningar (under its printed year headers, see
-- D0064), the index from kostnadsutveckling.
with

-- Each year's versions that sums use, the rows side by side (the pivot map,
-- ref__pivot_kolumner).
invanare_per_ar as (
    {{ pivot_cells('berakningsforutsattningar', ['ar'], condition='cells.is_vald_version') }}
),

lpik_per_ar as (
    {{ pivot_cells('kostnadsutveckling', ['ar'], condition='cells.is_vald_version') }}
),

invanare as (
    select * from invanare_per_ar
    where invanare_cell_id is not null
),

lpik as (
    select * from lpik_per_ar
    where lpik_cell_id is not null
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
