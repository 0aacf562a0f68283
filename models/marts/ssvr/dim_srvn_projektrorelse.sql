-- The columns of SRVN's project accounts: opening balance, the movements of
-- the year and closing balance, with the sign each has in UB = IB +
-- solidarisk finansiering + övriga intäkter − kostnader (the table prints
-- kostnader as positive numbers).
with

projekt_cells as (
    select * from {{ ref('int_srvn_projektkonton_cells') }}
),

rorelser as (
    select distinct
        rorelse_id,
        column_label,
        column_order
    from projekt_cells
),

final as (
    select
        rorelse_id,
        column_label as rorelse_namn,
        cast(case rorelse_id
            when 'kostnader' then -1
            when 'ub' then 0
            else 1
        end as integer) as tecken_mot_ub,
        rorelse_id in ('ib', 'ub') as is_balans,
        cast(column_order as integer) as sort_order
    from rorelser
)

select * from final
