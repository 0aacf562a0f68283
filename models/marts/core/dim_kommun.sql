-- The municipalities of southern Halland that belong to Södra
-- sjukvårdsregionen, as the annual report 2023 names them (line 3). Published
-- as staged: the staging model names the columns, the contract types them.
select * from {{ ref('stg_reference__kommuner') }}  -- noqa: AM04
