"""`make bench` (`python -m tooling.bench`): the speed figures the project promises
(issue 20), measured and printed as one table: figure, measured, target, met.

1. `dbt build` against dbt's own floor, a full `dbt parse` in the same run
   (target: build ≤ 1.5 × parse).
2. `regionfinans nightly` end to end against `dbt build` (target: ≤ 1.2 × build).
3. The scale profile: the project as it is (1×, the builds of 1.) and, in a temporary
   copy, with ten synthetic editions of every printed table and every prose seed
   (`tooling.synthetic.add_editions`, documents and checksums included, traced by
   `check-seeds`): nodes, build time, peak memory, warehouse size. Targets: 10× the data
   costs ≤ 2 × the build time, and the number of models does not grow with the number
   of tables (seeds do, one per table).
4. The test suite as a newcomer and CI run it: `make test` on a clean clone of the
   committed HEAD (uncommitted changes are not in it), timed in its parts: `make setup`
   (a new venv, packages from the cache), `make lint`, `make pytest` (targets: pytest
   ≤ 90 s, make test ≤ 2 min).
5. `regionfinans import` of bilaga 4 B (target: ≤ 10 s), and the counts that prove no
   test lost its power: guarded printed numbers (mutation cases), bad-input variants.

Builds always write a fresh warehouse file and start from a warm partial-parse state
(the full parse just timed), as every build after the first in a working copy does; the
nightly runs twice in one state folder and the second night is timed, as every night
after the first is. Peak memory is the peak resident set size of the command's process tree
(`wait4`'s ru_maxrss: its largest process). Nothing here asserts: it prints, and the
README quotes what it printed.
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
from dataclasses import dataclass, field
from pathlib import Path

from regionfinans.project import SOURCES_ENV_VAR, sources_dir
from tooling.synthetic import add_editions

DBT = str(Path(sys.executable).with_name("dbt"))
EDITIONS = 10
COPY_IGNORE = shutil.ignore_patterns(
    ".venv", "target", "warehouse", "logs", ".git", "__pycache__", "*.duckdb*", "drafts"
)


@dataclass
class Run:
    """One command: wall time, exit code, peak RSS of its process tree (MiB)."""

    seconds: float
    code: int
    peak_mib: float


def run(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `command`, output discarded; its wall time, exit code and peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, process.returncode, usage.ru_maxrss / 1024)


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


@dataclass
class Build:
    """A project's full parses and builds, and what the last build left."""

    parses: list[Run]
    builds: list[Run]
    kinds: Counter = field(default_factory=Counter)
    warehouse_mib: float = 0.0
    failing: list[str] = field(default_factory=list)

    @property
    def parse(self) -> float:
        return statistics.median(r.seconds for r in self.parses)

    @property
    def build(self) -> float:
        return statistics.median(r.seconds for r in self.builds)

    @property
    def peak_mib(self) -> float:
        return max(r.peak_mib for r in self.builds)

    @property
    def nodes(self) -> int:
        return sum(self.kinds.values())

    def node_text(self) -> str:
        k = self.kinds
        return (
            f"{self.nodes} ({k['model']} models, {k['seed']} seeds, {k['test']} tests, "
            f"{k['unit_test']} unit tests)"
        )


def parse_and_build(project: Path, folder: Path, parses: int, builds: int) -> Build:
    """Full parses (the last leaves the partial-parse state), then builds, each into a
    fresh warehouse file."""
    target, db = folder / "target", folder / "bench.duckdb"
    env = {"REGIONFINANS_DB": str(db)}
    measured = Build(
        [
            run(_dbt(project, target, "parse", "--no-partial-parse"), project, env)
            for _ in range(parses)
        ],
        [],
    )
    for _ in range(builds):
        for path in folder.glob("bench.duckdb*"):
            path.unlink()
        measured.builds.append(run(_dbt(project, target, "build"), project, env))
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    measured.kinds = Counter(node["resource_type"] for node in manifest["nodes"].values())
    measured.kinds["unit_test"] = len(manifest.get("unit_tests", {}))
    measured.kinds = Counter(
        {k: measured.kinds[k] for k in ("model", "seed", "test", "unit_test", "snapshot")}
    )
    measured.warehouse_mib = db.stat().st_size / 2**20 if db.exists() else 0.0
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))
    measured.failing = sorted(
        r["unique_id"].split(".")[2] for r in results["results"] if r["status"] in ("fail", "error")
    )
    return measured


class Table:
    """The printed table: figure, measured, target, met."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, figure: str, measured: str, target: str = "—", met: bool | None = None) -> None:
        met_text = "—" if met is None else ("yes" if met else "**no**")
        self.rows.append((figure, measured, target, met_text))
        print(f"  {figure}: {measured}", flush=True)

    def print(self) -> None:
        header = ("figure", "measured", "target", "met")
        widths = [max(len(row[i]) for row in [header, *self.rows]) for i in range(4)]

        def line(cells: Sequence[str]) -> str:
            return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

        print(line(header))
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for row in self.rows:
            print(line(row))


def _failing_text(build: Build) -> str:
    if not build.failing:
        return "0"
    return f"{len(build.failing)}: " + ", ".join(build.failing)


def bench_build(table: Table, project: Path, repeats: int, tmp: Path) -> Build:
    """1. build against a full parse, in the same run."""
    measured = parse_and_build(project, tmp / "one", repeats, repeats)
    ratio = measured.build / measured.parse
    table.add(f"dbt parse, full (median of {repeats})", f"{measured.parse:.1f} s")
    table.add(f"dbt build, {measured.nodes} nodes (median of {repeats})", f"{measured.build:.1f} s")
    table.add("dbt build / dbt parse", f"{ratio:.2f}", "≤ 1.5", ratio <= 1.5)
    return measured


def bench_nightly(table: Table, project: Path, built: Build, tmp: Path) -> None:
    """2. the nightly end to end (seeds checked and traced, build into a fresh file,
    the contract, publication) against the build."""
    state = tmp / "nightly" / "state"
    env = {
        "REGIONFINANS_PUBLISHED": str(tmp / "nightly" / "served" / "regionfinans.duckdb"),
        "REGIONFINANS_STATE_DIR": str(state),
        SOURCES_ENV_VAR: str(sources_dir(project).resolve()),
    }
    command = [sys.executable, "-m", "regionfinans.cli", "nightly"]
    # The first night has no parse state of its own (one written by the dbt command line
    # is not accepted by the nightly's in-process runner: "profile has changed"); the
    # second reads the state the first wrote, as every night after the first does.
    run(command, project, env)
    nightly = run(command, project, env)
    ratio = nightly.seconds / built.build
    table.add("regionfinans nightly, end to end", f"{nightly.seconds:.1f} s (exit {nightly.code})")
    table.add("nightly / dbt build", f"{ratio:.2f}", "≤ 1.2", ratio <= 1.2)


def bench_scale(table: Table, project_dir: Path, one: Build, tmp: Path) -> None:
    """3. the project as it is against ten synthetic editions of all of it."""
    project, sources = tmp / "scale" / "project", tmp / "scale" / "sources"
    shutil.copytree(project_dir, project, ignore=COPY_IGNORE)
    sources.mkdir(parents=True)
    for path in sources_dir(project_dir).glob("*.txt"):
        shutil.copyfile(path, sources / path.name)
    tables_before, prose_before = _seed_rows(project)
    add_editions(project, EDITIONS, sources)
    tables_after, prose_after = _seed_rows(project)
    traced = subprocess.run(
        [sys.executable, "-m", "regionfinans.cli", "check-seeds"],
        cwd=project,
        env={**os.environ, SOURCES_ENV_VAR: str(sources)},
        capture_output=True,
        text=True,
        check=False,
    )
    ten = parse_and_build(project, tmp / "scale", 1, 1)
    ratio = ten.build / one.build
    label = f"{EDITIONS}×"
    table.add(
        f"scale: data, 1× → {label}",
        f"{tables_before[0]} → {tables_after[0]} printed tables ({tables_before[1]} → "
        f"{tables_after[1]} rows), {prose_before[0]} → {prose_after[0]} prose seeds "
        f"({prose_before[1]} → {prose_after[1]} rows)",
    )
    table.add(
        f"scale: check-seeds at {label}",
        (traced.stdout.strip().splitlines() or ["(no output)"])[-1]
        + f" (exit {traced.returncode})",
        "0 problems",
        traced.returncode == 0,
    )
    for name, measured in (("1×", one), (label, ten)):
        table.add(f"scale {name}: nodes", measured.node_text())
        table.add(
            f"scale {name}: dbt build",
            f"{measured.build:.1f} s, peak RSS {measured.peak_mib:.0f} MiB, "
            f"warehouse {measured.warehouse_mib:.1f} MiB",
        )
        table.add(
            f"scale {name}: failing data tests", _failing_text(measured), "0", not measured.failing
        )
    table.add(f"scale: build time {label} / 1×", f"{ratio:.2f}", "≤ 2.0", ratio <= 2.0)
    models = (one.kinds["model"], ten.kinds["model"])
    table.add(
        f"scale: models 1× → {label} (seeds: {one.kinds['seed']} → {ten.kinds['seed']}, "
        "one per table, as they should)",
        f"{models[0]} → {models[1]}",
        "no growth",
        models[0] == models[1],
    )


def _seed_rows(project: Path) -> tuple[tuple[int, int], tuple[int, int]]:
    """(files, rows) of the printed tables' seeds and of the prose seeds."""
    tables, prose = [0, 0], [0, 0]
    for path in (project / "seeds").glob("*/*.csv"):
        if path.parent.name in ("registry", "reference"):
            continue
        counts = prose if path.stem.endswith("__prosa") else tables
        counts[0] += 1
        counts[1] += len(path.read_text(encoding="utf-8").splitlines()) - 1
    return (tables[0], tables[1]), (prose[0], prose[1])


def bench_import(table: Table, project: Path) -> None:
    from regionfinans.importer import import_table

    spec = project / "specs" / "rs_budget_2024__bilaga_4b_forandring_regionbidrag.yml"
    text = sources_dir(project) / "002_48572fec71d686f8.txt"
    if not text.exists():
        table.add("regionfinans import of bilaga 4 B", "skipped (no source text)", "≤ 10 s")
        return
    start = time.perf_counter()
    result = import_table(text, spec, project)
    seconds = time.perf_counter() - start
    table.add(
        "regionfinans import of bilaga 4 B",
        f"{seconds:.1f} s, {len(result.placement.placed_rows)} sparse rows placed",
        "≤ 10 s",
        seconds <= 10,
    )


def bench_counts(table: Table, project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    ids = [line for line in done.stdout.splitlines() if "::" in line]
    per = Counter(line.split("::")[1].split("[")[0] for line in ids)
    table.add("pytest cases", f"{len(ids)}")
    table.add(
        "printed numbers proven guarded (mutation cases)",
        f"{per['test_changing_a_printed_number_fails_the_build']}",
    )
    variants = (
        per["test_acceptable_variant_is_accepted"]
        + per["test_malformed_seed_is_rejected_by_dbt_with_its_location"]
        + per["test_malformed_seed_is_stopped_by_the_seed_check"]
    )
    table.add("bad-input variants", f"{variants}")


def bench_suite(table: Table, project: Path, tmp: Path) -> None:
    """4. `make test` on a clean clone of the committed HEAD, as CI and a newcomer run it:
    `make setup` (a new venv; packages from the cache), `make lint`, `make pytest`."""
    clone = tmp / "clone"
    subprocess.run(["git", "clone", "--quiet", str(project), str(clone)], check=True)
    env = {SOURCES_ENV_VAR: str(sources_dir(project).resolve())}
    setup, lint, pytest = (
        run(["make", target], clone, env) for target in ("setup", "lint", "pytest")
    )
    table.add(
        "pytest, whole suite (once)",
        f"{pytest.seconds:.1f} s (exit {pytest.code})",
        "≤ 90 s",
        pytest.seconds <= 90,
    )
    table.add("make lint (ruff, sqlfluff)", f"{lint.seconds:.1f} s (exit {lint.code})")
    table.add("make setup (a new venv, packages downloaded)", f"{setup.seconds:.1f} s")
    total = setup.seconds + lint.seconds + pytest.seconds
    table.add(
        "make test on a clean clone of HEAD (setup, lint, pytest)",
        f"{total:.1f} s",
        "≤ 120 s",
        total <= 120,
    )


def machine() -> str:
    """Cores, memory and load: other work on the machine slows every figure."""
    kib = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()
        if line.startswith("MemTotal:")
    )
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} cores, {kib / 2**20:.0f} GiB, load average {load}"


def run_bench(project: Path, repeats: int, suite: bool) -> int:
    """Measure every figure for the project at `project` and print the table."""
    start = time.perf_counter()
    print(f"regionfinans bench, {machine()}", flush=True)
    table = Table()
    with tempfile.TemporaryDirectory(prefix="regionfinans-bench-") as folder:
        tmp = Path(folder)
        built = bench_build(table, project, repeats, tmp)
        bench_nightly(table, project, built, tmp)
        bench_scale(table, project, built, tmp)
        bench_import(table, project)
        bench_counts(table, project)
        if suite:
            bench_suite(table, project, tmp)
        else:
            table.add("pytest and make test", "skipped (--quick)")
    seconds = time.perf_counter() - start
    table.add("make bench, total wall time", f"{seconds:.0f} s", "≤ 600 s", seconds <= 600)
    print(flush=True)
    print(f"{time.strftime('%Y-%m-%d')}, {machine()}", flush=True)
    table.print()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m tooling.bench [--repeats N] [--quick]`, in the project's folder."""
    import argparse

    from regionfinans.project import find_project_dir

    parser = argparse.ArgumentParser(prog="python -m tooling.bench", description=__doc__)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="skip pytest and make lint")
    parser.add_argument("--project-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    return run_bench(args.project_dir or find_project_dir(), args.repeats, suite=not args.quick)


if __name__ == "__main__":
    sys.exit(main())
