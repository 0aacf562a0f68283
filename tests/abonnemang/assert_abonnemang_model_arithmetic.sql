-- The derived measures of the subscription model obey their rules: the net
-- positions of the regions sum to zero each year (every krona one region
-- sells another buys), each buyer's shares sum to 100 % within rounding, and
-- the compensation the 50 % rule implies is the amount divided by the share.
{{ config(store_failures=true) }}

with

netto as (
    select
        ar,
        sum(nettoposition_tkr) as summa
    from {{ ref('rpt_abonnemang_nettoposition') }}
    group by ar
),

andelar as (
    select
        kopare_region_id,
        ar,
        sum(andel_av_kopare_procent) as summa
    from {{ ref('rpt_abonnemang_kopare_saljare') }}
    group by kopare_region_id, ar
),

ersattning as (
    select * from {{ ref('rpt_abonnemang_kopare_saljare') }}
    where grundsumma_andel_procent is not null
)

select
    'nettopositionerna ' || cast(ar as {{ dbt.type_string() }}) || ' summerar till '
    || cast(summa as {{ dbt.type_string() }}) as problem
from netto
where summa != 0

union all

select
    kopare_region_id || ' ' || cast(ar as {{ dbt.type_string() }}) || ': andelarna summerar till '
    || cast(summa as {{ dbt.type_string() }}) as problem
from andelar
where abs(summa - 100) > 0.05 * 10

union all

select
    rad_id || ': härledd ersättning ' || cast(harledd_ersattning_tkr as {{ dbt.type_string() }})
    || ' är inte beloppet delat med andelen' as problem
from ersattning
where abs(harledd_ersattning_tkr * grundsumma_andel_procent - belopp_tkr * 100) > 0.01
