-- Södra regionvårdsnämnden's result 2023 (kansli and political work) per
-- kontoklass × scenario, kr, signed as printed (costs negative). The printed
-- "Avvikelse mot budget" column and "Summa" row are totals: they are left out
-- here and reproduced from the fact by a test.
with

resultat_cells as (
    select * from {{ ref('stg_ssvr_vb_2023__srvn_resultat_2023') }}
),

part_cells as (
    select *
    from resultat_cells
    where
        not is_printed_total
        and not is_empty
        -- Utfall minus budget: a total column (the seed does not flag it).
        and column_label != 'Avvikelse mot budget'
),

mapped as (
    select
        {{ slugify('row_label') }} as kontoklass_id,
        row_label as kontoklass,
        row_order,
        case column_label
            when 'Budget 2023' then 'budget'
            when 'Utfall 2023' then 'bokslut'
        end as scenario,
        -- Both columns are the year of the verksamhetsberättelse.
        2023 as ar,
        value as belopp_kr,
        cell_id
    from part_cells
),

final as (
    select
        kontoklass_id || ':' || scenario || ':' || cast(ar as varchar) as srvn_resultat_id,
        kontoklass_id,
        kontoklass,
        scenario,
        ar,
        belopp_kr,
        cast(row_order as integer) as sort_order,
        cell_id as source_cell_id
    from mapped
)

select * from final
