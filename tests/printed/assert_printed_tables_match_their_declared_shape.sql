-- Every transcribed table (a seed whose YAML names its document) is declared
-- in seeds/registry/registry__printed_tables.csv with its shape as printed,
-- and has that shape: the number of rows and printed columns, and which rows
-- and columns are totals. A seed that lost or gained rows or columns, or was
-- emptied down to its header, fails here with its file named and the declared
-- beside the found shape.

with

cells as (
    select
        source_table,
        row_order,
        column_order,
        is_total_row,
        is_total_column
    from {{ ref('stg_printed__cells') }}
),

declared as (
    select
        source_table,
        antal_rader,
        antal_kolumner,
        summarader,
        summakolumner
    from {{ ref('stg_registry__printed_tables') }}
),

seeds as (
    {%- for node in printed_seed_nodes() %}
    select
        {{ sql_literal(node.name) }} as source_table,
        {{ sql_literal(node.original_file_path) }} as seed_path
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- else %}
    select
        {{ typed_null() }} as source_table,
        {{ typed_null() }} as seed_path
    where 1 = 0
    {%- endfor %}
),

total_rows as (
    select
        source_table,
        {{ dbt.listagg("cast(row_order as " ~ dbt.type_string() ~ ")", "' '", "order by row_order") }}
            as summarader
    from (select distinct source_table, row_order from cells where is_total_row) as distinct_rows
    group by source_table
),

total_columns as (
    select
        source_table,
        {{ dbt.listagg("cast(column_order as " ~ dbt.type_string() ~ ")", "' '", "order by column_order") }}
            as summakolumner
    from (select distinct source_table, column_order from cells where is_total_column) as distinct_columns
    group by source_table
),

shape as (
    select
        seeds.source_table,
        seeds.seed_path,
        count(distinct cells.row_order) as antal_rader,
        count(distinct cells.column_order) as antal_kolumner
    from seeds
    left join cells on seeds.source_table = cells.source_table
    group by seeds.source_table, seeds.seed_path
),

found as (
    select
        shape.source_table,
        shape.seed_path,
        shape.antal_rader,
        shape.antal_kolumner,
        coalesce(total_rows.summarader, '') as summarader,
        coalesce(total_columns.summakolumner, '') as summakolumner
    from shape
    left join total_rows on shape.source_table = total_rows.source_table
    left join total_columns on shape.source_table = total_columns.source_table
),

compared as (
    select
        coalesce(found.source_table, declared.source_table) as source_table,
        found.seed_path,
        declared.antal_rader as declared_rows,
        declared.antal_kolumner as declared_columns,
        declared.summarader as declared_total_rows,
        declared.summakolumner as declared_total_columns,
        found.antal_rader as found_rows,
        found.antal_kolumner as found_columns,
        found.summarader as found_total_rows,
        found.summakolumner as found_total_columns
    from found
    full outer join declared on found.source_table = declared.source_table
),

failures as (
    select
        compared.*,
        case
            when compared.seed_path is null
                then
                    'seeds/registry/registry__printed_tables.csv declares '
                    || compared.source_table || ', but no seed of that name names its document'
            when compared.declared_rows is null
                then
                    compared.seed_path || ' is not declared; add to seeds/registry/registry__printed_tables.csv: '
                    || compared.source_table || ';<table_kind>;'
                    || cast(compared.found_rows as {{ dbt.type_string() }}) || ';'
                    || cast(compared.found_columns as {{ dbt.type_string() }}) || ';'
                    || compared.found_total_rows || ';' || compared.found_total_columns
            else
                compared.seed_path || ': declared '
                || cast(compared.declared_rows as {{ dbt.type_string() }}) || ' rows, '
                || cast(compared.declared_columns as {{ dbt.type_string() }}) || ' columns, total rows ['
                || compared.declared_total_rows || '], total columns ['
                || compared.declared_total_columns || ']; found '
                || cast(compared.found_rows as {{ dbt.type_string() }}) || ' rows, '
                || cast(compared.found_columns as {{ dbt.type_string() }}) || ' columns, total rows ['
                || compared.found_total_rows || '], total columns ['
                || compared.found_total_columns || '] (declared in '
                || 'seeds/registry/registry__printed_tables.csv; found in the seed: its rows, '
                || 'their is_total and its YAML meta total_columns)'
        end as problem
    from compared
    where
        compared.seed_path is null
        or compared.declared_rows is null
        or compared.declared_rows != compared.found_rows
        or compared.declared_columns != compared.found_columns
        or compared.declared_total_rows != compared.found_total_rows
        or compared.declared_total_columns != compared.found_total_columns
)

select * from failures
