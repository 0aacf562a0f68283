-- Every printed label of every transcribed table (row labels, column labels
-- and each part of a nested section heading "A > B") with the key the label
-- map gives it in that table: the most specific mapping (this table, then
-- its kind, then every kind). An unmapped label has no key; a test names it
-- with its seed file and line.
with

cells as (
    select
        source_table,
        row_order,
        column_order,
        section,
        row_label,
        column_label,
        seed_path
    from {{ ref('stg_printed__cells') }}
),

printed_tables as (
    select
        source_table,
        table_kind
    from {{ ref('stg_registry__printed_tables') }}
),

etiketter as (
    select * from {{ ref('stg_reference__etiketter') }}
),

section_parts as (
    {%- for part in [1, 2, 3] %}
        select
            source_table,
            {{ part }} as section_part,
            trim({{ dbt.split_part('section', "' > '", part) }}) as printed_label,
            row_order
        from cells
        where section is not null
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}
),

found as (
    select
        source_table,
        'rad' as axis,
        row_label as printed_label,
        min(row_order) as first_row_order,
        min(row_order) as printed_position
    from cells
    group by source_table, row_label
    union all
    select
        source_table,
        'kolumn' as axis,
        column_label as printed_label,
        -- A column label stands on the header line; its position is its order.
        0 as first_row_order,
        min(column_order) as printed_position
    from cells
    group by source_table, column_label
    union all
    select
        source_table,
        'avsnitt' as axis,
        printed_label,
        min(row_order) as first_row_order,
        min(row_order) as printed_position
    from section_parts
    where printed_label != ''
    group by source_table, printed_label
),

seed_paths as (
    select distinct
        source_table,
        seed_path
    from cells
),

candidates as (
    select
        found.source_table,
        printed_tables.table_kind,
        found.axis,
        found.printed_label,
        found.first_row_order,
        found.printed_position,
        etiketter.mapped_key,
        etiketter.figur,
        etiketter.ar,
        etiketter.scenario_id,
        etiketter.teckenomvandling,
        etiketter.discrepancy_id,
        row_number() over (
            partition by found.source_table, found.axis, found.printed_label
            order by etiketter.specificity
        ) as candidate_rank
    from found
    left join printed_tables on found.source_table = printed_tables.source_table
    left join etiketter
        on
            found.axis = etiketter.axis
            and found.printed_label = etiketter.printed_label
            and (
                printed_tables.table_kind = etiketter.table_kind
                or etiketter.table_kind = '*'
            )
            and (
                etiketter.source_table is null
                or found.source_table = etiketter.source_table
            )
),

final as (
    select
        candidates.source_table,
        candidates.table_kind,
        candidates.axis,
        candidates.printed_label,
        candidates.mapped_key,
        candidates.figur,
        candidates.ar,
        candidates.scenario_id,
        candidates.teckenomvandling,
        candidates.discrepancy_id,
        seed_paths.seed_path,
        candidates.printed_position,
        -- The header is line 1; row n is line n + 1.
        candidates.first_row_order + 1 as line_number
    from candidates
    inner join seed_paths on candidates.source_table = seed_paths.source_table
    where candidates.candidate_rank = 1
)

select * from final
