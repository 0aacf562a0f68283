-- Printed growth rates agree with the levels they are computed from, at the
-- printed precision: population growth (övriga beräkningsförutsättningar),
-- intäktsökning (intäktsutveckling), soliditet (balansbudget), and the text's
-- "ökningstakten för skatteintäkterna 2,6 procent, 5,1 procent respektive
-- 4,5 procent". (Nettokostnadsutvecklingen 2023–2024 does not agree: it is
-- registered as D0047 and D0048.)
with

periods as (
    select * from {{ ref('int_printed_cells_periods') }}
),

levels as (
    select
        source_table,
        row_label,
        ar,
        value
    from periods
),

growth as (
    select
        'invånare' as measure,
        this_year.ar,
        rate.value as printed_rate,
        round((this_year.value / previous_year.value - 1) * 100, 2) as computed_rate
    from levels as this_year
    inner join levels as previous_year
        on
            this_year.source_table = previous_year.source_table
            and this_year.row_label = previous_year.row_label
            and this_year.ar = previous_year.ar + 1
    inner join levels as rate
        on
            this_year.source_table = rate.source_table
            and rate.row_label = 'Ökning (procent)'
            and this_year.ar = rate.ar
    where
        this_year.source_table = 'rs_budget_2024__ovriga_berakningsforutsattningar'
        and this_year.row_label = 'Invånare per den 1 november'
    union all
    select
        'intäktsökning' as measure,
        this_year.ar,
        rate.value as printed_rate,
        round((this_year.value / previous_year.value - 1) * 100, 1) as computed_rate
    from levels as this_year
    inner join levels as previous_year
        on
            this_year.source_table = previous_year.source_table
            and this_year.row_label = previous_year.row_label
            and this_year.ar = previous_year.ar + 1
    inner join levels as rate
        on
            this_year.source_table = rate.source_table
            and rate.row_label = 'Intäktsökning jämfört med föregående år'
            and this_year.ar = rate.ar
    where
        this_year.source_table = 'rs_budget_2024__intaktsutveckling'
        and this_year.row_label
        = 'SUMMA SKATT, UTJÄMNING OCH GENERELLA STATLIGA BIDRAG (miljoner kronor)'
    union all
    select
        'soliditet' as measure,
        eget_kapital.ar,
        soliditet.value as printed_rate,
        round(eget_kapital.value / tillgangar.value * 100, 0) as computed_rate
    from levels as eget_kapital
    inner join levels as tillgangar
        on
            eget_kapital.source_table = tillgangar.source_table
            and tillgangar.row_label = 'SUMMA TILLGÅNGAR'
            and eget_kapital.ar = tillgangar.ar
    inner join levels as soliditet
        on
            eget_kapital.source_table = soliditet.source_table
            and soliditet.row_label = 'Soliditet vid årets slut (procent)'
            and eget_kapital.ar = soliditet.ar
    where
        eget_kapital.source_table = 'rs_budget_2024__bilaga_3_balansbudget'
        and eget_kapital.row_label = 'Eget kapital'
    union all
    select
        'skatteintäkter (texten)' as measure,
        this_year.ar,
        case this_year.ar
            when 2024 then 2.6
            when 2025 then 5.1
            when 2026 then 4.5
        end as printed_rate,
        round((this_year.value / previous_year.value - 1) * 100, 1) as computed_rate
    from levels as this_year
    inner join levels as previous_year
        on
            this_year.source_table = previous_year.source_table
            and this_year.row_label = previous_year.row_label
            and this_year.ar = previous_year.ar + 1
    where
        this_year.source_table = 'rs_budget_2024__intaktsutveckling'
        and this_year.row_label = 'Skatteintäkter (miljoner kronor)'
        and this_year.ar between 2024 and 2026
)

select * from growth
where printed_rate != computed_rate
union all
select
    'missing comparisons' as measure,
    null as ar,
    count(*) as printed_rate,
    15 as computed_rate
from growth
having count(*) != 15
