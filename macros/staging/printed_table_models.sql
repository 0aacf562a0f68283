{#
    The staging models of every transcribed table, one per seed under
    seeds/<document>/. `int_printed_cells_unioned` unions them into one
    relation; a pytest test keeps this list complete.
#}
{% macro printed_table_models() -%}
    {{ return([
        'stg_rs_budget_2024__bilaga_1_balanskravsberakning',
        'stg_rs_budget_2024__bilaga_1_resultatbudget',
        'stg_rs_budget_2024__bilaga_2_kassaflode_not',
        'stg_rs_budget_2024__bilaga_2_kassaflodesbudget',
        'stg_rs_budget_2024__bilaga_3_balansbudget',
        'stg_rs_budget_2024__bilaga_4a_regionbidrag',
        'stg_rs_budget_2024__bilaga_4a_resultatkrav',
        'stg_rs_budget_2024__bilaga_4b_forandring_regionbidrag',
        'stg_rs_budget_2024__bilaga_4b_forkortningar',
        'stg_rs_budget_2024__bilaga_5a_investeringsbudget',
        'stg_rs_budget_2024__bilaga_5b_fotnoter',
        'stg_rs_budget_2024__bilaga_5b_strategiska_investeringar',
        'stg_rs_budget_2024__intaktsutveckling',
        'stg_rs_budget_2024__kostnadsutveckling',
        'stg_rs_budget_2024__ovriga_berakningsforutsattningar',
        'stg_rs_budget_2024__ovriga_berakningsforutsattningar_fotnoter',
        'stg_rs_revision_norv_2023__bedomningar',
        'stg_rs_revision_norv_2023__bedomningsskala',
        'stg_rs_revision_norv_2023__helarsprognoser_2023',
        'stg_rs_revision_norv_2023__regionbidrag_2023_medicinsk_service',
        'stg_rs_revision_norv_2023__resultat_2023',
        'stg_rs_revision_norv_2023__storsta_avvikelser_digitalisering_2023',
        'stg_srvn_processledare__bilaga_2_ekonomisk_sammanstallning',
        'stg_ssvr_vb_2023__abonnemang_2023',
        'stg_ssvr_vb_2023__kansli_bemanning_2023',
        'stg_ssvr_vb_2023__nhv_2023',
        'stg_ssvr_vb_2023__projektkonton_2023',
        'stg_ssvr_vb_2023__srvn_resultat_2023',
    ]) }}
{%- endmacro %}
