-- The NHV tables (one per verksamhetsberättelse) one row per vårdområde, with
-- real dates, the outcome of the application and the nämnd holding the main
-- responsibility (the value map, ref__varden). Which columns stand side by
-- side is the pivot map's (ref__pivot_kolumner, macro pivot_cells).
with

pivoted as (
    {{ pivot_cells('nhv', ['edition_id', 'ar', 'row_order', 'row_key', 'row_label']) }}
),

final as (
    select
        edition_id,
        ar,
        row_order,
        row_key as nhv_vardomrade_id,
        row_label as vardomrade,
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
