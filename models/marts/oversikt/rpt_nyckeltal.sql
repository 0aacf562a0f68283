-- The warehouse's key figures per year, for the report's tiles and for a BI
-- front page: the abonnemang as the sum of their parts beside the printed
-- SUMMA, total regionbidrag, the strategic investments of the budget and plan
-- years, the balanskrav result; each with the year before and the change.
-- Every figure is a sum of a fact (the version sums use) or a printed cell.
with

abonnemang as (
    select
        ar,
        edition_id,
        belopp_tkr
    from {{ ref('fct_abonnemang') }}
    where is_vald_version
),

regionbidrag as (
    select
        ar,
        edition_id,
        belopp_mnkr
    from {{ ref('fct_regionbidrag') }}
    where is_vald_version
),

investeringsmatt as (
    select
        matt,
        ingar_i_plan
    from {{ ref('stg_reference__investeringsmatt') }}
),

investering as (
    -- The budget and plan years (the measures of the plan,
    -- ref__investeringsmatt).
    select investeringar.*
    from {{ ref('fct_investering') }} as investeringar
    inner join investeringsmatt on investeringar.matt = investeringsmatt.matt
    where investeringar.is_vald_version and investeringsmatt.ingar_i_plan
),

balanskrav as (
    select
        ar,
        edition_id,
        balanskravsresultat_mnkr
    from {{ ref('rpt_balanskrav') }}
),

totals_checked as (
    select
        total_cell_id,
        discrepancy_id
    from {{ ref('int_printed_totals_checked') }}
),

printed_abonnemang as (
    -- The printed grand total: a total row in a total column.
    select
        cells.ar,
        cells.printed_value,
        cells.value,
        cells.cell_id,
        min(totals_checked.discrepancy_id) as discrepancy_id
    from {{ ref('int_printed_cells_keyed') }} as cells
    left join totals_checked on cells.cell_id = totals_checked.total_cell_id
    where
        cells.table_kind = 'abonnemang'
        and cells.is_total_row
        and cells.is_total_column
        and cells.edition_id in (select abonnemang.edition_id from abonnemang)
    group by cells.ar, cells.printed_value, cells.value, cells.cell_id
),

figures as (
    select
        'abonnemang_summa_av_delarna' as nyckeltal,
        'Abonnemang, summa av delarna' as namn,
        ar,
        max(edition_id) as edition_id,
        'tkr' as unit,
        sum(belopp_tkr) as varde,
        cast(null as {{ dbt.type_string() }}) as tryckt_varde,
        cast(null as {{ dbt.type_string() }}) as discrepancy_id
    from abonnemang
    group by ar
    union all
    select
        'abonnemang_tryckt_summa' as nyckeltal,
        'Abonnemang, tryckt SUMMA' as namn,
        printed_abonnemang.ar,
        null as edition_id,
        'tkr' as unit,
        printed_abonnemang.value as varde,
        printed_abonnemang.printed_value as tryckt_varde,
        printed_abonnemang.discrepancy_id
    from printed_abonnemang
    union all
    select
        'regionbidrag_totalt' as nyckeltal,
        'Regionbidrag till nämnder och styrelser, totalt' as namn,
        ar,
        max(edition_id) as edition_id,
        'mnkr' as unit,
        sum(belopp_mnkr) as varde,
        null as tryckt_varde,
        null as discrepancy_id
    from regionbidrag
    group by ar
    union all
    select
        'strategiska_investeringar' as nyckeltal,
        'Strategiska investeringar, budget eller plan' as namn,
        ar,
        max(edition_id) as edition_id,
        'mnkr' as unit,
        sum(belopp_mnkr) as varde,
        null as tryckt_varde,
        null as discrepancy_id
    from investering
    group by ar
    union all
    select
        'balanskravsresultat' as nyckeltal,
        'Balanskravsresultat' as namn,
        ar,
        edition_id,
        'mnkr' as unit,
        balanskravsresultat_mnkr as varde,
        null as tryckt_varde,
        null as discrepancy_id
    from balanskrav
),

with_previous as (
    select
        figures.*,
        lag(figures.varde) over (partition by figures.nyckeltal order by figures.ar)
            as foregaende_ar_varde,
        lag(figures.ar) over (partition by figures.nyckeltal order by figures.ar) as foregaende_ar
    from figures
),

final as (
    select
        nyckeltal || ':' || cast(ar as {{ dbt.type_string() }}) as nyckeltal_id,
        nyckeltal,
        namn,
        ar,
        edition_id,
        unit,
        cast(varde as {{ exact_decimal_type() }}) as varde,
        tryckt_varde,
        cast(
            case
                when foregaende_ar = ar - 1 then foregaende_ar_varde
            end as {{ exact_decimal_type() }}
        )
            as foregaende_ar_varde,
        cast(
            case
                when foregaende_ar = ar - 1 then varde - foregaende_ar_varde
            end as {{ exact_decimal_type() }}
        )
            as forandring,
        cast(case
            when foregaende_ar = ar - 1 and foregaende_ar_varde != 0
                then round((varde / foregaende_ar_varde - 1) * 100, 1)
        end as {{ exact_decimal_type() }}) as forandring_procent,
        discrepancy_id
    from with_previous
)

select * from final
