-- Årets resultat is one figure per year and scenario, whichever statement
-- prints it: resultatbudget, balanskravsberäkning, kassaflödesbudget and
-- balansbudget (2023 is budget in some and prognos in another: the scenario
-- keeps them apart; the balansbudget's misprinted "2024 Plan" is 2025).
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
),

arets_resultat as (
    select
        source_table,
        ar,
        scenario,
        value
    from periods
    where
        (source_table = 'rs_budget_2024__bilaga_1_resultatbudget' and row_label = 'ÅRETS RESULTAT')
        or (
            source_table = 'rs_budget_2024__bilaga_1_balanskravsberakning'
            and row_label = 'Årets resultat enligt resultaträkningen'
        )
        or (
            source_table = 'rs_budget_2024__bilaga_2_kassaflodesbudget'
            and row_label = 'Årets resultat'
        )
        or (
            source_table = 'rs_budget_2024__bilaga_3_balansbudget'
            and row_label = '– därav årets resultat'
        )
),

compared as (
    select
        ar,
        scenario,
        count(*) as statements,
        min(value) as lowest,
        max(value) as highest
    from arets_resultat
    group by ar, scenario
)

select * from compared
where lowest != highest or (ar between 2024 and 2026 and statements != 4)
