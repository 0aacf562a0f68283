with

pivot_kolumner as (
    select * from {{ ref('ref__pivot_kolumner') }}
),

final as (
    select
        table_kind,
        axis,
        mapped_key,
        falt,
        kolumn
    from pivot_kolumner
)

select * from final
