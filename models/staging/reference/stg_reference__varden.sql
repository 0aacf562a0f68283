with

varden as (
    select * from {{ ref('ref__varden') }}
),

final as (
    select
        table_kind,
        column_key,
        printed_value,
        mapped_key
    from varden
)

select * from final
