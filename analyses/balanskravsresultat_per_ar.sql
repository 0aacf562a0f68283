-- The balanskrav result 2022–2026 and why: årets resultat, the adjustment for
-- the blandmodell, the result, and whether a deficit must be restored
-- (bilaga 1, mnkr).
with

balanskrav as (
    select
        ar,
        scenario_id,
        arets_resultat_mnkr,
        justering_blandmodell_mnkr,
        balanskravsresultat_mnkr,
        synnerliga_skal_mnkr,
        forklaring
    from {{ ref('rpt_balanskrav') }}
),

final as (
    select * from balanskrav
)

select * from final
order by ar
