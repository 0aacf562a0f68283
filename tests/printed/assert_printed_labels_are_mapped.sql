-- Every printed row, column and section label of every transcribed table maps
-- to a key in the label map (seeds/reference/ref__etiketter.csv). An unmapped
-- label fails here, named with its seed file and line, and with the row to
-- add to the map.

with

labels as (
    select
        table_kind,
        axis,
        printed_label,
        mapped_key,
        seed_path,
        line_number
    from {{ ref('int_printed_labels_resolved') }}
),

unmapped as (
    select
        seed_path,
        line_number,
        axis,
        printed_label,
        table_kind,
        seed_path || ' line ' || cast(line_number as {{ dbt.type_string() }})
        || ': the ' || axis || ' label "' || printed_label || '" is not in the label map'
        || case
            when table_kind is null
                then ' (and the table has no row in seeds/registry/registry__printed_tables.csv)'
            else ''
        end
        || '; add to seeds/reference/ref__etiketter.csv: '
        || coalesce(table_kind, '<table_kind>') || ';;' || axis || ';' || printed_label
        || ';<key>;;;;;' as problem
    from labels
    where mapped_key is null
)

select * from unmapped
