-- What Region Skåne did with each vårdområde of an NHV call and what came of
-- it: one row per vårdområde and edition, every measure with the cell it
-- comes from. The unit holding the main responsibility is keyed to the nämnd
-- (the value map) and, where it sells abonnemang (Sus), to the selling unit.
with

nhv as (
    select
        edition_id,
        ar,
        nhv_vardomrade_id,
        ansokningsfas,
        utfall,
        huvudansvar,
        huvudansvar_namnd_id,
        has_tillstand,
        tillstand_date,
        start_date,
        ansokningsfas_cell_id,
        tillstand_cell_id,
        start_cell_id,
        huvudansvar_cell_id
    from {{ ref('int_nhv_tilldelning') }}
),

saljare as (
    select
        saljare_id,
        namnd_id
    from {{ ref('stg_reference__abonnemang_saljare') }}
),

final as (
    select
        nhv.nhv_vardomrade_id || ':' || nhv.edition_id as nhv_tilldelning_id,
        nhv.nhv_vardomrade_id,
        nhv.huvudansvar_namnd_id,
        saljare.saljare_id as huvudansvar_saljare_id,
        nhv.ar,
        nhv.edition_id,
        nhv.ansokningsfas,
        nhv.utfall,
        nhv.huvudansvar,
        nhv.has_tillstand,
        nhv.tillstand_date,
        nhv.start_date,
        nhv.ansokningsfas_cell_id as ansokningsfas_source_cell_id,
        nhv.tillstand_cell_id as tillstand_source_cell_id,
        nhv.start_cell_id as start_source_cell_id,
        nhv.huvudansvar_cell_id as huvudansvar_source_cell_id
    from nhv
    left join saljare on nhv.huvudansvar_namnd_id = saljare.namnd_id
)

select * from final
