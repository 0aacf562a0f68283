-- The label each key is printed with, per table kind and axis, in the latest
-- edition that prints it, and where it stands there (row or column order):
-- where a mart shows a printed name (a nämnd's label in bilaga 4 A, its
-- abbreviation in 4 B) or orders by the printed order, it comes from the
-- transcriptions, never from code.
with

labels as (
    select
        source_table,
        table_kind,
        axis,
        printed_label,
        mapped_key,
        printed_position,
        line_number
    from {{ ref('int_printed_labels_resolved') }}
),

cells as (
    select distinct
        source_table,
        edition_year
    from {{ ref('int_printed_cells_keyed') }}
),

ranked as (
    select
        labels.table_kind,
        labels.axis,
        labels.mapped_key,
        labels.printed_label,
        labels.source_table,
        labels.line_number,
        labels.printed_position,
        row_number() over (
            partition by labels.table_kind, labels.axis, labels.mapped_key
            -- Several columns of one table may share a key (a year's 'belopp'):
            -- the first printed one wins, so the pick never depends on the engine.
            order by
                cells.edition_year desc, labels.source_table desc, labels.line_number asc,
                labels.printed_position asc, labels.printed_label asc
        ) as label_rank
    from labels
    inner join cells on labels.source_table = cells.source_table
    where labels.mapped_key is not null
),

final as (
    select
        table_kind,
        axis,
        mapped_key,
        printed_label,
        source_table,
        line_number,
        printed_position
    from ranked
    where label_rank = 1
)

select * from final
