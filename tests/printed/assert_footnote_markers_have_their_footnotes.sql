-- Every footnote marker printed in a table (on a row label, `footnote`, or on
-- the heading its rows stand under, `section_footnote`) has its footnote in
-- the same document's table of footnotes, and every footnote there has its
-- marker: the kind of a table of footnotes names the kind whose markers it
-- explains (registry__table_kinds.fotnoter_till). A marker mistyped, or a
-- footnote whose marker was left out, would leave a figure without the
-- condition the document prints for it.

with

tables as (
    select
        source_table,
        table_kind,
        fotnoter_till
    from {{ ref('stg_registry__printed_tables') }}
),

printed_rows as (
    select distinct
        source_table,
        document_file,
        seed_path,
        row_label,
        section_footnote,
        footnote
    from {{ ref('stg_printed__cells') }}
),

footnotes as (
    select
        printed_rows.document_file,
        printed_rows.seed_path,
        tables.fotnoter_till as table_kind,
        printed_rows.row_label as marker
    from printed_rows
    inner join tables on printed_rows.source_table = tables.source_table
    where tables.fotnoter_till is not null
),

marked_rows as (
    select
        printed_rows.*,
        tables.table_kind
    from printed_rows
    inner join tables on printed_rows.source_table = tables.source_table
),

markers as (
    select
        document_file,
        seed_path,
        table_kind,
        'footnote' as column_name,
        footnote as marker
    from marked_rows
    where footnote is not null
    union all
    select
        document_file,
        seed_path,
        table_kind,
        'section_footnote' as column_name,
        section_footnote as marker
    from marked_rows
    where section_footnote is not null
),

used as (
    select distinct
        document_file,
        table_kind,
        marker
    from markers
),

footnote_tables as (
    select distinct
        document_file,
        table_kind
    from footnotes
),

unexplained as (
    select distinct
        markers.seed_path as location,
        markers.column_name,
        markers.marker as failing_value,
        'footnote marker ' || markers.marker || ' has no footnote: '
        || case
            when footnote_tables.table_kind is null
                then
                    'no table of footnotes of this document explains the kind '
                    || markers.table_kind || ' (registry__table_kinds.csv, fotnoter_till)'
            else
                'the table of footnotes of this document for the kind '
                || markers.table_kind || ' has no row labelled ' || markers.marker
        end as problem
    from markers
    left join footnotes
        on
            markers.document_file = footnotes.document_file
            and markers.table_kind = footnotes.table_kind
            and markers.marker = footnotes.marker
    left join footnote_tables
        on
            markers.document_file = footnote_tables.document_file
            and markers.table_kind = footnote_tables.table_kind
    where footnotes.marker is null
),

unmarked as (
    select
        footnotes.seed_path as location,
        'row_label' as column_name,
        footnotes.marker as failing_value,
        'footnote ' || footnotes.marker || ' is printed for no row: no row of a table of the '
        || 'kind ' || footnotes.table_kind || ' in this document carries the marker in '
        || 'footnote or section_footnote' as problem
    from footnotes
    left join used
        on
            footnotes.document_file = used.document_file
            and footnotes.table_kind = used.table_kind
            and footnotes.marker = used.marker
    where used.marker is null
)

select * from unexplained
union all
select * from unmarked
