-- Every figure the running text states about a table figure agrees with it
-- (int_prose_figures_checked): the same value, the change between two years
-- or scenarios, or that change in percent, converted to the unit the text
-- prints and within its printed rounding. A text figure whose table figure is
-- not found fails too (a broken link is not a pass). A contradiction is
-- accepted only where the prose row names its registered discrepancy.
{{ config(store_failures=true) }}

with

checked as (
    select
        mening,
        tryckt_tal,
        unit,
        figur_id,
        ar,
        scenario_id,
        jamforelse,
        prose_location,
        computed_value,
        is_reconciled
    from {{ ref('int_prose_figures_checked') }}
)

select
    prose_location,
    mening,
    tryckt_tal,
    unit,
    jamforelse,
    figur_id,
    ar,
    scenario_id,
    computed_value,
    case
        when computed_value is null
            then 'the figure the text links to is not in the warehouse (in a unit of the same kind)'
        else 'the text does not agree with the figure'
    end as problem
from checked
where not is_reconciled
