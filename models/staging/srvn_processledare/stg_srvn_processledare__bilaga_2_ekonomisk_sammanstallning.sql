-- Every printed cell of srvn_processledare__bilaga_2_ekonomisk_sammanstallning, long form (see macros/staging/stage_printed_table.sql).
{{ stage_printed_table('srvn_processledare__bilaga_2_ekonomisk_sammanstallning') }}
