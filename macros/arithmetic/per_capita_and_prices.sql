{#
    The two pieces of arithmetic the regionbidrag report adds to printed
    figures; unit-tested on rpt_regionbidrag_per_namnd.
#}
{% macro per_invanare_kr(belopp_mnkr, invanare) -%}
    {#- An amount in mnkr per inhabitant, in kronor, rounded to whole kronor. -#}
    round({{ belopp_mnkr }} * 1000000 / {{ invanare }}, 0)
{%- endmacro %}


{% macro i_fasta_priser(belopp, index_procent) -%}
    {#- An amount deflated by one year's index (percent) to the previous year's
        prices, rounded to 0,1 (the printed precision of the budget). -#}
    round({{ belopp }} / (1 + {{ index_procent }} / 100), 1)
{%- endmacro %}
