-- Every figure the documents state in running text, one row per printed
-- number: the sentence and line as printed, the number as printed and its
-- value (a number word such as "åtta" through ref__talord), the unit and the
-- figure the text states. Read from every seed whose YAML names its document
-- and has meta.form prosa, found in the graph like the tables.
{%- set nodes = printed_seed_nodes(form='prosa') %}
{%- set columns = [
    'prosa_nr', 'rad', 'mening', 'tryckt_tal', 'enhet', 'ungefar', 'riktning', 'period',
    'subjekt', 'subjekt_id', 'matt', 'figur_id', 'ar', 'scenario_id', 'jamforelse',
    'jamfor_figur_id', 'jamfor_ar', 'jamfor_scenario_id', 'discrepancy_id', 'slag', 'tecken',
    'fran_till', 'bas_ar', 'bas_scenario_id', 'bas_prosa_nr', 'ej_lankad_orsak'
] %}

with

{% for node in nodes %}
prose_{{ loop.index }} as (
    select
        {{ sql_literal(node.name) }} as source_table,
        {{ sql_literal(node.config.meta.document_file) }} as document_file,
        {{ sql_literal(node.original_file_path) }} as seed_path,
        {%- for column in columns %}
        prose_rows.{{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ printed_seed_file(node) }} as prose_rows
),

{% endfor -%}
unioned as (
    {%- for node in nodes %}
    select * from prose_{{ loop.index }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- else %}
    select
        {{ typed_null() }} as source_table,
        {{ typed_null() }} as document_file,
        {{ typed_null() }} as seed_path,
        {%- for column in columns %}
        {{ typed_null() }} as {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
    where 1 = 0
    {%- endfor %}
),

talord as (
    select * from {{ ref('ref__talord') }}
),

gransord as (
    select * from {{ ref('stg_reference__gransord') }}
),

located as (
    select
        unioned.*,
        unioned.seed_path || ' line ' || cast(cast(unioned.prosa_nr as integer) + 1 as {{ dbt.type_string() }})
        || ' (source line ' || unioned.rad || ', "' || unioned.tryckt_tal || '")' as prose_location,
        talord.varde as talord_varde,
        gransord.grans
    from unioned
    left join talord on lower(trim(unioned.tryckt_tal)) = talord.talord
    left join gransord on lower(trim(unioned.ungefar)) = gransord.ord
),

final as (
    select
        source_table || ':p' || prosa_nr as prosa_id,
        document_file,
        source_table,
        cast(prosa_nr as integer) as prosa_nr,
        cast(rad as integer) as rad,
        mening,
        tryckt_tal,
        case
            when talord_varde is not null then cast(talord_varde as {{ exact_decimal_type() }})
            else {{ parse_printed_number('tryckt_tal', context='prose_location') }}
        end as value,
        case
            when talord_varde is not null then cast(1 as {{ exact_decimal_type() }})
            else {{ printed_precision('tryckt_tal') }}
        end as printed_precision,
        enhet as unit,
        nullif(trim(ungefar), '') as ungefar,
        case when nullif(trim(ungefar), '') is null then 'exakt' else grans end as grans,
        nullif(trim(riktning), '') as riktning,
        nullif(trim(period), '') as period,
        nullif(trim(subjekt), '') as subjekt,
        nullif(trim(subjekt_id), '') as subjekt_id,
        nullif(trim(matt), '') as matt,
        nullif(trim(figur_id), '') as figur_id,
        cast(nullif(trim(ar), '') as integer) as ar,
        nullif(trim(scenario_id), '') as scenario_id,
        nullif(trim(jamforelse), '') as jamforelse,
        nullif(trim(jamfor_figur_id), '') as jamfor_figur_id,
        cast(nullif(trim(jamfor_ar), '') as integer) as jamfor_ar,
        nullif(trim(jamfor_scenario_id), '') as jamfor_scenario_id,
        nullif(trim(discrepancy_id), '') as discrepancy_id,
        nullif(trim(slag), '') as slag,
        case trim(tecken) when '-' then -1 when '+' then 1 end as tecken,
        nullif(trim(fran_till), '') as fran_till,
        cast(nullif(trim(bas_ar), '') as integer) as bas_ar,
        nullif(trim(bas_scenario_id), '') as bas_scenario_id,
        case
            when nullif(trim(bas_prosa_nr), '') is not null
                then source_table || ':p' || trim(bas_prosa_nr)
        end as bas_prosa_id,
        nullif(trim(ej_lankad_orsak), '') as ej_lankad_orsak,
        seed_path,
        prose_location
    from located
)

select * from final
