-- The derived measures of the subscription model obey their rules: the net
-- positions of the regions sum to zero each year (every krona one region
-- sells another buys), each buyer's shares sum to 100 % within rounding, and
-- the compensation the 50 % rule implies is the amount divided by the share;
-- the share the compensation is derived from is stated by some edition (a
-- mistyped figure id of the prose figure left every derived compensation
-- empty without a word); and no region buys a subscription from itself (the
-- table leaves the cell of a seller's own region empty: a seller given another
-- region in ref__abonnemang_saljare would otherwise move its sales there
-- without a word).

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
    select
        rad_id,
        belopp_tkr,
        grundsumma_andel_procent,
        harledd_ersattning_tkr
    from {{ ref('rpt_abonnemang_kopare_saljare') }}
    where grundsumma_andel_procent is not null
),

andel_funnen as (
    select
        count(*) as antal_rader,
        count(grundsumma_andel_procent) as rader_med_andel
    from {{ ref('rpt_abonnemang_kopare_saljare') }}
),

egna_kop as (
    select
        cells.cell_location,
        abonnemang.kopare_region_id,
        abonnemang.saljare_id,
        abonnemang.saljande_region_id
    from {{ ref('fct_abonnemang') }} as abonnemang
    inner join {{ ref('int_printed_cells_keyed') }} as cells
        on abonnemang.source_cell_id = cells.cell_id
    where abonnemang.kopare_region_id = abonnemang.saljande_region_id
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

union all

select
    'ingen utgåva anger grundsummans andel av ersättningen (prosafiguren som '
    || 'rpt_abonnemang_kopare_saljare läser): den härledda ersättningen saknas på alla '
    || cast(antal_rader as {{ dbt.type_string() }}) || ' rader' as problem
from andel_funnen
where antal_rader > 0 and rader_med_andel = 0

union all

select
    cell_location || ': ' || kopare_region_id || ' köper av sin egen region (säljaren '
    || saljare_id || ' hör till ' || saljande_region_id || ' (ref__abonnemang_saljare)' as problem
from egna_kop
