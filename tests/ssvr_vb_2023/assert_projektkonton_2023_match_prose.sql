-- "Den ingående balansen exklusive Kliniska Studier Sverige - Forum Söder har
-- under året minskat från 37 625 tkr till 36 287 tkr dvs. med ca 1,3 Mkr.
-- ... prognos som beräknade utgående balans 2023 till 36 971 tkr vilket är en
-- avvikelse med 684 tkr från det faktiska resultatet för året."
with

delsumma as (
    select
        max(case when column_label = 'IB 2023' then value end) as ib_kr,
        max(case when column_label = 'UB 2023' then value end) as ub_kr
    from {{ ref('stg_ssvr_vb_2023__projektkonton_2023') }}
    where row_label = 'Delsumma exkl kliniska studier Forum Söder'
),

checked as (
    select
        ib_kr,
        ub_kr,
        round(ib_kr / 1000, 0) = 37625 as ib_matches,
        round(ub_kr / 1000, 0) = 36287 as ub_matches,
        round((ib_kr - ub_kr) / 1000000, 1) = 1.3 as minskning_matches,
        round(36971 - ub_kr / 1000, 0) = 684 as prognosavvikelse_matches
    from delsumma
)

select * from checked
where not (ib_matches and ub_matches and minskning_matches and prognosavvikelse_matches)
