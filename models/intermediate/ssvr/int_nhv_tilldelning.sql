-- The NHV tables (one per verksamhetsberättelse) one row per vårdområde, with
-- real dates, the outcome of the application and the nämnd holding the main
-- responsibility (the value map, ref__varden).
with

cells as (
    select * from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'nhv'
),

varden as (
    select * from {{ ref('stg_reference__varden') }}
    where table_kind = 'nhv'
),

valued as (
    select
        cells.*,
        varden.mapped_key as value_key
    from cells
    left join varden
        on
            cells.column_key = varden.column_key
            and cells.printed_value = varden.printed_value
),

pivoted as (
    select
        edition_id,
        ar,
        row_order,
        row_key as nhv_vardomrade_id,
        row_label as vardomrade,
        max(case when column_key = 'ansokningsfas' then printed_value end) as ansokningsfas,
        max(case when column_key = 'ansokningsfas' then value_key end) as utfall,
        max(case when column_key = 'tillstand_datum' then printed_value end) as tillstand_printed,
        max(case when column_key = 'start_datum' then printed_value end) as start_printed,
        max(case when column_key = 'huvudansvar' then printed_value end) as huvudansvar,
        max(case when column_key = 'huvudansvar' then value_key end) as huvudansvar_namnd_id,
        max(case when column_key = 'ansokningsfas' then cell_id end) as ansokningsfas_cell_id,
        max(case when column_key = 'tillstand_datum' then cell_id end) as tillstand_cell_id,
        max(case when column_key = 'start_datum' then cell_id end) as start_cell_id,
        max(case when column_key = 'huvudansvar' then cell_id end) as huvudansvar_cell_id
    from valued
    group by edition_id, ar, row_order, row_key, row_label
),

final as (
    select
        edition_id,
        ar,
        row_order,
        nhv_vardomrade_id,
        vardomrade,
        ansokningsfas,
        utfall,
        huvudansvar,
        huvudansvar_namnd_id,
        utfall like 'tillstand%' as has_tillstand,
        cast(tillstand_printed as date) as tillstand_date,
        cast(start_printed as date) as start_date,
        ansokningsfas_cell_id,
        tillstand_cell_id,
        start_cell_id,
        huvudansvar_cell_id
    from pivoted
)

select * from final
