-- Each table kind's arithmetic, one row per part of each rule.
with

arithmetic as (
    select * from {{ ref('registry__arithmetic') }}
),

final as (
    select
        table_kind,
        rule_id,
        roll,
        direction,
        nullif(trim(total_section), '') as total_section,
        total_key,
        nullif(trim(part_section), '') as part_section,
        part_key,
        part_sign,
        nullif(trim(unit), '') as unit
    from arithmetic
)

select * from final
