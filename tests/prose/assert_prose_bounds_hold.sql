-- A prose figure that the text bounds ("knappt 177 tkr", "drygt 598 tkr",
-- "minst", "högst"; ref__gransord) and that restates a table cell holds the
-- cell on the bound's side: below for mindre_an and hogst, above for mer_an
-- and minst, unless the contradiction is registered (D0008: "knappt 2 857
-- tkr" for 2 857 487 kr). A bound word mapped the other way in
-- ref__gransord built green and turned 7 figures' bounds in fct_prosafigur.

with

figures as (
    select
        prosa_id,
        ungefar,
        grans,
        tryckt_tal,
        varde,
        tabellens_varde,
        discrepancy_id
    from {{ ref('fct_prosafigur') }}
    where tabellens_varde is not null and discrepancy_id is null
),

prose as (
    select
        prosa_id,
        prose_location
    from {{ ref('stg_prose__figures') }}
),

problems as (
    select
        prose.prose_location,
        '"' || figures.ungefar || ' ' || figures.tryckt_tal || '" (' || figures.grans
        || ') but the table prints '
        || cast(figures.tabellens_varde as {{ dbt.type_string() }}) as problem
    from figures
    inner join prose on figures.prosa_id = prose.prosa_id
    where
        (
            figures.grans in ('mindre_an', 'hogst')
            and abs(figures.tabellens_varde) > abs(figures.varde)
        )
        or (
            figures.grans in ('mer_an', 'minst')
            and abs(figures.tabellens_varde) < abs(figures.varde)
        )
)

select * from problems
