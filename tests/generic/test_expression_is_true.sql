{#- An aggregate or row expression over the model holds (fails when it is false). -#}
{% test expression_is_true(model, expression) %}

select *
from (
    select {{ expression }} as holds
    from {{ model }}
) as checked
where not coalesce(holds, false)

{% endtest %}
