-- Statement lines × year × scenario (mnkr), without printed sums: the
-- resultat-, balanskrav-, kassaflödes- and balansbudget, the kassaflöde note
-- and the mnkr lines of intäkts- and kostnadsutvecklingen. Signs follow the
-- warehouse convention (dim_rapportrad.teckenomvandling).
with

cells as (
    select * from {{ ref('int_rapportrader_cells_mapped') }}
),

documents as (
    select * from {{ ref('stg_registry__source_documents') }}
),

final as (
    select
        cells.rad_id || ':' || cast(cells.ar as {{ dbt.type_string() }}) || ':' || cells.scenario
            as rapportrad_id,
        cells.rad_id,
        cells.rapport,
        documents.document_slug
        || ':' || cast(cells.ar as {{ dbt.type_string() }})
        || ':' || cells.scenario as period_id,
        cells.ar,
        cells.scenario,
        cast(cells.value * cells.teckenomvandling as {{ exact_decimal_type() }}) as belopp_mnkr,
        cells.teckenomvandling = -1 as is_sign_flipped,
        cells.cell_id as source_cell_id
    from cells
    inner join documents on cells.document_file = documents.document_file
    where
        cells.rad_typ = 'post'
        and cells.unit = 'mnkr'
        and not cells.is_empty
)

select * from final
