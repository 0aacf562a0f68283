-- Every printed cell of every transcribed table, in one relation.
with

unioned as (
    {% for model_name in printed_table_models() -%}
        select
            cell_id,
            document_file,
            source_table,
            row_order,
            column_order,
            section,
            row_label,
            footnote,
            column_label,
            printed_value,
            value,
            unit,
            printed_precision,
            is_total_row,
            is_total_column,
            is_printed_total,
            is_empty,
            cell_location
        from {{ ref(model_name) }}
        {% if not loop.last -%}
            union all
        {% endif -%}
    {%- endfor %}
)

select * from unioned
