-- Every printed cell of the table, long form: macros/staging/stage_printed_table.sql.
{{ stage_printed_table('srvn_processledare__bilaga_2_ekonomisk_sammanstallning') }}
