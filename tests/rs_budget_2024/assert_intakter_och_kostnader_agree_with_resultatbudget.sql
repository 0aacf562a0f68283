-- Intäktsutvecklingens SUMMA equals resultatbudgetens "Skatt, utjämning och
-- bidrag", its Skatteintäkter the resultatbudget's, and kostnadsutvecklingens
-- Nettokostnader the resultatbudget's Verksamhetens nettokostnader (printed
-- as a cost there), for every year and scenario the tables share.
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
),

pairs as (
    select
        'SUMMA SKATT, UTJÄMNING OCH GENERELLA STATLIGA BIDRAG (miljoner kronor)' as text_row,
        'rs_budget_2024__intaktsutveckling' as text_table,
        'Skatt, utjämning och bidrag' as budget_row,
        1 as sign_in_budget
    union all
    select
        'Skatteintäkter (miljoner kronor)' as text_row,
        'rs_budget_2024__intaktsutveckling' as text_table,
        'Skatteintäkter' as budget_row,
        1 as sign_in_budget
    union all
    select
        'Nettokostnader (miljoner kronor)' as text_row,
        'rs_budget_2024__kostnadsutveckling' as text_table,
        'Verksamhetens nettokostnader' as budget_row,
        -1 as sign_in_budget
),

compared as (
    select
        pairs.text_row,
        text_cells.ar,
        text_cells.scenario,
        text_cells.value as text_value,
        budget_cells.value * pairs.sign_in_budget as budget_value
    from pairs
    inner join periods as text_cells
        on
            pairs.text_table = text_cells.source_table
            and pairs.text_row = text_cells.row_label
    inner join periods as budget_cells
        on
            budget_cells.source_table = 'rs_budget_2024__bilaga_1_resultatbudget'
            and pairs.budget_row = budget_cells.row_label
            and text_cells.ar = budget_cells.ar
            and text_cells.scenario = budget_cells.scenario
)

select * from compared
where text_value != budget_value
union all
-- 2024–2026 must all be compared (three pairs × three years)
select
    'missing comparisons' as text_row,
    null as ar,
    null as scenario,
    count(*) as text_value,
    9 as budget_value
from compared
having count(*) != 9
