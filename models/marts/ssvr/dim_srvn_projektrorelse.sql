-- The columns of SRVN's project accounts: opening balance, the movements of
-- the year and closing balance, with the sign each has in the closing
-- balance as the table's declared arithmetic states it (UB = IB + solidarisk
-- finansiering + övriga intäkter − kostnader; the table prints kostnader as
-- positive numbers).
with

projekt_cells as (
    select
        rorelse_id,
        column_label,
        column_order
    from {{ ref('int_srvn_projektkonton_cells') }}
),

ub_rule as (
    select
        part_key,
        part_sign,
        total_key
    from {{ ref('stg_registry__arithmetic') }}
    where table_kind = 'projektkonton' and direction = 'kolumn'
),

balanser as (
    -- IB and UB (ref__nyckelroller).
    select mapped_key from {{ ref('stg_reference__nyckelroller') }}
    where
        table_kind = 'projektkonton'
        and axis = 'kolumn'
        and roll in ('ingaende_balans', 'utgaende_balans')
),

rorelser as (
    select
        rorelse_id,
        max(column_label) as column_label,
        min(column_order) as column_order
    from projekt_cells
    group by rorelse_id
),

final as (
    select
        rorelser.rorelse_id,
        rorelser.column_label as rorelse_namn,
        cast(coalesce(ub_rule.part_sign, 0) as integer) as tecken_mot_ub,
        balanser.mapped_key is not null as is_balans,
        cast(rorelser.column_order as integer) as sort_order
    from rorelser
    left join ub_rule on rorelser.rorelse_id = ub_rule.part_key
    left join balanser on rorelser.rorelse_id = balanser.mapped_key
)

select * from final
