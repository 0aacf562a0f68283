-- Where the sources contradict themselves. The printed numbers stay as
-- printed everywhere else; this register says what does not add up and why.
-- Published as staged: the staging model names the columns, the contract types them.
select * from {{ ref('stg_registry__source_discrepancies') }}  -- noqa: AM04
