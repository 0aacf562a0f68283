with

column_placements as (
    select * from {{ ref('registry__column_placements') }}
),

final as (
    select
        source_table,
        row_label,
        printed_values,
        placement,
        reasoning
    from column_placements
)

select * from final
