-- Every transcribed table names a document registered as an edition
-- (seeds/registry/registry__source_documents.csv), of the series its table
-- kind belongs to, and a table kind has at most one table per edition: the
-- same edition added twice (a copied seed) fails here.

with

cells as (
    select
        document_file,
        source_table,
        seed_path
    from {{ ref('stg_printed__cells') }}
),

declared as (
    select
        source_table,
        table_kind,
        table_kind_series_id
    from {{ ref('stg_registry__printed_tables') }}
),

documents as (
    select
        document_file,
        edition_id,
        series_id
    from {{ ref('stg_registry__source_documents') }}
),

tables as (
    select distinct
        cells.source_table,
        cells.seed_path,
        cells.document_file,
        declared.table_kind,
        declared.table_kind_series_id,
        documents.edition_id,
        documents.series_id
    from cells
    left join declared on cells.source_table = declared.source_table
    left join documents on cells.document_file = documents.document_file
),

unregistered as (
    select
        source_table,
        seed_path,
        seed_path || ': meta.document_file ' || document_file
        || ' is not an edition in seeds/registry/registry__source_documents.csv; add its row '
        || '(document_file;edition_id;series_id;title;edition_year;covers_from_year;'
        || 'covers_to_year;minus_sign;sha256)' as problem
    from tables
    where edition_id is null
),

wrong_series as (
    select
        source_table,
        seed_path,
        seed_path || ': table kind ' || table_kind || ' is printed in series '
        || coalesce(table_kind_series_id, '(unknown kind: add it to registry__table_kinds.csv)')
        || ', but ' || document_file || ' is an edition of ' || series_id as problem
    from tables
    where
        edition_id is not null
        and table_kind is not null
        and (table_kind_series_id is null or table_kind_series_id != series_id)
),

duplicated as (
    select
        tables.source_table,
        tables.seed_path,
        tables.seed_path || ': edition ' || tables.edition_id || ' already has a table of kind '
        || tables.table_kind || ' (' || other.seed_path || ')' as problem
    from tables
    inner join tables as other
        on
            tables.table_kind = other.table_kind
            and tables.edition_id = other.edition_id
            and tables.source_table > other.source_table
)

select * from unregistered
union all
select * from wrong_series
union all
select * from duplicated
