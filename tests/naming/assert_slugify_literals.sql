-- slugify turns printed labels into the keys the marts use.

with

cases as (
    select
        'Resttillstånd efter polio' as printed_label,
        'resttillstand_efter_polio' as expected_slug
    union all
    select
        'Medfödd metabolsjukdom inkl. nyföddhetsscreening' as printed_label,
        'medfodd_metabolsjukdom_inkl_nyfoddhetsscreening' as expected_slug
    union all
    select
        'Resultat nämnden 2023–2026' as printed_label,
        'resultat_namnden_2023_2026' as expected_slug
    union all
    select
        '- Attraktiv arbetsgivare, professionell verksamhet' as printed_label,
        'attraktiv_arbetsgivare_professionell_verksamhet' as expected_slug
    union all
    select
        'Handläggartjänst till kansliet (enligt ärende 1)' as printed_label,
        'handlaggartjanst_till_kansliet_enligt_arende_1' as expected_slug
),

slugged as (
    select
        printed_label,
        expected_slug,
        {{ slugify('printed_label') }} as actual_slug
    from cases
)

select * from slugged
where actual_slug is null or actual_slug != expected_slug
