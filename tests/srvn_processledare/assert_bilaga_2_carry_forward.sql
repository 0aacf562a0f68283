-- Bilaga 2's carry-forward as the table defines it: "Ackumulerat överskott från
-- föregående år" of a year is the previous year's "Balans utan statliga
-- ersättningar", and "Ackumulerat överskott" is the previous year's "Slutlig
-- balans". (That the second chain counts the first one twice is registered
-- in the discrepancy register, D0011 and D0012.)
with

cells as (
    select
        row_label,
        cast(column_label as integer) as ar,
        value
    from {{ ref('stg_srvn_processledare__bilaga_2_ekonomisk_sammanstallning') }}
),

carried as (
    select
        this_year.ar,
        this_year.row_label,
        this_year.value as carried_value,
        previous_year.value as previous_value
    from cells as this_year
    inner join cells as previous_year
        on
            this_year.ar = previous_year.ar + 1
            and (
                (
                    this_year.row_label = 'Ackumulerat överskott från föregående år'
                    and previous_year.row_label = 'Balans utan statliga ersättningar'
                )
                or (
                    this_year.row_label = 'Ackumulerat överskott'
                    and previous_year.row_label = 'Slutlig balans'
                )
            )
)

select * from carried
where carried_value != previous_value or carried_value is null
