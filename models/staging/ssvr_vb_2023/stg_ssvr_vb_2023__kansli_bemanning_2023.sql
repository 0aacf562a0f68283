-- Every printed cell of the table, long form: macros/staging/stage_printed_table.sql.
{{ stage_printed_table('ssvr_vb_2023__kansli_bemanning_2023') }}
