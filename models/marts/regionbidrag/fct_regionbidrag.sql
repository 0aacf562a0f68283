-- Regionbidrag per nämnd × year × scenario (mnkr), from bilaga 4 A.
with

regionbidrag as (
    select * from {{ ref('int_regionbidrag_cells_mapped') }}
),

final as (
    select
        namnd_id || ':' || cast(ar as {{ dbt.type_string() }}) || ':' || scenario
            as regionbidrag_id,
        namnd_id,
        ar,
        scenario,
        belopp_mnkr,
        document_file,
        cell_id as source_cell_id
    from regionbidrag
)

select * from final
