-- "Under 2023 tillkom 13 nya vårdområden att söka om. Region Skåne har sökt
-- åtta av dem och tilldelats samtliga ... Sus har huvudansvar för sju av
-- tillstånden och Psykiatri, Habilitering och hjälpmedel ansvarar för ett."
with

nhv as (
    select * from {{ ref('int_nhv_tilldelning_2023') }}
),

counted as (
    select
        count(*) as vardomraden,
        sum(case when is_tilldelat then 1 else 0 end) as tilldelade,
        sum(case when is_tilldelat and huvudansvar = 'Sus' then 1 else 0 end) as tilldelade_sus,
        sum(case when is_tilldelat and huvudansvar = 'PHH' then 1 else 0 end) as tilldelade_phh
    from nhv
)

select * from counted
where not (vardomraden = 13 and tilldelade = 8 and tilldelade_sus = 7 and tilldelade_phh = 1)
