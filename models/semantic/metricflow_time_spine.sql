-- The time spine MetricFlow joins metrics to: one row per day from the first to
-- the last year a printed figure belongs to (marts.dim_ar) or an edition covers
-- (marts.dim_edition), so a next edition with a new plan year extends it
-- without a code change. dbt's cross-database date_spine needs constant
-- bounds: it spans 2000–2099 and those years select from it. The facts are
-- yearly; their time dimension is the first day of the year at year
-- granularity.
with

ar as (
    select ar from {{ ref('dim_ar') }}
    union all
    select covers_from_year as ar from {{ ref('dim_edition') }}
    union all
    select covers_to_year as ar from {{ ref('dim_edition') }}
),

bounds as (
    select
        min(ar) as forsta_ar,
        max(ar) as sista_ar
    from ar
),

days as (
    {{ dbt.date_spine(
        datepart='day',
        start_date="cast('2000-01-01' as date)",
        end_date="cast('2100-01-01' as date)",
    ) }}
),

final as (
    select cast(days.date_day as date) as date_day
    from days
    cross join bounds
    where extract(year from days.date_day) between bounds.forsta_ar and bounds.sista_ar
)

select * from final
