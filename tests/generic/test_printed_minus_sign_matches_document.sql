{#
    A negative number is printed with the minus sign of its document (en dash
    in Region Skåne's budget, hyphen-minus in the others). A hyphen where the
    document prints an en dash (or the reverse) is a transcription error.
#}
{% test printed_minus_sign_matches_document(model) %}

with

cells as (
    select * from {{ model }}
),

documents as (
    select * from {{ ref('registry__source_documents') }}
),

signed_cells as (
    select
        cells.cell_location,
        cells.printed_value,
        documents.minus_sign as document_minus_sign,
        substr(trim(cells.printed_value), 1, 1) as printed_sign
    from cells
    inner join documents
        on cells.document_file = documents.document_file
    where
        cells.value is not null
        and substr(trim(cells.printed_value), 1, 1) in ('-', '–')
)

select * from signed_cells
where printed_sign != document_minus_sign

{% endtest %}
