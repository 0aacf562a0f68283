-- How each figure printed more than once was revised and how it turned out:
-- every version side by side (plan, budget, prognos, bokslut; one edition
-- and the next; table and running text), with the difference from the
-- version before and from the most final one, and the registered
-- discrepancy where one explains a difference.
with

historik as (
    select
        figur_id,
        ar,
        sort_order,
        scenario_id,
        edition_id,
        table_kind,
        printed_value,
        varde,
        unit,
        skillnad_mot_foregaende_version,
        skillnad_mot_slutligaste_version,
        discrepancy_id
    from {{ ref('rpt_figurhistorik') }}
),

final as (
    select * from historik
    where skillnad_mot_slutligaste_version != 0 or discrepancy_id is not null
)

select * from final
order by figur_id, ar, sort_order
