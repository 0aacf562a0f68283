-- The bridge fact reproduces bilaga 4 B's printed "SUMMA FÖRÄNDRING" and
-- "REGIONBIDRAG 2024" in every column: the sum of the column's change items
-- equals the printed sum within rounding (0,05 mnkr per item), unless the
-- contradiction is registered. It also fails if a column is missing.
with

forandring as (
    select * from {{ ref('fct_regionbidrag_forandring') }}
),

printed as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_4b_forandring_regionbidrag') }}
),

discrepancies as (
    select * from {{ ref('stg_registry__source_discrepancies') }}
),

from_fact as (
    select
        kolumn_forkortning,
        sum(belopp_mnkr) as belopp_mnkr,
        count(*) as antal_poster
    from forandring
    group by kolumn_forkortning
),

printed_sums as (
    select
        column_label,
        max(case when row_label = 'SUMMA FÖRÄNDRING' then value end) as summa_forandring_mnkr,
        max(case when row_label = 'REGIONBIDRAG 2024' then value end)
        - max(case when row_label = 'Regionbidrag 2023' then value end)
            as regionbidrag_forandring_mnkr
    from printed
    group by column_label
),

compared as (
    select
        printed_sums.column_label,
        printed_sums.summa_forandring_mnkr,
        printed_sums.regionbidrag_forandring_mnkr,
        from_fact.belopp_mnkr as from_fact_mnkr,
        from_fact.antal_poster
    from printed_sums
    left join from_fact on printed_sums.column_label = from_fact.kolumn_forkortning
)

select *
from compared
where
    from_fact_mnkr is null
    or (
        abs(summa_forandring_mnkr - from_fact_mnkr) > 0.05 * antal_poster
        and column_label not in (
            select discrepancies.column_label
            from discrepancies
            where
                discrepancies.source_table = 'rs_budget_2024__bilaga_4b_forandring_regionbidrag'
                and discrepancies.row_label in ('SUMMA FÖRÄNDRING', 'Summa')
        )
    )
    or abs(regionbidrag_forandring_mnkr - from_fact_mnkr) > 0.05 * (antal_poster + 2)
