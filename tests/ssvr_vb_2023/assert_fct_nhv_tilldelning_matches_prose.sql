-- The fact's keys agree with the prose: "Under 2023 tillkom 13 nya
-- vårdområden att söka om. Region Skåne har sökt åtta av dem och tilldelats
-- samtliga ... Sus har huvudansvar för sju av tillstånden och Psykiatri,
-- Habilitering och hjälpmedel ansvarar för ett."
with

tilldelning as (
    select * from {{ ref('fct_nhv_tilldelning') }}
),

counted as (
    select
        count(*) as vardomraden,
        sum(case when has_tillstand then 1 else 0 end) as tilldelade,
        sum(case when has_tillstand and huvudansvar_saljare_id = 'sus' then 1 else 0 end)
            as tilldelade_sus,
        sum(case when has_tillstand and huvudansvar_namnd_id = 'phh' then 1 else 0 end)
            as tilldelade_phh
    from tilldelning
)

select * from counted
where not (vardomraden = 13 and tilldelade = 8 and tilldelade_sus = 7 and tilldelade_phh = 1)
