-- The national high-specialised care areas (NHV) of 2023 by start date: how
-- many per start date, how many Region Skåne got a permit for, and which
-- nämnd holds the main responsibility (verksamhetsberättelsen 2023).
with

nhv as (
    select
        huvudansvar_namnd_id,
        has_tillstand,
        start_date
    from {{ ref('rpt_nhv') }}
    where ar = 2023
),

final as (
    select
        start_date,
        count(*) as antal_vardomraden,
        sum(case when has_tillstand then 1 else 0 end) as antal_med_tillstand,
        sum(case when huvudansvar_namnd_id = 'sjukhusstyrelse_sus' then 1 else 0 end) as antal_sus,
        sum(case when huvudansvar_namnd_id = 'phh' then 1 else 0 end) as antal_phh
    from nhv
    group by start_date
)

select * from final
order by start_date
