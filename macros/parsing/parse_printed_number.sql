{#
    Turns a number as printed in a Swedish public document into an exact
    decimal. The grammar is the var printed_number_pattern (dbt_project.yml);
    the macros are documented in _parsing__macros.yml.
#}
{% macro printed_number_pattern() -%}
    {#- The grammar lives once, in dbt_project.yml (vars), where check-seeds reads it too. -#}
    {{ var('printed_number_pattern') }}
{%- endmacro %}


{% macro parse_printed_number(printed, context=none) -%}
    case
        when nullif(trim({{ printed }}), '') is null then null
        when trim({{ printed }}) in ('-', '–') then null
        when {{ regexp_full_match('trim(' ~ printed ~ ')', printed_number_pattern()) }}
            then cast(
                replace(
                    replace(
                        replace(replace(replace(replace(trim({{ printed }}), '+/-', ''), '+', ''), '%', ''), ' ', ''),
                        '–', '-'
                    ),
                    ',', '.'
                ) as {{ exact_decimal_type() }}
            )
        else cast({{ raise_error(
            "'cannot read the printed value \"' || " ~ printed ~ " || '\" as a number'"
            ~ (" || ' in ' || " ~ context if context else "")
        ) }} as {{ exact_decimal_type() }})
    end
{%- endmacro %}


{% macro printed_decimals(printed) -%}
    {#- Number of decimals printed after the decimal comma (0 when none). -#}
    case
        when {{ printed }} like '%,%'
            then length(
                replace(replace(trim({{ dbt.split_part(printed, "','", 2) }}), '%', ''), ' ', '')
            )
        else 0
    end
{%- endmacro %}


{% macro printed_precision(printed) -%}
    {#- The printed unit of the last digit: 1, 0,1, 0,01 … in the table's unit. -#}
    case {{ printed_decimals(printed) }}
        when 0 then cast(1 as {{ exact_decimal_type() }})
        when 1 then cast(0.1 as {{ exact_decimal_type() }})
        when 2 then cast(0.01 as {{ exact_decimal_type() }})
        when 3 then cast(0.001 as {{ exact_decimal_type() }})
        else cast(0.0001 as {{ exact_decimal_type() }})
    end
{%- endmacro %}


{% macro try_parse_printed_number(printed) -%}
    {#- The value of `printed` where it is a printed number, else null (for
        free-text fields such as the discrepancy register's). -#}
    case
        when {{ regexp_full_match('trim(' ~ printed ~ ')', printed_number_pattern()) }}
            then {{ parse_printed_number(printed) }}
    end
{%- endmacro %}
