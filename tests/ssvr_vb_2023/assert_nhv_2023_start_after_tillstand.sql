-- Every NHV assignment starts after the date it was granted (tillstånd).
select
    nhv_vardomrade_nr,
    vardomrade,
    tillstand_date,
    start_date
from {{ ref('int_nhv_tilldelning_2023') }}
where start_date <= tillstand_date
