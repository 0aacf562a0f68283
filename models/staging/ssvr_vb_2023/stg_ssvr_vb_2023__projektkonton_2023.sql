-- Every printed cell of ssvr_vb_2023__projektkonton_2023, long form (see macros/staging/stage_printed_table.sql).
{{ stage_printed_table('ssvr_vb_2023__projektkonton_2023') }}
