-- The label map: every printed row, column and section label mapped to a key
-- per table kind ('*' = every kind; a source_table = that table only).
with

etiketter as (
    select * from {{ ref('ref__etiketter') }}
),

final as (
    select
        table_kind,
        nullif(trim(source_table), '') as source_table,
        axis,
        printed_label,
        mapped_key,
        nullif(trim(figur), '') as figur,
        ar,
        nullif(trim(scenario), '') as scenario_id,
        teckenomvandling,
        nullif(trim(discrepancy_id), '') as discrepancy_id,
        -- The most specific mapping wins: one table, then one kind, then all.
        case
            when nullif(trim(source_table), '') is not null then 1
            when table_kind != '*' then 2
            else 3
        end as specificity
    from etiketter
)

select * from final
