-- The time spine MetricFlow joins metrics to: one row per day over the years
-- the documents cover (2019–2026), built with dbt's cross-database
-- date_spine. The facts are yearly; their time dimension is the first day
-- of the year at year granularity.
with

days as (
    {{ dbt.date_spine(
        datepart='day',
        start_date="cast('2019-01-01' as date)",
        end_date="cast('2027-01-01' as date)",
    ) }}
),

final as (
    select cast(date_day as date) as date_day
    from days
)

select * from final
