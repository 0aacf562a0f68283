"""Check every transcribed seed before dbt sees it, naming file, line and column.

dbt would also reject most malformed seeds, but later and in its own words; this
check runs first so that the message says exactly where the bad cell is. It reads
the project's rules where they live once: the units from `seeds/reference/
ref__enheter.csv`, the number words from `ref__talord.csv`, the printed-number
grammar from `dbt_project.yml` (vars.printed_number_pattern, which the dbt macro
`parse_printed_number` reads too) and each document's minus sign from the
document registry. A seed whose format is right is then traced into its source
document (`regionfinans.trace`): the document's checksum, every printed row and every
prose figure.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from regionfinans.problems import SeedProblem
from regionfinans.project import sources_dir
from regionfinans.seed_check.placements import check_placements
from regionfinans.seed_check.prose import check_prose_seed
from regionfinans.seed_check.reading import read_rows
from regionfinans.seed_check.reference import (
    LABEL_MAP,
    check_document_series,
    check_document_years,
    check_label_map,
    check_reference_rules,
    check_reference_seed,
    names_used_twice,
)
from regionfinans.seed_check.roles import check_key_roles
from regionfinans.seed_check.rules import (
    NON_PRINTED_DIRS,
    PROSE_COLUMNS,
    PROSE_FORM,
    ROW_COLUMNS,
    Rules,
    load_rules,
    meta_lines,
    printed_number_pattern,
    read_csv,
    seed_configs,
)
from regionfinans.seed_check.tables import check_table_seed
from regionfinans.trace import TranscribedSeed, load_documents, trace_seed

__all__ = [
    "LABEL_MAP",
    "NON_PRINTED_DIRS",
    "PROSE_COLUMNS",
    "PROSE_FORM",
    "ROW_COLUMNS",
    "Rules",
    "SeedCheck",
    "check_formats",
    "check_label_map",
    "check_project_seeds",
    "check_seed_file",
    "check_seeds",
    "load_rules",
    "printed_number_pattern",
    "read_csv",
    "seed_configs",
]


@dataclass(frozen=True)
class SeedCheck:
    """What `check-seeds` found: the problems, and how much it traced into the documents."""

    problems: list[SeedProblem]
    traced_rows: int
    traced_figures: int
    documents: int

    def summary(self) -> str:
        """One line: what was traced and how many problems were found."""
        return (
            f"traced {self.traced_rows} table rows and {self.traced_figures} prose figures "
            f"into {self.documents} documents; {len(self.problems)} problem(s)"
        )


def _transcribed(path: Path, project_dir: Path, config: dict) -> TranscribedSeed:
    """A seed that passed its format checks, as the trace reads it."""
    # utf-8-sig: a byte-order mark is accepted (see decode), and must not rename a column.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        rows = list(reader)
        header = list(reader.fieldnames or [])
    return TranscribedSeed(
        file=str(path.relative_to(project_dir)),
        meta=config.get("meta") or {},
        printed_columns=[column for column in header if column not in ROW_COLUMNS],
        rows=rows,
    )


def _at_the_yaml(problems: list[SeedProblem], project_dir: Path) -> list[SeedProblem]:
    """A problem in a seed's YAML meta named by the YAML's file and line (the key's, or a
    column's under it), with the seed it configures."""
    if not any(problem.meta for problem in problems):
        return problems
    lines = meta_lines(project_dir / "seeds")
    located = []
    for problem in problems:
        seed = Path(problem.file).stem
        where = lines.get((seed, f"{problem.meta}.{problem.column}")) or lines.get(
            (seed, problem.meta)
        )
        if problem.meta and where:
            file, line = where
            message = f"{problem.message} (the meta of {problem.file})"
            problem = SeedProblem(str(file.relative_to(project_dir)), line, problem.column, message)
        located.append(problem)
    return located


def _format_problems(
    path: Path, project_dir: Path, config: dict, rules: Rules
) -> list[SeedProblem]:
    """The format problems of a transcribed table or prose seed (not its trace)."""
    relative, rows, problems = read_rows(path, project_dir, config)
    if rows and not problems:
        prose = (config.get("meta") or {}).get("form") == PROSE_FORM
        check = check_prose_seed if prose else check_table_seed
        problems = check(relative, rows, config, rules)
    return problems


def _rules(project_dir: Path) -> tuple[Rules | None, list[SeedProblem]]:
    """The project's rules, or None and why: a careless edit of a reference or registry
    seed the rules come from (its own format problems name the file and line)."""
    try:
        return load_rules(project_dir), []
    except (KeyError, ValueError, csv.Error) as error:
        reason = f"the rules cannot be read from the reference and registry seeds ({error!r})"
        return None, [SeedProblem("seeds/reference", 1, "", reason)]


def _reference_problems(project_dir: Path, configs: dict[str, dict]) -> list[SeedProblem]:
    return [
        problem
        for path in sorted((project_dir / "seeds").glob("*/*.csv"))
        if path.parent.name in NON_PRINTED_DIRS
        for problem in check_reference_seed(path, project_dir, configs.get(path.stem, {}))
    ]


def check_seed_file(
    path: Path,
    project_dir: Path,
    configs: dict[str, dict] | None = None,
    rules: Rules | None = None,
) -> list[SeedProblem]:
    """The format problems of one seed file of any kind, without the trace into its
    document: what is wrong with a seed that dbt could not load (`configs`, `rules`: the
    seeds' YAML configs and the project's rules, read from the project when not given)."""
    if configs is None:
        configs = seed_configs(project_dir / "seeds")
    config = configs.get(path.stem)
    if path.parent.name in NON_PRINTED_DIRS:
        return check_reference_seed(path, project_dir, config or {})
    if config is None:
        return [SeedProblem(str(path.relative_to(project_dir)), 1, "", "seed has no YAML entry")]
    if rules is None:
        rules, problems = _rules(project_dir)
        if rules is None:
            return problems
    return _at_the_yaml(_format_problems(path, project_dir, config, rules), project_dir)


def check_formats(project_dir: Path) -> list[SeedProblem]:
    """The format problems of every seed file, the label map's and the seed names', without
    the trace (no source documents needed): what `regionfinans build` adds to a failed
    build, where a careless edit may be the cause."""
    paths = sorted((project_dir / "seeds").glob("*/*.csv"))
    configs = seed_configs(project_dir / "seeds")
    rules, problems = _rules(project_dir)
    if rules is None:
        return _reference_problems(project_dir, configs) + problems
    return [
        *_across_seeds(project_dir, rules, paths),
        *(
            problem
            for path in paths
            for problem in check_seed_file(path, project_dir, configs, rules)
        ),
    ]


def _across_seeds(project_dir: Path, rules: Rules, paths: list[Path]) -> list[SeedProblem]:
    """What seeds say together: the label map, the editions and their series, the reference
    seeds against each other and the label map, seed names, the register of placements."""
    return [
        *check_label_map(project_dir, rules.scenarios),
        *check_document_years(project_dir),
        *check_document_series(project_dir),
        *check_reference_rules(project_dir),
        *check_key_roles(project_dir),
        *names_used_twice(project_dir, paths),
        *check_placements(project_dir, {path.stem: path for path in paths}),
    ]


def check_seeds(project_dir: Path, sources: Path | None = None) -> SeedCheck:
    """Every problem in every transcribed seed of the project: its format, and its trace
    into its source document (in `sources`, default `sources_dir()`; a missing folder
    raises MissingSourcesError)."""
    seeds_dir = project_dir / "seeds"
    configs = seed_configs(seeds_dir)
    rules, problems = _rules(project_dir)
    if rules is None:
        return SeedCheck(_reference_problems(project_dir, configs) + problems, 0, 0, 0)
    documents, problems = load_documents(project_dir, sources or sources_dir())
    traced = {False: 0, True: 0}
    paths = sorted(seeds_dir.glob("*/*.csv"))
    problems.extend(_across_seeds(project_dir, rules, paths))
    for path in paths:
        if path.parent.name in NON_PRINTED_DIRS:
            problems.extend(check_reference_seed(path, project_dir, configs.get(path.stem, {})))
            continue
        if path.stem not in configs:
            problems.append(
                SeedProblem(str(path.relative_to(project_dir)), 1, "", "seed has no YAML entry")
            )
            continue
        config = configs[path.stem]
        prose = (config.get("meta") or {}).get("form") == PROSE_FORM
        format_problems = _format_problems(path, project_dir, config, rules)
        problems.extend(format_problems)
        if format_problems:
            continue  # a malformed seed is named as such; its trace would only repeat it
        trace_problems, count = trace_seed(
            _transcribed(path, project_dir, config), documents, prose
        )
        problems.extend(trace_problems)
        traced[prose] += count
    located = _at_the_yaml(problems, project_dir)
    return SeedCheck(located, traced[False], traced[True], len(documents.texts))


def check_project_seeds(project_dir: Path, sources: Path | None = None) -> list[SeedProblem]:
    """Every problem in every transcribed seed of the project (see `check_seeds`)."""
    return check_seeds(project_dir, sources).problems
