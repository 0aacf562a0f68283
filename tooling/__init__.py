"""Tooling around the warehouse that is not the product: the synthetic next edition the
tests and the scale profile write into project copies, and `make bench`. Not installed
with the package; run from the project folder (`python -m tooling.bench`)."""
