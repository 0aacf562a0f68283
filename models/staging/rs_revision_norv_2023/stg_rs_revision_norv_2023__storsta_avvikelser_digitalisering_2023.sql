-- Every printed cell of the table, long form: macros/staging/stage_printed_table.sql.
{{ stage_printed_table('rs_revision_norv_2023__storsta_avvikelser_digitalisering_2023') }}
