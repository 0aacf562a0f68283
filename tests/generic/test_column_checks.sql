{#- A model's column checks in one test: primary and unique keys (`unique`),
    composite keys (`unique_combinations`: lists of columns), required columns
    (`not_null`), enums (`accepted_values`: column -> values)
    and foreign keys (`relationships`: column -> {to, field}). Each failing
    row names its check, column and value and says what is wrong, so one test
    per model reports as precisely as one test per column and check did, at a
    fifth of dbt's per-node cost. The rows say where to look (`location`): the
    seed's file for a model of one seed and nothing else, the row's seed file for
    a model that keeps it (`seed_path`), else the relation. -#}
{% test column_checks(
    model,
    not_null=[],
    unique=[],
    unique_combinations=[],
    accepted_values={},
    relationships={}
) %}
{%- set where = namespace(location=model.schema ~ '.' ~ model.identifier, per_row=false) %}
{%- set checked_node = graph.nodes.get('model.' ~ project_name ~ '.' ~ model.identifier) if execute else none %}
{%- if checked_node %}
    {%- set seeds = [] %}
    {%- for parent in checked_node.depends_on.nodes %}
        {%- if parent.startswith('seed.') %}
            {%- do seeds.append(graph.nodes[parent].original_file_path) %}
        {%- endif %}
    {%- endfor %}
    {#- A model of one seed and nothing else: that file. A model of several that
        keeps each row's seed file (seed_path): the row's file, whose lines the
        failure report then finds. Else the relation. -#}
    {%- if seeds | length == 1 and checked_node.depends_on.nodes | length == 1 %}
        {%- set where.location = seeds[0] %}
    {%- elif 'seed_path' in checked_node.columns %}
        {%- set where.per_row = true %}
    {%- endif %}
{%- endif %}
{%- set location = 'min(child.seed_path)' if where.per_row else "'" ~ where.location ~ "'" %}

with

checked as (
    select * from {{ model }}
),

failures as (
    {%- for column in not_null %}
    select
        'not_null' as check_name,
        '{{ column }}' as column_name,
        cast(null as {{ dbt.type_string() }}) as failing_value,
        count(*) as failing_rows,
        '{{ column }} is empty in ' || cast(count(*) as {{ dbt.type_string() }}) || ' row(s)' as problem,
        {{ location }} as location
    from checked as child
    where {{ column }} is null
    having count(*) > 0
    union all
    {%- endfor %}
    {%- for column in unique %}
    select
        'unique' as check_name,
        '{{ column }}' as column_name,
        cast({{ column }} as {{ dbt.type_string() }}) as failing_value,
        count(*) as failing_rows,
        '{{ column }} ' || cast({{ column }} as {{ dbt.type_string() }})
        || ' is not unique: ' || cast(count(*) as {{ dbt.type_string() }}) || ' rows' as problem,
        {{ location }} as location
    from checked as child
    where {{ column }} is not null
    group by {{ column }}
    having count(*) > 1
    union all
    {%- endfor %}
    {%- for columns in unique_combinations %}
    {%- set casts = [] %}
    {%- for column in columns %}
        {%- do casts.append("coalesce(cast(" ~ column ~ " as " ~ dbt.type_string() ~ "), '')") %}
    {%- endfor %}
    {%- set combination = casts | join(" || ', ' || ") %}
    select
        'unique_combinations' as check_name,
        '{{ columns | join(', ') }}' as column_name,
        {{ combination }} as failing_value,
        count(*) as failing_rows,
        '({{ columns | join(', ') }}) = (' || {{ combination }} || ') is not unique: '
        || cast(count(*) as {{ dbt.type_string() }}) || ' rows' as problem,
        {{ location }} as location
    from checked as child
    group by {{ columns | join(', ') }}
    having count(*) > 1
    union all
    {%- endfor %}
    {%- for column, values in accepted_values.items() %}
    select
        'accepted_values' as check_name,
        '{{ column }}' as column_name,
        cast({{ column }} as {{ dbt.type_string() }}) as failing_value,
        count(*) as failing_rows,
        '{{ column }} ' || cast({{ column }} as {{ dbt.type_string() }})
        || ' is not one of the accepted values' as problem,
        {{ location }} as location
    from checked as child
    where
        {{ column }} is not null
        and {{ column }} not in (
            {%- for value in values %}
            {% if value is string %}'{{ value | replace("'", "''") }}'{% else %}{{ value }}{% endif %}
            {%- if not loop.last %},{% endif %}
            {%- endfor %}
        )
    group by {{ column }}
    union all
    {%- endfor %}
    {%- for column, parent in relationships.items() %}
    select
        'relationships' as check_name,
        '{{ column }}' as column_name,
        cast(child.{{ column }} as {{ dbt.type_string() }}) as failing_value,
        count(*) as failing_rows,
        '{{ column }} ' || cast(child.{{ column }} as {{ dbt.type_string() }})
        || ' is not a {{ parent.field }} of {{ parent.to.identifier }}' as problem,
        {{ location }} as location
    from checked as child
    left join {{ parent.to }} as parent
        on child.{{ column }} = parent.{{ parent.field }}
    where child.{{ column }} is not null and parent.{{ parent.field }} is null
    group by child.{{ column }}
    union all
    {%- endfor %}
    -- Ends the chain of `union all`: no row.
    select
        cast(null as {{ dbt.type_string() }}) as check_name,
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as {{ dbt.type_string() }}) as failing_value,
        0 as failing_rows,
        cast(null as {{ dbt.type_string() }}) as problem,
        cast(null as {{ dbt.type_string() }}) as location
    where 1 = 0
)

select * from failures

{% endtest %}

