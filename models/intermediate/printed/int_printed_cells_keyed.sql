-- Every printed cell with what the registry and the label map say it is: the
-- table's kind and edition (document, series, edition year), the keys of its
-- row, column and section, the year and scenario it belongs to (from the row
-- label, else the column label, else the table's YAML meta), its value in
-- the warehouse's sign convention and, for a number, the figure it is a
-- version of (the same figure printed in another table or edition has the
-- same figur_id).
with

cells as (
    select * from {{ ref('stg_printed__cells') }}
),

printed_tables as (
    select
        source_table,
        table_kind,
        figur_mall
    from {{ ref('stg_registry__printed_tables') }}
),

documents as (
    select
        document_file,
        edition_id,
        series_id,
        edition_year
    from {{ ref('stg_registry__source_documents') }}
),

labels as (
    select
        source_table,
        axis,
        printed_label,
        mapped_key,
        figur,
        ar,
        scenario_id,
        teckenomvandling,
        discrepancy_id
    from {{ ref('int_printed_labels_resolved') }}
),

sectioned as (
    select
        cells.*,
    {%- for part in [1, 2, 3] %}
        nullif(trim({{ dbt.split_part('cells.section', "' > '", part) }}), '')
            as section_part_{{ part }}{{ ',' if not loop.last }}  -- noqa: LT02
    
{%- endfor %}
    from cells
),

keyed as (
    select
        sectioned.*,
        printed_tables.table_kind,
        printed_tables.figur_mall,
        documents.edition_id,
        documents.series_id,
        documents.edition_year,
        row_labels.mapped_key as row_key,
        column_labels.mapped_key as column_key,
        case
            when sectioned.section is not null
                then
                    {{ collapse_key_separators(
                        "coalesce(section_1.mapped_key, '') || ':' || coalesce(section_2.mapped_key, '')"
                        ~ " || ':' || coalesce(section_3.mapped_key, '')"
                    ) }}
        end as section_key,
        row_labels.figur as row_figur,
        column_labels.figur as column_figur,
        -- The year and the scenario each come from the first label that
        -- states them (row, then column), else from the table's YAML meta.
        coalesce(row_labels.ar, column_labels.ar, sectioned.table_ar) as ar,
        coalesce(row_labels.scenario_id, column_labels.scenario_id, sectioned.table_scenario)
            as scenario_id,
        coalesce(row_labels.teckenomvandling, 1) * coalesce(column_labels.teckenomvandling, 1)
            as teckenomvandling,
        coalesce(column_labels.discrepancy_id, row_labels.discrepancy_id) as label_discrepancy_id
    from sectioned
    left join printed_tables on sectioned.source_table = printed_tables.source_table
    left join documents on sectioned.document_file = documents.document_file
    left join labels as row_labels
        on
            sectioned.source_table = row_labels.source_table
            and row_labels.axis = 'rad'
            and sectioned.row_label = row_labels.printed_label
    left join labels as column_labels
        on
            sectioned.source_table = column_labels.source_table
            and column_labels.axis = 'kolumn'
            and sectioned.column_label = column_labels.printed_label
    {%- for part in [1, 2, 3] %}
        left join labels as section_{{ part }}
            on
                sectioned.source_table = section_{{ part }}.source_table
                and section_{{ part }}.axis = 'avsnitt'
                and sectioned.section_part_{{ part }} = section_{{ part }}.printed_label
    {%- endfor %}
),

figured as (
    select
        keyed.*,
        keyed.value * keyed.teckenomvandling as varde_konvention,
        case
            when keyed.value is not null
                then {{ collapse_key_separators(
                    "replace(replace(replace(replace(replace("
                    ~ "coalesce(keyed.row_figur, keyed.figur_mall, '{tabell}:{avsnitt}:{rad}:{kolumn}'),"
                    ~ " '{tabell}', coalesce(keyed.table_kind, '')),"
                    ~ " '{avsnitt}', coalesce(keyed.section_key, '')),"
                    ~ " '{rad}', coalesce(keyed.row_key, '')),"
                    ~ " '{kolumnfigur}', coalesce(keyed.column_figur, keyed.column_key, '')),"
                    ~ " '{kolumn}', coalesce(keyed.column_key, ''))"
                ) }}
        end as figur_id
    from keyed
),

final as (
    select
        {%- for column in cell_provenance_columns() %}
            {{ column }},
        {%- endfor %}
        series_id,
        edition_year,
        varde_konvention,
        teckenomvandling,
        is_empty,
        label_discrepancy_id,
        seed_path,
        cell_location
    from figured
)

select * from final
