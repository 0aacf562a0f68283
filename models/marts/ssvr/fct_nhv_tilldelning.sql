-- What Region Skåne did with each vårdområde of the NHV call 2023 and what
-- came of it: one row per vårdområde, every measure with the cell it comes
-- from. The unit holding the main responsibility is keyed to the nämnd (by
-- the abbreviation of bilaga 4 B: Sus, PHH) and, for Sus, to the selling
-- unit of the abonnemang.
with

nhv as (
    select * from {{ ref('int_nhv_tilldelning_2023') }}
),

namnder as (
    select * from {{ ref('dim_namnd') }}
),

classified as (
    select
        {{ slugify('nhv.vardomrade') }} as nhv_vardomrade_id,
        namnder.namnd_id as huvudansvar_namnd_id,
        case when nhv.huvudansvar = 'Sus' then 'sus' end as huvudansvar_saljare_id,
        nhv.status as ansokningsfas,
        case
            when nhv.status = 'Tillstånd NHV' then 'tillstand'
            when nhv.status = 'Tillstånd samarbetspartner NHV' then 'tillstand_samarbetspartner'
            when nhv.status = 'Avstått söka NHV' then 'avstatt'
        end as utfall,
        nhv.huvudansvar,
        nhv.is_tilldelat as has_tillstand,
        nhv.tillstand_date,
        nhv.start_date,
        nhv.status_cell_id as ansokningsfas_source_cell_id,
        nhv.tillstand_cell_id as tillstand_source_cell_id,
        nhv.start_cell_id as start_source_cell_id,
        nhv.huvudansvar_cell_id as huvudansvar_source_cell_id
    from nhv
    left join namnder
        on upper(nhv.huvudansvar) = namnder.forkortning
)

select * from classified
