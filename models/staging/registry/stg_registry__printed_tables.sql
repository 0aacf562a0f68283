-- The declared printed tables: kind and shape as printed. The total rows and
-- columns are lists of positions separated by spaces.
with

printed_tables as (
    select * from {{ ref('registry__printed_tables') }}
),

table_kinds as (
    select * from {{ ref('registry__table_kinds') }}
),

final as (
    select
        printed_tables.source_table,
        printed_tables.table_kind,
        table_kinds.series_id as table_kind_series_id,
        table_kinds.namn as table_kind_namn,
        table_kinds.figur_mall,
        table_kinds.fotnoter_till,
        printed_tables.antal_rader,
        printed_tables.antal_kolumner,
        coalesce(trim(printed_tables.summarader), '') as summarader,
        coalesce(trim(printed_tables.summakolumner), '') as summakolumner
    from printed_tables
    left join table_kinds on printed_tables.table_kind = table_kinds.table_kind
)

select * from final
