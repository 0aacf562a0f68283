-- Regionbidrag per nämnd × year × scenario × edition (mnkr), from bilaga 4 A
-- of every budget. is_vald_version marks the version sums use: per nämnd and
-- year the most final scenario, and within it the latest edition.
with

regionbidrag as (
    select * from {{ ref('int_regionbidrag_cells_mapped') }}
),

final as (
    select
        namnd_id || ':' || cast(ar as {{ dbt.type_string() }}) || ':' || scenario_id
        || ':' || edition_id as regionbidrag_id,
        namnd_id,
        ar,
        scenario_id,
        edition_id,
        belopp_mnkr,
        is_vald_version,
        cell_id as source_cell_id
    from regionbidrag
)

select * from final
