-- Every NHV assignment starts after the date it was granted (tillstånd).

select
    edition_id,
    nhv_vardomrade_id,
    vardomrade,
    tillstand_date,
    start_date
from {{ ref('int_nhv_tilldelning') }}
where start_date <= tillstand_date
