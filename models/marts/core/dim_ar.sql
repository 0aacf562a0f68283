-- One row per calendar year any printed figure belongs to, in a table or in
-- running text, with its first and last day, so that BI tools and the metrics
-- layer can treat years as dates.
with

cells as (
    select ar
    from {{ ref('int_printed_cells_keyed') }}
),

prose as (
    select
        ar,
        bas_ar
    from {{ ref('stg_prose__figures') }}
),

years as (
    select ar from cells
    where ar is not null
    union
    select ar from prose
    where ar is not null
    union
    select bas_ar as ar from prose
    where bas_ar is not null
),

final as (
    select
        ar,
        cast(cast(ar as {{ dbt.type_string() }}) || '-01-01' as date) as ar_start_date,
        cast(cast(ar as {{ dbt.type_string() }}) || '-12-31' as date) as ar_slut_date
    from years
)

select * from final
