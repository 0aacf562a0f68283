-- The national high-specialised care areas (NHV) of 2023 by start date: how
-- many per start date, how many Region Skåne got a permit for, and who is
-- responsible (verksamhetsberättelsen 2023).
with

nhv as (
    select * from {{ ref('rpt_nhv') }}
),

final as (
    select
        start_date,
        count(*) as antal_vardomraden,
        sum(case when has_tillstand then 1 else 0 end) as antal_med_tillstand,
        sum(case when huvudansvar = 'Sus' then 1 else 0 end) as antal_sus,
        sum(case when huvudansvar = 'PHH' then 1 else 0 end) as antal_phh
    from nhv
    group by start_date
)

select * from final
order by start_date
