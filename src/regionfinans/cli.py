"""Command line of the warehouse: `regionfinans build`, `nightly`, `check-seeds`, `import`,
`report`, `export`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from regionfinans.project import NoProjectError, find_project_dir, run_dbt, warehouse_path

EXIT_GREEN, EXIT_RED, EXIT_MISCONFIGURED = 0, 1, 2


def cmd_build(args: argparse.Namespace) -> int:
    """Seed, build and test the whole warehouse with `dbt build`."""
    project = args.project_dir or find_project_dir()
    db = warehouse_path(project)
    db.parent.mkdir(parents=True, exist_ok=True)
    outcome = run_dbt(["build"], project_dir=project, db_path=db)
    if outcome.exception is not None:
        print(f"dbt could not run: {outcome.exception}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    passed = outcome.count("pass", "success")
    print(
        f"dbt build: {passed} ok, {outcome.count('warn')} warnings, "
        f"{len(outcome.failing())} failed, {outcome.count('skipped')} skipped -> {db}"
    )
    if outcome.failing():
        from regionfinans.failures import describe_outcome
        from regionfinans.seed_check import check_formats

        print(describe_outcome(outcome, db, project), file=sys.stderr)
        problems = check_formats(project)
        if problems:
            print("The seed check finds in the seed files (maybe the cause):", file=sys.stderr)
            print("\n".join(f"- {problem}" for problem in problems), file=sys.stderr)
    return EXIT_GREEN if outcome.success else EXIT_RED


def cmd_nightly(args: argparse.Namespace) -> int:
    """Build into a fresh file, test, publish atomically when green, record and alert."""
    from regionfinans.nightly import run_nightly
    from regionfinans.settings import ConfigurationError, load_settings

    try:
        settings = load_settings(project_dir=args.project_dir)
    except ConfigurationError as error:
        print(f"misconfigured: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    return run_nightly(settings)


def cmd_import(args: argparse.Namespace) -> int:
    """Read a printed table from a document's text, place its values, write a draft seed."""
    from regionfinans.importer import ImportFailure, import_table

    project = args.project_dir or find_project_dir()
    try:
        result = import_table(args.text_file, args.table, project, not args.no_decisions)
    except ImportFailure as error:
        print(f"import: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    out = args.out or project / "drafts" / result.spec.table
    for path in result.write(out):
        print(f"skrev {path}")
    print(
        f"{result.spec.table}: {len(result.rows)} rader, "
        f"{len(result.placement.placed_rows)} glesa rader placerade, "
        f"{len(result.placement.ambiguities)} tvetydiga, {len(result.placement.unmet)} summor som inte stämmer"
    )
    return EXIT_GREEN if result.is_decided else EXIT_RED


def cmd_check_seeds(args: argparse.Namespace) -> int:
    """Check every transcribed seed and trace it into its source document; print each
    problem with file, line and column."""
    from regionfinans.seed_check import check_seeds
    from regionfinans.trace import MissingSourcesError

    try:
        result = check_seeds(args.project_dir or find_project_dir())
    except MissingSourcesError as error:
        print(f"misconfigured: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    for problem in result.problems:
        print(problem)
    print(result.summary())
    return EXIT_RED if result.problems else EXIT_GREEN


def cmd_report(args: argparse.Namespace) -> int:
    """Write the self-contained HTML report over the marts (the warehouse opened read-only)."""
    from regionfinans.report import (
        DEFAULT_REPORT,
        DEFAULT_RUN_RESULTS,
        MissingMartError,
        write_report,
    )

    project = args.project_dir or find_project_dir()
    db = args.db or warehouse_path(project)
    if not db.exists():
        print(f"ingen databas på {db}: kör först `regionfinans build`", file=sys.stderr)
        return EXIT_MISCONFIGURED
    try:
        out = write_report(
            db,
            args.out or project / DEFAULT_REPORT,
            args.run_results or project / DEFAULT_RUN_RESULTS,
        )
    except MissingMartError as error:
        print(
            f"{db} saknar en mart som rapporten läser ({error}): kör `regionfinans build`",
            file=sys.stderr,
        )
        return EXIT_MISCONFIGURED
    print(f"rapporten skriven: {out}")
    return EXIT_GREEN


def cmd_export(args: argparse.Namespace) -> int:
    """Write every mart as Parquet and Swedish CSV with a manifest, atomically."""
    import duckdb

    from regionfinans.exports import ExportError, export_marts, formats_for

    db = args.db if args.db is not None else warehouse_path(args.project_dir)
    try:
        result = export_marts(db, args.out, formats_for(args.format))
    except ExportError as error:
        print(f"export: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    except (duckdb.Error, OSError) as error:
        print(f"export failed, nothing written: {error}", file=sys.stderr)
        return EXIT_RED
    for table in result.tables:
        print(f"  {table.table}: {table.rows} rows, {len(table.columns)} columns")
    print(f"exported {len(result.tables)} marts -> {result.out} (manifest {result.manifest})")
    return EXIT_GREEN


def _parser() -> argparse.ArgumentParser:
    """The command line: one subcommand a task, each with the common --project-dir."""
    parser = argparse.ArgumentParser(prog="regionfinans", description=__doc__)
    # Every command works on the project in the folder it runs in (or above it), unless
    # --project-dir or REGIONFINANS_PROJECT_DIR names another.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--project-dir", type=Path, default=None, help="the project (default: this folder)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser(
        "build", parents=[common], help="seed, build and test the warehouse"
    ).set_defaults(func=cmd_build)
    nightly = sub.add_parser(
        "nightly", parents=[common], help="the nightly build, quality gate and safe publish"
    )
    nightly.set_defaults(func=cmd_nightly)
    importing = sub.add_parser(
        "import",
        parents=[common],
        help="read a printed table from a document's text into a draft seed",
    )
    importing.add_argument("text_file", type=Path, help="the document's text (../shared/sources/…)")
    importing.add_argument("--table", type=Path, required=True, help="the table spec (specs/…yml)")
    importing.add_argument("--out", type=Path, default=None, help="folder (default drafts/<table>)")
    importing.add_argument(
        "--no-decisions",
        action="store_true",
        help="ignore the spec's decisions (show every ambiguity)",
    )
    importing.set_defaults(func=cmd_import)
    check = sub.add_parser("check-seeds", parents=[common], help="check every transcribed seed")
    check.set_defaults(func=cmd_check_seeds)
    report = sub.add_parser("report", parents=[common], help="write the self-contained HTML report")
    report.add_argument(
        "--db", type=Path, default=None, help="DuckDB file (default: the warehouse)"
    )
    report.add_argument(
        "--out", type=Path, default=None, help="HTML file (default: reports/regionfinans.html)"
    )
    report.add_argument(
        "--run-results",
        type=Path,
        default=None,
        help="dbt's run_results.json for the quality section when the file has no nightly "
        "history (default: target/run_results.json)",
    )
    report.set_defaults(func=cmd_report)
    export = sub.add_parser(
        "export", parents=[common], help="write every mart as Parquet and Swedish CSV"
    )
    export.add_argument(
        "--db", type=Path, default=None, help="warehouse file (default: the one `build` writes)"
    )
    export.add_argument("--out", type=Path, default=Path("exports"), help="default: exports/")
    export.add_argument("--format", choices=("parquet", "csv", "both"), default="both")
    export.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `regionfinans` command."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NoProjectError as error:
        print(f"misconfigured: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED


if __name__ == "__main__":
    sys.exit(main())
