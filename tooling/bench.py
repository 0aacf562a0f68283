"""`make bench` (`python -m tooling.bench`): the speed figures the project promises, measured and printed.

- `dbt build` against dbt's own floor, a full `dbt parse` (target: ≤ 2.0×);
- `regionfinans nightly` end to end against `dbt build` (target: ≤ 1.5×);
- the scale profile: the project as it is and with a synthetic next edition of every
  printed table in a temporary copy, nodes and build time (target: ≤ 1.3×);
- the test suite: pytest (target: ≤ 4 min) and `make test` on a clean clone, with and
  without the package installs (target: ≤ 5 min without);
- `regionfinans import` of bilaga 4 B (target: ≤ 10 s);
- the counts that prove no test lost its power: guarded printed numbers, mutation cases,
  bad-input variants.

Nothing here asserts: it prints, and the README quotes what it printed.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from regionfinans.project import SOURCES_ENV_VAR, sources_dir
from tooling.synthetic import add_next_edition

DBT = str(Path(sys.executable).with_name("dbt"))


def _timed(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        cwd=cwd,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    return time.perf_counter() - start


def _dbt(project: Path, target: Path, *args: str) -> list[str]:
    return [
        DBT,
        *args,
        "--project-dir",
        str(project),
        "--profiles-dir",
        str(project),
        "--target-path",
        str(target),
        "--log-path",
        str(target),
    ]


def _nodes(target: Path) -> int:
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    kinds = Counter(node["resource_type"] for node in manifest["nodes"].values())
    return sum(kinds[k] for k in ("model", "seed", "test", "unit_test", "snapshot"))


def _line(label: str, value: str) -> None:
    print(f"{label:<48} {value}", flush=True)


def parse_and_build(project: Path, folder: Path, repeats: int) -> tuple[float, float, int]:
    """Median full parse and median build (after a first build that warms the partial
    parse state, as every build after the first in a working copy is)."""
    db = {"REGIONFINANS_DB": str(folder / "bench.duckdb")}
    parses = [
        _timed(_dbt(project, folder / "parse", "parse", "--no-partial-parse"), project, db)
        for _ in range(repeats)
    ]
    _timed(_dbt(project, folder / "build", "build"), project, db)
    builds = [_timed(_dbt(project, folder / "build", "build"), project, db) for _ in range(repeats)]
    return statistics.median(parses), statistics.median(builds), _nodes(folder / "build")


def bench_build(project: Path, repeats: int) -> float:
    with tempfile.TemporaryDirectory(prefix="regionfinans-bench-") as tmp:
        parse, build, nodes = parse_and_build(project, Path(tmp), repeats)
    _line("dbt parse --no-partial-parse (median)", f"{parse:6.1f} s")
    _line(f"dbt build, {nodes} nodes (median)", f"{build:6.1f} s")
    _line("build / parse (target ≤ 2.0)", f"{build / parse:6.2f}")
    return build


def bench_nightly(project: Path, build: float) -> None:
    with tempfile.TemporaryDirectory(prefix="regionfinans-bench-") as tmp:
        env = {
            "REGIONFINANS_PUBLISHED": str(Path(tmp) / "served" / "regionfinans.duckdb"),
            "REGIONFINANS_STATE_DIR": str(Path(tmp) / "state"),
        }
        nightly = _timed([sys.executable, "-m", "regionfinans.cli", "nightly"], project, env)
    _line("regionfinans nightly, end to end", f"{nightly:6.1f} s")
    _line("nightly / build (target ≤ 1.5)", f"{nightly / build:6.2f}")


def bench_scale(project_dir: Path, repeats: int) -> None:
    ignore = shutil.ignore_patterns(".venv", "target", "warehouse", "logs", ".git", "*.duckdb*")
    with tempfile.TemporaryDirectory(prefix="regionfinans-scale-") as tmp:
        root = Path(tmp)
        figures = []
        for label, tables in (("as it is", None), ("with a next edition of every table", True)):
            project = root / f"project-{len(figures)}"
            shutil.copytree(project_dir, project, ignore=ignore)
            count = len(list((project / "seeds").glob("*/*.csv")))
            if tables:
                count += len(add_next_edition(project).tables)
            _, build, nodes = parse_and_build(project, root / f"t{len(figures)}", repeats)
            figures.append((label, count, nodes, build))
        for label, count, nodes, build in figures:
            _line(f"scale: {label}", f"{count} seed files, {nodes} nodes, build {build:6.1f} s")
        _line("scale: build ratio (target ≤ 1.3)", f"{figures[1][3] / figures[0][3]:6.2f}")


def bench_import(project: Path) -> None:
    from regionfinans.importer import import_table

    spec = project / "specs" / "rs_budget_2024__bilaga_4b_forandring_regionbidrag.yml"
    text = sources_dir(project) / "002_48572fec71d686f8.txt"
    if not text.exists():
        _line("import of bilaga 4 B", "skipped (no source text)")
        return
    start = time.perf_counter()
    result = import_table(text, spec, project)
    seconds = time.perf_counter() - start
    _line(
        "import of bilaga 4 B (target ≤ 10 s)",
        f"{seconds:6.1f} s, {len(result.placement.placed_rows)} sparse rows placed",
    )


def bench_counts(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    ids = [line for line in done.stdout.splitlines() if "::" in line]
    per = Counter(line.split("::")[1].split("[")[0] for line in ids)
    _line("pytest cases", f"{len(ids)}")
    _line(
        "printed numbers proven guarded (mutation cases)",
        f"{per['test_changing_a_printed_number_fails_the_build']}",
    )
    _line(
        "bad-input variants",
        f"{per['test_malformed_seed_is_rejected_with_its_location'] + per['test_acceptable_variant_is_accepted']}",
    )


def bench_suite(project: Path) -> None:
    pytest = _timed([sys.executable, "-m", "pytest", "-q"], project)
    _line("pytest, whole suite (target ≤ 240 s)", f"{pytest:6.1f} s")
    with tempfile.TemporaryDirectory(prefix="regionfinans-clone-") as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "-q", str(project), str(clone)], check=True)
        # The clone is not beside ../shared: the trace and the nightly read the sources here.
        sources = {SOURCES_ENV_VAR: str(sources_dir(project).resolve())}
        setup = _timed(["make", "setup"], clone, sources)
        rest = _timed(["make", "test"], clone, sources)
    _line("make test on a clean clone, with installs", f"{setup + rest:6.1f} s")
    _line("make test on a clean clone, without (≤ 300 s)", f"{rest:6.1f} s")


def run_bench(project: Path, repeats: int, suite: bool) -> int:
    """Measure and print every figure, for the project at `project`."""
    print(f"regionfinans bench ({os.cpu_count()} cores)", flush=True)
    build = bench_build(project, repeats)
    bench_nightly(project, build)
    bench_scale(project, max(1, repeats - 1))
    bench_import(project)
    bench_counts(project)
    if suite:
        bench_suite(project)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m tooling.bench [--repeats N] [--quick]`, in the project's folder."""
    import argparse

    from regionfinans.project import find_project_dir

    parser = argparse.ArgumentParser(prog="python -m tooling.bench", description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--quick", action="store_true", help="skip pytest and the clean-clone make test"
    )
    parser.add_argument("--project-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    return run_bench(args.project_dir or find_project_dir(), args.repeats, suite=not args.quick)


if __name__ == "__main__":
    sys.exit(main())
