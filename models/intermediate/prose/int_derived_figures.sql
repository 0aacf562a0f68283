-- Figures the documents state in words that the warehouse computes from a
-- table rather than reads from one cell: counts of the NHV table ("13 nya
-- vårdområden", "tilldelats åtta", "Sus ... sju") and the kansli's positions
-- in the staffing table. Each has a figur_id the prose figures link to; the
-- computation is by keys, never by printed labels.
with

nhv as (
    select
        edition_id,
        ar,
        huvudansvar_namnd_id,
        has_tillstand
    from {{ ref('int_nhv_tilldelning') }}
),

kansli as (
    select
        edition_id,
        ar,
        printed_value,
        value
    from {{ ref('int_printed_cells_keyed') }}
    where table_kind = 'kansli_bemanning' and not is_empty
),

nhv_counts as (
    select
        'nhv:antal_vardomraden' as figur_id,
        edition_id,
        ar,
        count(*) as value  -- noqa: RF04
    from nhv
    group by edition_id, ar
    union all
    select
        'nhv:antal_tillstand' as figur_id,
        edition_id,
        ar,
        sum(case when has_tillstand then 1 else 0 end) as value  -- noqa: RF04
    from nhv
    group by edition_id, ar
    union all
    select
        'nhv:antal_tillstand:' || huvudansvar_namnd_id as figur_id,
        edition_id,
        ar,
        sum(case when has_tillstand then 1 else 0 end) as value  -- noqa: RF04
    from nhv
    where huvudansvar_namnd_id is not null
    group by edition_id, ar, huvudansvar_namnd_id
),

kansli_positions as (
    -- A share of a full-time position, printed in percent; a cell printed
    -- with its parts ("10% (5% + 5%)") counts by its leading figure.
    select
        'kansli_bemanning:fordelade_tjanster' as figur_id,
        edition_id,
        ar,
        sum(
            coalesce(
                value,
                cast(
                    trim(                        {{ dbt.split_part('printed_value', "'%'", 1) }}                    ) as {{ exact_decimal_type() }}  -- noqa: LT05
                )
            )
        ) / 100 as value  -- noqa: RF04
    from kansli
    group by edition_id, ar
),

counts_and_positions as (
    select
        nhv_counts.*,
        'antal' as unit
    from nhv_counts
    union all
    select
        kansli_positions.*,
        'tjanster' as unit
    from kansli_positions
),

final as (
    select
        figur_id,
        edition_id,
        ar,
        cast(null as {{ dbt.type_string() }}) as scenario_id,
        cast(value as {{ exact_decimal_type() }}) as value,  -- noqa: RF04
        unit
    from counts_and_positions
)

select * from final
