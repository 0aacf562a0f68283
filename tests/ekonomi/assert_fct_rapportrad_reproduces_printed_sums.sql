-- Every printed sum of the financial statements is reproduced by the fact:
-- the sum of the posts below it in the hierarchy of dim_rapportrad (however
-- many levels down) equals the printed figure within rounding (half a mnkr
-- per post), unless a contradiction in that sum or a sum below it is
-- registered. The test also fails if no sum is checked at all.
with recursive

rapportrader as (
    select * from {{ ref('dim_rapportrad') }}
),

fct as (
    select * from {{ ref('fct_rapportrad') }}
),

printed as (
    select * from {{ ref('rpt_finansiella_rapporter') }}
),

descendants (summa_rad_id, rad_id, rad_typ) as (
    select
        summeras_i_rad_id as summa_rad_id,
        rad_id,
        rad_typ
    from rapportrader
    where summeras_i_rad_id is not null
    union all
    select
        descendants.summa_rad_id,
        rapportrader.rad_id,
        rapportrader.rad_typ
    from descendants
    inner join rapportrader on descendants.rad_id = rapportrader.summeras_i_rad_id
),

from_posts as (
    select
        descendants.summa_rad_id,
        fct.ar,
        fct.scenario,
        sum(fct.belopp_mnkr) as belopp_mnkr,
        count(*) as antal_poster
    from descendants
    inner join fct on descendants.rad_id = fct.rad_id
    where descendants.rad_typ = 'post'
    group by descendants.summa_rad_id, fct.ar, fct.scenario
),

registered as (
    select distinct
        descendants.summa_rad_id,
        printed.ar,
        printed.scenario
    from descendants
    inner join printed on descendants.rad_id = printed.rad_id
    where printed.discrepancy_id is not null
    union
    select
        rad_id as summa_rad_id,
        ar,
        scenario
    from printed
    where discrepancy_id is not null
),

compared as (
    select
        printed.rapportrad_id,
        printed.belopp_mnkr as printed_mnkr,
        from_posts.belopp_mnkr as from_posts_mnkr,
        from_posts.antal_poster,
        registered.summa_rad_id is not null as is_registered
    from printed
    left join from_posts
        on
            printed.rad_id = from_posts.summa_rad_id
            and printed.ar = from_posts.ar
            and printed.scenario = from_posts.scenario
    left join registered
        on
            printed.rad_id = registered.summa_rad_id
            and printed.ar = registered.ar
            and printed.scenario = registered.scenario
    where printed.rad_typ = 'summa'
),

failures as (
    select
        rapportrad_id,
        printed_mnkr,
        from_posts_mnkr,
        'sum of posts differs from the printed sum' as problem
    from compared
    where
        not is_registered
        and (
            from_posts_mnkr is null
            or abs(printed_mnkr - from_posts_mnkr) > 0.5 * antal_poster
        )
    union all
    select
        'none' as rapportrad_id,
        null as printed_mnkr,
        null as from_posts_mnkr,
        'fewer than 80 printed sums were checked' as problem
    from compared
    having count(*) < 80
)

select * from failures
