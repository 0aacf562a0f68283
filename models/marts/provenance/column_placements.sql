-- How each value of a sparse printed row was placed in its column. Published
-- as staged: the staging model names the columns, the contract types them.
select * from {{ ref('stg_registry__column_placements') }}  -- noqa: AM04
