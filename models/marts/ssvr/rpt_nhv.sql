-- The NHV lists as a reader wants them: per edition in order of start, with
-- the vårdområde's name, the förvaltning holding the main responsibility and
-- the days from Socialstyrelsen's decision to the start.
with

tilldelning as (
    select
        nhv_tilldelning_id,
        nhv_vardomrade_id,
        huvudansvar_namnd_id,
        ar,
        edition_id,
        ansokningsfas,
        utfall,
        huvudansvar,
        has_tillstand,
        tillstand_date,
        start_date,
        ansokningsfas_source_cell_id
    from {{ ref('fct_nhv_tilldelning') }}
),

vardomraden as (
    select
        nhv_vardomrade_id,
        vardomrade_namn
    from {{ ref('dim_nhv_vardomrade') }}
),

namnder as (
    select
        namnd_id,
        namnd_namn,
        forvaltning_namn
    from {{ ref('dim_namnd') }}
),

cells as (
    select
        cell_id,
        row_order
    from {{ ref('int_printed_cells_keyed') }}
),

joined as (
    select
        tilldelning.nhv_tilldelning_id,
        tilldelning.nhv_vardomrade_id,
        tilldelning.edition_id,
        tilldelning.ar,
        vardomraden.vardomrade_namn,
        tilldelning.ansokningsfas,
        tilldelning.utfall,
        tilldelning.huvudansvar,
        tilldelning.huvudansvar_namnd_id,
        coalesce(namnder.forvaltning_namn, namnder.namnd_namn) as huvudansvar_namn,
        tilldelning.has_tillstand,
        tilldelning.tillstand_date,
        tilldelning.start_date,
        {{ dbt.datediff('tilldelning.tillstand_date', 'tilldelning.start_date', 'day') }}
            as dagar_fran_tillstand_till_start,
        cells.row_order as tryckt_ordning
    from tilldelning
    inner join vardomraden
        on tilldelning.nhv_vardomrade_id = vardomraden.nhv_vardomrade_id
    inner join cells on tilldelning.ansokningsfas_source_cell_id = cells.cell_id
    left join namnder
        on tilldelning.huvudansvar_namnd_id = namnder.namnd_id
),

final as (
    select
        nhv_tilldelning_id,
        cast(row_number() over (
            partition by edition_id
            order by start_date, tillstand_date, tryckt_ordning
        ) as integer) as sort_order,
        nhv_vardomrade_id,
        edition_id,
        ar,
        vardomrade_namn,
        ansokningsfas,
        utfall,
        huvudansvar,
        huvudansvar_namnd_id,
        huvudansvar_namn,
        has_tillstand,
        tillstand_date,
        start_date,
        cast(dagar_fran_tillstand_till_start as integer) as dagar_fran_tillstand_till_start,
        cast(tryckt_ordning as integer) as tryckt_ordning
    from joined
)

select * from final
order by edition_id, sort_order
