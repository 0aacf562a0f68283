-- The time spine MetricFlow joins metrics to: one row per day of every year a
-- printed figure belongs to (marts.dim_ar), so a next edition that prints a new
-- plan year extends it without a code change. dbt's cross-database date_spine
-- needs constant bounds; it spans 2000–2099 and the years in dim_ar select from
-- it. The facts are yearly; their time dimension is the first day of the year
-- at year granularity.
with

ar as (
    select ar from {{ ref('dim_ar') }}
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
