-- Every printed cell of the abonnemang table 2023, long form (see the macro).
{{ stage_printed_table('ssvr_vb_2023__abonnemang_2023') }}
