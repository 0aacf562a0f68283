-- Every printed cell of the table, long form: macros/staging/stage_printed_table.sql.
{{ stage_printed_table('rs_budget_2024__bilaga_4b_forandring_regionbidrag') }}
