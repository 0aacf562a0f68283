{#
    A fact reproduces the printed cells it is built from: every fact row's
    value is its source cell's value (in the warehouse's sign convention with
    value='varde_konvention'), and every printed cell of the table kind that
    the fact should hold (`cells_where`, over `cells_model`, by default
    int_printed_cells_keyed) is in the fact. With the reconciliation of every
    printed total against its parts, this proves that the fact reproduces the
    printed totals.
#}
{% test reproduces_printed_cells(model, column_name, table_kind, cells_where='not is_printed_total', value='value', cells_model='int_printed_cells_keyed') %}


with

fact as (
    select
        source_cell_id,
        {{ column_name }} as fact_value
    from {{ model }}
),

printed as (
    select
        cell_id,
        cell_location,
        printed_value,
        {{ value }} as printed_number
    from {{ ref(cells_model) }}
    where
        {%- if table_kind is string %}
        table_kind = '{{ table_kind }}'
        {%- else %}
        table_kind in ('{{ table_kind | join("', '") }}')
        {%- endif %}
        and value is not null
        and ({{ cells_where }})
),

compared as (
    select
        coalesce(printed.cell_id, fact.source_cell_id) as cell_id,
        printed.cell_location,
        printed.printed_value,
        printed.printed_number,
        fact.fact_value,
        case
            when fact.source_cell_id is null then 'printed cell missing from the fact'
            when printed.cell_id is null then 'fact row without a printed cell of the table kind'
            else 'fact value differs from the printed value'
        end as problem
    from printed
    full outer join fact on printed.cell_id = fact.source_cell_id
)

select * from compared
where
    cell_location is null
    or fact_value is null
    or fact_value != printed_number

{% endtest %}
