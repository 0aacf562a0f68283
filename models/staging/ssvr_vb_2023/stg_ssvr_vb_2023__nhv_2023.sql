-- Every printed cell of the table, long form: macros/staging/stage_printed_table.sql.
{{ stage_printed_table('ssvr_vb_2023__nhv_2023') }}
