-- A word that says which way a figure moves (ref__riktningsord: "ökat",
-- "minskat", "höjs" …, the first word of the row's riktning) agrees with
-- it: a change carries the word's sign, and in "från X till Y" the value Y
-- goes the word's way from X (the word of the till row, else of its fran
-- row). "Soliditet stärkts från cirka 90 procent till runt 38 procent",
-- coded +90 and +38, went down where the sentence says up (D0094).

with

prose as (
    select
        prosa_id,
        prose_location,
        mening,
        riktning,
        slag,
        tecken,
        fran_till,
        bas_prosa_id,
        value
    from {{ ref('stg_prose__figures') }}
),

kinds as (
    select
        slag,
        is_forandring
    from {{ ref('stg_reference__prosaslag') }}
),

words as (
    select * from {{ ref('ref__riktningsord') }}
),

directed as (
    select
        prose.prosa_id,
        words.tecken as ordets_tecken
    from prose
    inner join words
        on lower({{ dbt.split_part('prose.riktning', "' '", 1) }}) = words.ord
),

changes as (
    select
        prose.prose_location,
        prose.mening,
        'the change is signed ' || cast(prose.tecken as {{ dbt.type_string() }})
        || ', its word "' || prose.riktning || '" says '
        || cast(directed.ordets_tecken as {{ dbt.type_string() }}) as problem
    from prose
    inner join kinds on prose.slag = kinds.slag
    inner join directed on prose.prosa_id = directed.prosa_id
    where kinds.is_forandring and prose.tecken != directed.ordets_tecken
),

pairs as (
    select
        till.prose_location,
        till.mening,
        'from ' || cast(fran.value * fran.tecken as {{ dbt.type_string() }})
        || ' to ' || cast(till.value * till.tecken as {{ dbt.type_string() }})
        || ' goes the other way than its word "'
        || coalesce(till.riktning, fran.riktning) || '"' as problem
    from prose as till
    inner join prose as fran on till.bas_prosa_id = fran.prosa_id
    left join directed as till_word on till.prosa_id = till_word.prosa_id
    left join directed as fran_word on fran.prosa_id = fran_word.prosa_id
    where
        till.fran_till = 'till'
        and coalesce(till_word.ordets_tecken, fran_word.ordets_tecken) is not null
        and sign(till.value * till.tecken - fran.value * fran.tecken)
        = -coalesce(till_word.ordets_tecken, fran_word.ordets_tecken)
),

problems as (
    select * from changes
    union all
    select * from pairs
)

select * from problems
