-- Population and the adjusted price index (justerad LPIK regionbidrag) per
-- year, as printed: population from ÖVRIGA BERÄKNINGSFÖRUTSÄTTNINGAR (under
-- its printed year headers, see D0064), the index from KOSTNADSUTVECKLING.
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
),

invanare as (
    select
        ar,
        value as invanare,
        cell_id as invanare_cell_id
    from periods
    where
        source_table = 'rs_budget_2024__ovriga_berakningsforutsattningar'
        and row_label = 'Invånare per den 1 november'
),

lpik as (
    select
        ar,
        value as justerad_lpik_procent,
        cell_id as lpik_cell_id
    from periods
    where
        source_table = 'rs_budget_2024__kostnadsutveckling'
        and row_label = 'Justerad LPIK regionbidrag (procent)'
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
