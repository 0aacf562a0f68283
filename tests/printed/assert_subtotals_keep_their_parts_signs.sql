-- A subtotal (roll delsumma) is its parts' sum in the warehouse's signs too:
-- the label map converts its row and every part it adds alike
-- (ref__etiketter.teckenomvandling; a part it subtracts may be converted
-- otherwise, and is then added: a cost stored negative). The printed
-- arithmetic is checked on the printed values, so a conversion given to the
-- subtotal but not to an added part (or the reverse) flipped that part in
-- fct_rapportrad without a word. A check rule may net rows against a
-- counter-entry converted otherwise (bilaga 4 B's FINANS).

with

checked as (
    select
        rule_id,
        total_location,
        parts_converted_otherwise
    from {{ ref('int_printed_totals_checked') }}
    where roll = 'delsumma'
)

select
    total_location,
    rule_id,
    cast(parts_converted_otherwise as {{ dbt.type_string() }})
    || ' of the parts it adds are converted to the warehouse signs otherwise than this '
    || 'subtotal (ref__etiketter, teckenomvandling): convert the subtotal and its parts alike'
        as problem
from checked
where parts_converted_otherwise > 0
