-- The provenance of every figure: each printed (non-empty) cell of every
-- transcribed table, with the document and edition, table, row and column it
-- stands in, and what the label map and the registry say it is (keys, year,
-- scenario, the figure it states).
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
),

final as (
    select
        {%- for column in cell_provenance_columns() %}
            {{ column }},
        {%- endfor %}
        cell_location as seed_location
    from cells
    where not is_empty
)

select * from final
