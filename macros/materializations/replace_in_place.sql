{#
    Tables and views for DuckDB, replaced in place in one transaction: drop the
    old relation, create the new one (with its contract), write its comments,
    commit. dbt's default builds under a temporary name and renames it over the
    old one so that readers of the same file never see a gap; this warehouse is
    never read while it is built (the nightly builds a fresh file and publishes
    it by an atomic rename of the whole file), so the rename dance is cost
    without benefit: it is half the statements of every model of the build.
#}
{% materialization table, adapter='duckdb' %}
    {%- set existing_relation = load_cached_relation(this) -%}
    {%- set target_relation = this.incorporate(type='table') -%}
    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}
    {% if existing_relation is not none %}
        {{ adapter.drop_relation(existing_relation) }}
    {% endif %}
    {% call statement('main') -%}
        {{ create_table_as(False, target_relation, compiled_code) }}
    {%- endcall %}
    {% do persist_docs(target_relation, model) %}
    {{ run_hooks(post_hooks, inside_transaction=True) }}
    {{ adapter.commit() }}
    {{ run_hooks(post_hooks, inside_transaction=False) }}
    {{ return({'relations': [target_relation]}) }}
{% endmaterialization %}


{% materialization view, adapter='duckdb' %}
    {%- set existing_relation = load_cached_relation(this) -%}
    {%- set target_relation = this.incorporate(type='view') -%}
    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}
    {% if existing_relation is not none and existing_relation.type != 'view' %}
        {{ adapter.drop_relation(existing_relation) }}
    {% endif %}
    {% call statement('main') -%}
        create or replace view {{ target_relation }} as (
            {{ sql }}
        );
    {%- endcall %}
    {% do persist_docs(target_relation, model) %}
    {{ run_hooks(post_hooks, inside_transaction=True) }}
    {{ adapter.commit() }}
    {{ run_hooks(post_hooks, inside_transaction=False) }}
    {{ return({'relations': [target_relation]}) }}
{% endmaterialization %}
