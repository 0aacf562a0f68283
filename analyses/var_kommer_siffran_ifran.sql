-- Where a figure comes from: Kollektivtrafiknämnden's regionbidrag 2024,
-- traced to document, table, row, column and the seed's line.
with

regionbidrag as (
    select
        namnd_id,
        ar,
        belopp_mnkr,
        is_vald_version,
        source_cell_id
    from {{ ref('fct_regionbidrag') }}
),

cells as (
    select
        cell_id,
        document_file,
        source_table,
        row_label,
        column_label,
        printed_value,
        seed_location
    from {{ ref('source_cells') }}
),

tables as (
    select
        source_table,
        printed_title,
        source_lines
    from {{ ref('source_tables') }}
),

final as (
    select
        regionbidrag.namnd_id,
        regionbidrag.ar,
        regionbidrag.belopp_mnkr,
        cells.document_file,
        tables.printed_title,
        tables.source_lines,
        cells.row_label,
        cells.column_label,
        cells.printed_value,
        cells.seed_location
    from regionbidrag
    inner join cells on regionbidrag.source_cell_id = cells.cell_id
    inner join tables on cells.source_table = tables.source_table
    where
        regionbidrag.namnd_id = 'kollektivtrafiknamnden'
        and regionbidrag.ar = 2024
        and regionbidrag.is_vald_version
)

select * from final
