-- The text's claims about bilaga 4 B: the eight hospital boards' shares
-- "Sus 60,6 procent, Landskrona 1,5, Helsingborg 14,1, Ängelholm 2,8,
-- Kristianstad 10,4, Hässleholm 2,9, Ystad 4,9, Trelleborg 2,7"; they add up
-- to 100 within rounding; kollektivtrafiknämnden's generell uppräkning 86,6,
-- riktad förstärkning 175,0, total +318,6; kulturnämnden's uppräkning 8,1 and
-- 2,4 from regionstyrelsen; regionala utvecklingsnämnden's uppräkning 7,3 and
-- 8,0 tillförs; personalnämnden's uppräkning 4,5; hälso- och sjukvården's
-- riktade satsningar: mobila team 200,0, robust försörjning läkemedel 30,8,
-- assisterad befruktning 6,5, Hälsoval 250,0, MBHV-psykologer 6,2.
with

cells as (
    select * from {{ ref('stg_rs_budget_2024__bilaga_4b_forandring_regionbidrag') }}
),

claims as (
    select
        claimed_values.claim,
        claimed_values.column_label,
        claimed_values.row_label,
        claimed_values.section_like,
        claimed_values.claimed
    from (
        values
        ('andel Sus', 'SUS', 'Omfördelningseffekt ny ersättningsmodell', '%', 60.6),
        ('andel Landskrona', 'LKR', 'Omfördelningseffekt ny ersättningsmodell', '%', 1.5),
        ('andel Helsingborg', 'HBG', 'Omfördelningseffekt ny ersättningsmodell', '%', 14.1),
        ('andel Ängelholm', 'ÄHM', 'Omfördelningseffekt ny ersättningsmodell', '%', 2.8),
        ('andel Kristianstad', 'CSK', 'Omfördelningseffekt ny ersättningsmodell', '%', 10.4),
        ('andel Hässleholm', 'HHM', 'Omfördelningseffekt ny ersättningsmodell', '%', 2.9),
        ('andel Ystad', 'YSD', 'Omfördelningseffekt ny ersättningsmodell', '%', 4.9),
        ('andel Trelleborg', 'TBG', 'Omfördelningseffekt ny ersättningsmodell', '%', 2.7),
        ('KTN uppräkning', 'KTN', 'Uppräkning 2024', '%', 86.6),
        ('KTN riktad', 'KTN', 'Förstärkning trafiken', '%', 175.0),
        ('KTN total', 'KTN', 'SUMMA FÖRÄNDRING', '%', 318.6),
        ('KN uppräkning', 'KN', 'Uppräkning 2024', '%', 8.1),
        ('KN demokratiuppdrag', 'KN', 'Demokratiuppdrag', '%', 2.4),
        ('RUN uppräkning', 'RUN', 'Uppräkning 2024', '%', 7.3),
        ('RUN tillförs', 'RUN', 'Summa', 'Tekniska%', 8.0),
        ('PeN uppräkning', 'PeN', 'Uppräkning 2024', '%', 4.5),
        ('mobila team', 'PV offentlig', 'Mobila team', '%', 200.0),
        ('robust försörjning läkemedel', 'HSN', 'Summa', 'Riktade%', 30.8),
        ('assisterad befruktning', 'SUS', 'Assisterad befruktning', '%', 6.5),
        ('förstärkning Hälsoval', 'PV hälsoval', 'Förstärkning Hälsoval', '%', 250.0),
        ('MBHV-psykologer', 'FINANS', 'MBHV-psykologer', '%', -6.2)
    ) as claimed_values (claim, column_label, row_label, section_like, claimed)
),

checked as (
    select
        claims.claim,
        claims.claimed,
        max(cells.value) as actual
    from claims
    left join cells
        on
            claims.column_label = cells.column_label
            and claims.row_label = cells.row_label
            and coalesce(cells.section, '') like claims.section_like
            and (cells.unit = 'procent') = (claims.claim like 'andel %')
    group by claims.claim, claims.claimed
),

shares as (
    select sum(value) as total_share
    from cells
    where row_label = 'Omfördelningseffekt ny ersättningsmodell' and unit = 'procent'
)

select
    claim,
    claimed,
    actual
from checked
where actual is null or actual != claimed
union all
select
    'andelarna summerar till 100' as claim,
    100 as claimed,
    total_share as actual
from shares
where abs(total_share - 100) > 8 * 0.05
