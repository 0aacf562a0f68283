-- Statement lines × year × scenario × edition (mnkr), without printed sums:
-- the resultat-, balanskrav-, kassaflödes- and balansbudget, the kassaflöde
-- note and the mnkr lines of intäkts- and kostnadsutvecklingen. Signs follow
-- the warehouse convention (dim_rapportrad.teckenomvandling);
-- is_vald_version marks the version sums use.
with

cells as (
    select
        cell_id,
        rad_id,
        rapport,
        rad_typ,
        edition_id,
        ar,
        scenario_id,
        unit,
        varde_konvention,
        teckenomvandling,
        is_empty,
        is_vald_version
    from {{ ref('int_rapportrader_cells_mapped') }}
),

final as (
    select
        cells.rad_id || ':' || cast(cells.ar as {{ dbt.type_string() }}) || ':' || cells.scenario_id
        || ':' || cells.edition_id as rapportrad_id,
        cells.rad_id,
        cells.rapport,
        cells.edition_id
        || ':' || cast(cells.ar as {{ dbt.type_string() }})
        || ':' || cells.scenario_id as period_id,
        cells.ar,
        cells.scenario_id,
        cells.edition_id,
        cast(cells.varde_konvention as {{ exact_decimal_type() }}) as belopp_mnkr,
        cells.teckenomvandling = -1 as is_sign_flipped,
        cells.is_vald_version,
        cells.cell_id as source_cell_id
    from cells
    where
        cells.rad_typ = 'post'
        and cells.unit = 'mnkr'
        and not cells.is_empty
)

select * from final
