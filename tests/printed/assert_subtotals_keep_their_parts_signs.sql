-- A subtotal (roll delsumma) is its parts' sum in the warehouse's signs too:
-- the label map converts its row and every part's row alike
-- (ref__etiketter.teckenomvandling). The printed arithmetic is checked on
-- the printed values, so a conversion given to the subtotal but not to a
-- part (or the reverse) flipped that part in fct_rapportrad without a word.
-- A check rule may net rows against a counter-entry converted otherwise
-- (bilaga 4 B's FINANS).
{{ config(store_failures=true) }}

with

checked as (
    select * from {{ ref('int_printed_totals_checked') }}
    where roll = 'delsumma'
)

select
    total_location,
    rule_id,
    cast(parts_converted_otherwise as {{ dbt.type_string() }})
    || ' of its parts are converted to the warehouse''s signs otherwise than this '
    || 'subtotal (ref__etiketter, teckenomvandling): convert the subtotal and its parts alike'
        as problem
from checked
where parts_converted_otherwise > 0
