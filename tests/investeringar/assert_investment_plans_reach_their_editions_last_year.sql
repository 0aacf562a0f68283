-- An edition's investment plan runs to the last year the edition covers: the
-- budget year and the plan years are the measures of the plan
-- (ref__investeringsmatt, ingar_i_plan), and the edition's years are
-- registered (registry__source_documents). The plan measure left out of the
-- plan built green and ended the budget 2024's plan in 2024: every project's
-- last plan year and planned spending were wrong, and the plan years left
-- rpt_investeringar_per_ar and rpt_nyckeltal.

with

plans as (
    select
        edition_id,
        sista_planar
    from {{ ref('rpt_investeringsplan') }}
),

editions as (
    select
        edition_id,
        covers_to_year
    from {{ ref('stg_registry__source_documents') }}
),

per_edition as (
    select
        edition_id,
        min(sista_planar) as forsta_sista_planar,
        max(sista_planar) as sista_planar
    from plans
    group by edition_id
)

select
    per_edition.edition_id,
    per_edition.sista_planar,
    editions.covers_to_year,
    'seeds/reference/ref__investeringsmatt.csv: the investment plan of '
    || per_edition.edition_id || ' ends in '
    || coalesce(cast(per_edition.forsta_sista_planar as {{ dbt.type_string() }}), 'no year')
    || ', but the edition covers the years to '
    || cast(editions.covers_to_year as {{ dbt.type_string() }})
    || ' (registry__source_documents): is every measure of a plan year in the plan'
    || ' (ingar_i_plan)?' as problem
from per_edition
inner join editions on per_edition.edition_id = editions.edition_id
where
    per_edition.forsta_sista_planar is null
    or per_edition.forsta_sista_planar != editions.covers_to_year
    or per_edition.sista_planar != editions.covers_to_year
