{#
    Tables and views for DuckDB, replaced in place in one statement: drop the
    old relation, create the new one (with its contract), write its comments.
    dbt's default builds under a temporary name, renames it over the old one
    and then writes each comment after reading the columns back twice; this
    warehouse is never read while it is built (the nightly builds a fresh file
    and publishes it by an atomic rename of the whole file), so those round
    trips are cost without benefit. The columns of a model with an enforced
    contract are the documented ones, so the comments need no lookup.
#}
{% materialization table, adapter='duckdb' %}
    {{ return(replace_in_place('table')) }}
{% endmaterialization %}


{% materialization view, adapter='duckdb' %}
    {{ return(replace_in_place('view')) }}
{% endmaterialization %}


{% macro replace_in_place(relation_type) %}
    {%- set existing_relation = load_cached_relation(this) -%}
    {%- set target_relation = this.incorporate(type=relation_type) -%}
    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}
    {% call statement('main') -%}
        {% if relation_type == 'table' %}
            {{ drop_existing_relation(existing_relation) }}
            {{ create_table_as(False, target_relation, compiled_code) }}
        {% else %}
            {% if existing_relation is not none and existing_relation.type != 'view' %}
                {{ drop_existing_relation(existing_relation) }}
            {% endif %}
            create or replace view {{ target_relation }} as (
                {{ compiled_code }}
            );
        {% endif %}
        {{ relation_comments(target_relation, model) }}
    {%- endcall %}
    {{ run_hooks(post_hooks, inside_transaction=True) }}
    {{ adapter.commit() }}
    {{ run_hooks(post_hooks, inside_transaction=False) }}
    {{ return({'relations': [target_relation]}) }}
{% endmacro %}


{% macro drop_existing_relation(relation) %}
    {%- if relation is not none -%}
        drop {{ relation.type }} if exists {{ relation }} cascade;
    {%- endif -%}
{% endmacro %}


{% macro relation_comments(relation, model) %}
    {%- if config.persist_relation_docs() and model.description -%}
        comment on {{ relation.type }} {{ relation }} is {{ duckdb_escape_comment(model.description) }};
    {%- endif -%}
    {%- if config.persist_column_docs() and config.get('contract').enforced -%}
        {%- for name, column in model.columns.items() if column.description %}
        comment on column {{ relation }}.{{ adapter.quote(name) if column.quote else name }} is {{ duckdb_escape_comment(column.description) }};
        {%- endfor -%}
    {%- endif -%}
{% endmacro %}
