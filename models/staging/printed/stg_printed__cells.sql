-- Every printed cell of every transcribed table, parsed: its exact value, unit
-- and printed precision, whether it is a printed total, and where it stands
-- in its seed (file, line, label, column). Empty cells are kept (is_empty).
with

unpivoted as (
    select * from {{ ref('stg_printed__cells_unpivoted') }}
),

located as (
    select
        source_table,
        document_file,
        seed_path,
        cast(row_order as integer) as row_order,
        column_order,
        nullif(trim(section), '') as section,
        nullif(trim(section_footnote), '') as section_footnote,
        row_label,
        nullif(trim(footnote), '') as footnote,
        column_label,
        nullif(trim(printed_text), '') as printed_value,
        is_total = 'true' as is_total_row,
        is_total_column,
        table_ar,
        table_scenario,
        seed_path
        || ' line ' || cast(cast(row_order as integer) + 1 as {{ dbt.type_string() }})
        || ' (' || row_label || '), column "' || column_label || '"' as cell_location,
        coalesce(
            column_unit,
            nullif(trim(row_unit), ''),
            case when {{ dbt.position("'%'", 'printed_text') }} > 0 then 'procent' end,
            table_unit
        ) as unit
    from unpivoted
),

parsed as (
    select
        source_table || ':r' || cast(row_order as {{ dbt.type_string() }})
        || ':c' || cast(column_order as {{ dbt.type_string() }}) as cell_id,
        document_file,
        source_table,
        row_order,
        column_order,
        section,
        section_footnote,
        row_label,
        footnote,
        column_label,
        printed_value,
        case
            when unit in ('text', 'datum') then null
            else {{ parse_printed_number('printed_value', context='cell_location') }}
        end as value,  -- noqa: RF04
        unit,
        case
            when unit in ('text', 'datum') or printed_value is null then null
            else {{ printed_precision('printed_value') }}
        end as printed_precision,
        is_total_row,
        is_total_column,
        is_total_row or is_total_column as is_printed_total,
        printed_value is null as is_empty,
        table_ar,
        table_scenario,
        seed_path,
        cell_location
    from located
)

select * from parsed
