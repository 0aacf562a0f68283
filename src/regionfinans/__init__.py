"""The dbt + DuckDB warehouse of Region Skåne's and Södra sjukvårdsregionen's finances."""

__version__ = "0.1.0"
