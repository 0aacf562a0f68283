"""The placement program: the values of sparse rows placed by the declared arithmetic.

The text lost the column of each value in rows with empty cells: a row prints only its
values, left to right. Values are placed by solving the declared arithmetic as an integer
program (scipy's `milp`): each value of a sparse row goes to exactly one column, in
printed order, so that every declared total meets its parts within printed rounding.
Every placement that meets the arithmetic as well as the best one is found (up to
`MAX_SOLUTIONS`): the first is written, the others make the row an ambiguity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from regionfinans.importer.arithmetic import Equation
from regionfinans.importer.numbers import NumberGrammar, parse_value, segmentations
from regionfinans.importer.spec import ImportFailure, Row, Spec

MAX_SOLUTIONS = 12


@dataclass
class Placement:
    """The values of the table in their columns, and how each sparse row was placed."""

    cells: list[dict[str, str]]
    placed_rows: list[dict]
    ambiguities: list[dict]
    unmet: list[dict]


@dataclass
class _Program:
    """The integer program: variables, linear constraints, and the readings they stand for.

    `fixed` holds the cells of rows printed in full (one reading, a value for every column
    of the part); `readings` every reading of each (row, part) that is not; a variable
    ("y", r, p, o, v, c) places value v of reading o of row r's part p in column c, and
    `in_cell` lists, per cell, those variables with the value they would put there."""

    names: list[tuple] = field(default_factory=list)
    rows: list[dict[int, float]] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    fixed: dict[tuple[int, int], str] = field(default_factory=dict)
    readings: dict[tuple[int, int], list[list[str]]] = field(default_factory=dict)
    in_cell: dict[tuple[int, int], list[tuple[int, Decimal]]] = field(default_factory=dict)
    y_vars: list[int] = field(default_factory=list)
    y_where: dict[int, tuple[int, int, int, int, int]] = field(default_factory=dict)

    def variable(self, name: tuple) -> int:
        self.names.append(name)
        return len(self.names) - 1

    def constrain(self, terms: dict[int, float], low: float, high: float) -> None:
        self.rows.append(terms)
        self.lower.append(low)
        self.upper.append(high)

    def matrix(self, extra: list[dict[int, float]]) -> np.ndarray:
        matrix = np.zeros((len(self.rows) + len(extra), len(self.names)))
        for r, terms in enumerate([*self.rows, *extra]):
            for i, value in terms.items():
                matrix[r, i] += value
        return matrix

    def cell(self, r: int, c: int) -> tuple[Decimal, dict[int, float], dict[int, float] | None]:
        """Constant part, variable part and occupancy (None: always printed) of a cell."""
        if (r, c) in self.fixed:
            return parse_value(self.fixed[(r, c)])[0], {}, None
        terms = {i: float(value) for i, value in self.in_cell.get((r, c), [])}
        return Decimal(0), terms, {i: 1.0 for i in terms}

    def largest(self, r: int, c: int) -> float:
        constant, terms, _ = self.cell(r, c)
        return max([abs(float(constant)), *(abs(value) for value in terms.values())])


def place(
    spec: Spec,
    rows: list[Row],
    eqs: list[Equation],
    explained: dict[tuple[str, str], Decimal] | None = None,
    *,
    grammar: NumberGrammar,
) -> Placement:
    """Place the values of sparse rows by the arithmetic; report ambiguities and unmet sums.

    A declared total only binds where its cell is printed (as the build's reconciliation:
    an empty total cell checks nothing), so for a sparse total row the equation holds
    conditionally on the cell being filled (big M). The printed values are read by the
    project's number `grammar`."""
    program = _Program()
    _add_readings(program, spec, rows, grammar)
    _add_decisions(program, spec, rows)
    precisions = _precisions(program, spec.meta.get("decimals"))
    slack = [
        checked
        for eq in eqs
        if (checked := _add_equation(program, spec, rows, eq, precisions, explained))
    ]
    solutions = _solve(program)
    if program.names and not solutions:
        raise ImportFailure(f"{spec.path}: the arithmetic has no solution at all (check the spec)")
    if not solutions:
        solutions = [np.zeros(0)]
    all_cells = [_cells_of(program, spec, rows, solution) for solution in solutions]
    placed_rows, ambiguities = _placed_rows(program, rows, all_cells, slack)
    return Placement(
        all_cells[0], placed_rows, ambiguities, _unmet(spec, rows, solutions[0], slack)
    )


# ----------------------------------------------------------------------------- readings


def _add_readings(program: _Program, spec: Spec, rows: list[Row], grammar: NumberGrammar) -> None:
    """Every reading of every row's printed values: fixed cells where the row is printed in
    full, else variables that choose a reading and place its values in order."""
    part_columns = [[spec.columns.index(c) for c in part.columns] for part in spec.parts]
    decimals = spec.meta.get("decimals")
    for r, row in enumerate(rows):
        for p, text in row.values.items():
            columns = part_columns[p]
            options = [
                o
                for o in segmentations(
                    text, grammar, decimals, max_groups=spec.meta.get("max_groups", 2)
                )
                if len(o) <= len(columns)
            ]
            if not options:
                raise ImportFailure(
                    f"{spec.path}: row {row.label!r} (source line {row.lines[p]}) prints "
                    f"{text!r}, which does not read as at most {len(columns)} values"
                )
            program.readings[(r, p)] = options
            if len(options) == 1 and len(options[0]) == len(columns):
                for c, value in zip(columns, options[0], strict=True):
                    program.fixed[(r, c)] = value
                continue
            _add_sparse(program, spec, r, p, columns, options)


def _add_sparse(
    program: _Program, spec: Spec, r: int, p: int, columns: list[int], options: list[list[str]]
) -> None:
    """Row r's part p, printed sparse: one reading is chosen, each of its values goes to
    one column, in printed order, and no column gets two values."""
    selectors = [program.variable(("s", r, p, o)) for o in range(len(options))]
    program.constrain({s_: 1.0 for s_ in selectors}, 1, 1)
    per_column: dict[int, dict[int, float]] = {}
    for o, values in enumerate(options):
        k = len(values)
        by_value: list[list[tuple[int, int]]] = []
        for v in range(k):
            placed = []
            for j in range(v, len(columns) - (k - v) + 1):
                c = columns[j]
                i = program.variable(("y", r, p, o, v, c))
                program.y_vars.append(i)
                program.y_where[i] = (r, p, o, v, c)
                placed.append((i, c))
                program.in_cell.setdefault((r, c), []).append((i, parse_value(values[v])[0]))
                per_column.setdefault(c, {})[i] = 1.0
            by_value.append(placed)
            program.constrain({**{i: 1.0 for i, _ in placed}, selectors[o]: -1.0}, 0, 0)
        for v in range(k - 1):
            order: dict[int, float] = {selectors[o]: 1.0}
            for i, c in by_value[v]:
                order[i] = order.get(i, 0.0) + c
            for i, c in by_value[v + 1]:
                order[i] = order.get(i, 0.0) - c
            program.constrain(order, -np.inf, 0)
    for terms in per_column.values():
        program.constrain(terms, 0, 1)
    _add_always_printed(program, spec, r, p, columns, options, selectors)


def _add_always_printed(
    program: _Program,
    spec: Spec,
    r: int,
    p: int,
    columns: list[int],
    options: list[list[str]],
    selectors: list[int],
) -> None:
    """A column the table prints on every row (its total column): a row's last value in
    the part that holds it goes there."""
    always = spec.meta.get("alltid_tryckta_kolumner") or []
    if not always:
        return
    totals_here = [c for c in columns if spec.columns[c] in always]
    for o, values in enumerate(options):
        if values and totals_here:
            last = {
                i: 1.0
                for i, where in program.y_where.items()
                if where[:4] == (r, p, o, len(values) - 1) and where[4] == totals_here[-1]
            }
            program.constrain({**last, selectors[o]: -1.0}, 0, 0)


def _add_decisions(program: _Program, spec: Spec, rows: list[Row]) -> None:
    """Decisions the spec records for rows the arithmetic leaves open (with the reason)."""
    for r, decision in spec.decisions.items():
        placement = decision["placering"]
        for c, column in enumerate(spec.columns):
            if (r, c) in program.fixed:
                continue
            wanted = placement.get(column)
            chosen = {
                i: 1.0
                for i, (rr, p, o, v, cc) in program.y_where.items()
                if rr == r
                and cc == c
                and (wanted is None or program.readings[(rr, p)][o][v] == wanted)
            }
            if wanted is None:
                if chosen:
                    program.constrain(chosen, 0, 0)
            elif not chosen:
                raise ImportFailure(
                    f"{spec.path}: the decision for row {r + 1} ({rows[r].label!r}) puts "
                    f"{wanted!r} in {column!r}, which the text does not allow"
                )
            else:
                program.constrain(chosen, 1, 1)


# ----------------------------------------------------------------------------- arithmetic


def _precisions(program: _Program, decimals: int | None) -> dict[int, Decimal]:
    """Per row, the coarsest printed unit of any value any of its readings prints."""
    precisions: dict[int, Decimal] = {}
    for (r, _), options in program.readings.items():
        for option in options:
            for value in option:
                precisions[r] = max(
                    precisions.get(r, Decimal(1) if not decimals else Decimal(0)),
                    parse_value(value)[1],
                )
    return precisions


def _add_equation(
    program: _Program,
    spec: Spec,
    rows: list[Row],
    eq: Equation,
    precisions: dict[int, Decimal],
    explained: dict[tuple[str, str], Decimal] | None,
) -> tuple[int, int, Equation] | None:
    """One declared total as constraints; its slack variables (below, above the
    tolerance), or None when the total cell can never be printed (nothing to check)."""
    constant, total_terms, occupancy = program.cell(*eq.total)
    if occupancy == {}:
        return None
    terms = dict(total_terms)
    used = [precisions.get(eq.total[0], Decimal(1))]
    for r, c, sign in eq.parts:
        part_constant, part_terms, _ = program.cell(r, c)
        constant -= sign * part_constant
        for i, value in part_terms.items():
            terms[i] = terms.get(i, 0.0) - sign * value
        used.append(precisions.get(r, Decimal(1)))
    tolerance = float(Decimal("0.5") * max(used) * max(1, len(eq.parts))) + 1e-9
    # A contradiction the register already explains is not the placement's to fix.
    tolerance += float(
        (explained or {}).get((rows[eq.total[0]].label, spec.columns[eq.total[1]]), 0)
    )
    # E = total − Σ parts = dev+ − dev−; beyond the tolerance costs much more
    # than within it, so the placement that meets every total most closely wins and
    # only exact ties are ambiguities.
    dev_above = program.variable(("deviation+", eq.rule_id))
    dev_below = program.variable(("deviation-", eq.rule_id))
    below = program.variable(("slack-", eq.rule_id))
    above = program.variable(("slack+", eq.rule_id))
    terms[dev_above] = -1.0
    terms[dev_below] = 1.0
    program.constrain({dev_above: 1.0, above: -1.0}, -np.inf, tolerance)
    program.constrain({dev_below: 1.0, below: -1.0}, -np.inf, tolerance)
    if occupancy is None:
        program.constrain(terms, -float(constant), -float(constant))
    else:
        # As small as can be (a large M makes the solver's tolerances loose).
        big_m = (
            2 * (program.largest(*eq.total) + sum(program.largest(r, c) for r, c, _ in eq.parts))
            + 1
        )
        upper = {**terms, **{i: terms.get(i, 0.0) + big_m for i in occupancy}}
        lower = {**terms, **{i: terms.get(i, 0.0) - big_m for i in occupancy}}
        program.constrain(upper, -np.inf, -float(constant) + big_m)
        program.constrain(lower, -float(constant) - big_m, np.inf)
    return below, above, eq


# ----------------------------------------------------------------------------- solving


def _solve(program: _Program) -> list[np.ndarray]:
    """Every solution as good as the best, up to MAX_SOLUTIONS: after each, a cut forbids
    its choice of placements and a bound keeps the cost at the best one's."""
    width = len(program.names)
    kinds = [name[0] for name in program.names]
    is_slack = np.array([kind.startswith(("slack", "deviation")) for kind in kinds])
    objective = np.array(
        [
            1000.0 if k.startswith("slack") else 1.0 if k.startswith("deviation") else 0.0
            for k in kinds
        ]
    )
    integrality = (~is_slack).astype(int)
    bounds = Bounds(np.zeros(width), np.where(is_slack, np.inf, 1.0))
    solutions: list[np.ndarray] = []
    best: float | None = None
    cuts: list[dict[int, float]] = []
    cut_limits: list[float] = []
    while len(solutions) < MAX_SOLUTIONS and width:
        extra = [*cuts]
        low = [*program.lower, *(-np.inf for _ in cuts)]
        high = [*program.upper, *cut_limits]
        if best is not None:
            extra.append({i: float(objective[i]) for i in np.where(is_slack)[0]})
            low.append(-np.inf)
            high.append(best + 1e-6)
        result = milp(
            objective,
            constraints=LinearConstraint(program.matrix(extra), low, high),
            integrality=integrality,
            bounds=bounds,
            options={"disp": False},
        )
        if result.status != 0 or result.x is None:
            break
        if best is None:
            best = float(result.fun)
        solution = result.x.copy()
        solution[~is_slack] = np.round(solution[~is_slack])
        solutions.append(solution)
        chosen = [i for i in program.y_vars if solution[i] > 0.5]
        if not program.y_vars:
            break
        cuts.append({i: 1.0 for i in chosen})
        cut_limits.append(len(chosen) - 1)
    return solutions


# ----------------------------------------------------------------------------- result


def _cells_of(
    program: _Program, spec: Spec, rows: list[Row], solution: np.ndarray
) -> list[dict[str, str]]:
    """The table's cells as one solution places them."""
    cells: list[dict[str, str]] = [{} for _ in rows]
    for (r, c), value in program.fixed.items():
        cells[r][spec.columns[c]] = value
    for i in program.y_vars:
        if solution[i] > 0.5:
            r, p, o, v, c = program.y_where[i]
            cells[r][spec.columns[c]] = program.readings[(r, p)][o][v]
    return cells


def _placed_rows(
    program: _Program,
    rows: list[Row],
    all_cells: list[list[dict[str, str]]],
    slack: list[tuple[int, int, Equation]],
) -> tuple[list[dict], list[dict]]:
    """Each sparse row's placement (the first solution's) with the rules that placed it,
    and the rows whose solutions differ, with every candidate."""
    sparse_rows = sorted({program.y_where[i][0] for i in program.y_vars})
    placed_rows, ambiguities = [], []
    for r in sparse_rows:
        candidates: list[dict[str, str]] = []
        for cells in all_cells:
            if cells[r] not in candidates:
                candidates.append(cells[r])
        used_rules = sorted(
            {
                eq.rule_id
                for _, _, eq in slack
                if eq.total[0] == r or any(t[0] == r for t in eq.parts)
            }
        )
        placed_rows.append(
            {"row": r, "label": rows[r].label, "placement": candidates[0], "rules": used_rules}
        )
        if len(candidates) > 1:
            ambiguities.append({"row": r, "label": rows[r].label, "candidates": candidates})
    return placed_rows, ambiguities


def _unmet(
    spec: Spec, rows: list[Row], solution: np.ndarray, slack: list[tuple[int, int, Equation]]
) -> list[dict]:
    """The totals the best solution meets only beyond printed rounding."""
    unmet = []
    for below, above, eq in slack:
        beyond = solution[below] + solution[above]
        if beyond > 1e-6:
            unmet.append(
                {
                    "rule_id": eq.rule_id,
                    "row": rows[eq.total[0]].label,
                    "column": spec.columns[eq.total[1]],
                    "beyond_rounding": round(float(beyond), 4),
                }
            )
    return unmet
