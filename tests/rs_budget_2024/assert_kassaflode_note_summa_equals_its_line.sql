-- The note's Summa equals the kassaflöde line it specifies ("Justering för ej
-- likviditetspåverkande poster (not)"), year by year, unless that very
-- contradiction is registered (2023: 7 343 against 7 380, D0043).
with

note_summa as (
    select
        column_label,
        printed_value,
        value
    from {{ ref('stg_rs_budget_2024__bilaga_2_kassaflode_not') }}
    where row_label = 'Summa'
),

specified_line as (
    select
        column_label,
        printed_value,
        value
    from {{ ref('stg_rs_budget_2024__bilaga_2_kassaflodesbudget') }}
    where row_label = 'Justering för ej likviditetspåverkande poster (not)'
),

registered as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
    where source_table = 'rs_budget_2024__bilaga_2_kassaflode_not' and row_label = 'Summa'
),

compared as (
    select
        note_summa.column_label,
        note_summa.printed_value as printed_note_summa,
        specified_line.printed_value as printed_line,
        note_summa.value - specified_line.value as difference
    from note_summa
    inner join specified_line on note_summa.column_label = specified_line.column_label
)

select compared.*
from compared
where
    compared.difference != 0
    and not exists (
        select 1
        from registered
        where
            registered.column_label = compared.column_label
            and registered.printed_value = compared.printed_note_summa
            and registered.computed_value = compared.printed_line
    )
union all
select
    'all years' as column_label,
    null as printed_note_summa,
    null as printed_line,
    count(*) as difference
from compared
having count(*) != 4
