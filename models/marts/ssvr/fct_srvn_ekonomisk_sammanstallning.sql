-- Bilaga 2 of the decision paper on processledare (2020-01-30): SRVN's
-- economic calculation 2020–2022 per line × year, tkr, without the printed
-- balances (they reconcile with their parts). A line that carries a balance
-- forward from the year before (is_overford_balans: the declared arithmetic
-- says so) double counts when added across years, and the table's own chain
-- counts 2020's balance twice (discrepancies D0011, D0012). A "-" printed in
-- an empty cell (D0013) is not a row.
with

cells as (
    {{ printed_cells('ekonomisk_sammanstallning') }}
),

carried as (
    select distinct total_key as row_key
    from {{ ref('stg_registry__arithmetic') }}
    where table_kind = 'ekonomisk_sammanstallning' and direction = 'foregaende_ar'
),

first_balance as (
    select
        source_table,
        min(row_order) as row_order
    from cells
    where is_total_row
    group by source_table
),

final as (
    select
        cells.row_key || ':' || cast(cells.ar as {{ dbt.type_string() }}) || ':' || cells.edition_id
            as ekonomisk_sammanstallning_id,
        cells.row_key as rad_id,
        cells.row_label as rad,
        case
            when cells.row_order < first_balance.row_order then 'utan_statliga_ersattningar'
            else 'med_statliga_ersattningar'
        end as block,
        cells.ar,
        cells.edition_id,
        cells.value as belopp_tkr,
        cells.is_vald_version,
        carried.row_key is not null as is_overford_balans,
        cast(cells.row_order as integer) as sort_order,
        cells.cell_id as source_cell_id
    from cells
    inner join first_balance on cells.source_table = first_balance.source_table
    left join carried on cells.row_key = carried.row_key
    where not cells.is_total_row and cells.value is not null
)

select * from final
