-- The lines of the budget's financial statements with their hierarchy (the
-- sum a line adds into, from the declared arithmetic), their type, the sign
-- convention, and the label and order the latest edition prints them with.
with

rapportrader as (
    select * from {{ ref('stg_reference__rapportrader') }}
),

table_kinds as (
    select distinct
        table_kind,
        table_kind_namn
    from {{ ref('stg_registry__printed_tables') }}
),

labels as (
    select
        table_kind,
        mapped_key,
        printed_label,
        line_number
    from {{ ref('int_printed_labels_printed') }}
    where axis = 'rad'
),

etiketter as (
    select
        table_kind,
        mapped_key,
        teckenomvandling
    from {{ ref('stg_reference__etiketter') }}
    where axis = 'rad'
),

hierarchy as (
    select distinct
        table_kind,
        part_key as rad_id,
        total_key as summeras_i_rad_id
    from {{ ref('stg_registry__arithmetic') }}
    where roll = 'delsumma' and direction = 'rad' and part_key not in ('*', '^')
),

section_hierarchy as (
    -- Parts declared as a whole section ('*'): every line printed in it.
    select distinct
        arithmetic.table_kind,
        cells.row_key as rad_id,
        arithmetic.total_key as summeras_i_rad_id
    from {{ ref('stg_registry__arithmetic') }} as arithmetic
    inner join {{ ref('int_printed_cells_keyed') }} as cells
        on
            arithmetic.table_kind = cells.table_kind
            and (
                arithmetic.part_section = cells.section_key
                or cells.section_key like arithmetic.part_section || ':%'
                or arithmetic.part_section is null
            )
            and not cells.is_total_row
    where
        arithmetic.roll = 'delsumma' and arithmetic.direction = 'rad' and arithmetic.part_key = '*'
),

parents as (
    select * from hierarchy
    union
    select * from section_hierarchy
),

signs as (
    select
        table_kind,
        mapped_key,
        max(teckenomvandling) as teckenomvandling
    from etiketter
    group by table_kind, mapped_key
),

final as (
    select
        rapportrader.rad_id,
        rapportrader.rapport,
        table_kinds.table_kind_namn as rapport_namn,
        labels.printed_label as rad_namn,
        cast(labels.line_number - 1 as integer) as sort_order,
        rapportrader.rad_typ,
        parents.summeras_i_rad_id,
        coalesce(rapportrader.specificerar_rad_id, parents.summeras_i_rad_id) as overordnad_rad_id,
        rapportrader.normalt_tecken,
        cast(coalesce(signs.teckenomvandling, 1) as integer) as teckenomvandling
    from rapportrader
    left join table_kinds on rapportrader.rapport = table_kinds.table_kind
    left join labels
        on
            rapportrader.rapport = labels.table_kind
            and rapportrader.rad_id = labels.mapped_key
    left join parents
        on
            rapportrader.rapport = parents.table_kind
            and rapportrader.rad_id = parents.rad_id
    left join signs
        on
            rapportrader.rapport = signs.table_kind
            and rapportrader.rad_id = signs.mapped_key
)

select * from final
