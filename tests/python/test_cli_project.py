"""The CLI works on the project in the folder it runs in, never on the folder the package
is installed from: a copy of the project is checked as the copy, a subfolder finds its
project, and outside a project every command says so and exits 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, copy_project

from regionfinans.project import PROJECT_ENV_VAR, SOURCES_ENV_VAR, sources_dir

ABONNEMANG = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv")


def regionfinans(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would, in `cwd`, with the source texts where they are."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in (PROJECT_ENV_VAR, "REGIONFINANS_DB")
    }
    environment |= {SOURCES_ENV_VAR: str(sources_dir(PROJECT_DIR).resolve()), **env}
    return subprocess.run(
        [sys.executable, "-m", "regionfinans.cli", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def broken_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project whose abonnemang seed has a letter in a number."""
    project = copy_project(tmp_path_factory.mktemp("cli") / "project")
    seed = project / ABONNEMANG
    seed.write_text(seed.read_text(encoding="utf-8").replace("10 428", "10 4a8"), "utf-8")
    return project


def test_a_copy_is_checked_as_the_copy(broken_copy: Path) -> None:
    done = regionfinans(broken_copy, "check-seeds")
    assert done.returncode == 1, done.stdout + done.stderr
    assert f'{ABONNEMANG} line 5, column "Blekinge (thorax)"' in done.stdout
    assert "10 4a8" in done.stdout


def test_a_subfolder_finds_its_project(broken_copy: Path) -> None:
    done = regionfinans(broken_copy / "seeds" / "reference", "check-seeds")
    assert done.returncode == 1
    assert "10 4a8" in done.stdout


def test_project_dir_and_the_variable_name_another_project(
    broken_copy: Path, tmp_path: Path
) -> None:
    by_flag = regionfinans(tmp_path, "check-seeds", "--project-dir", str(broken_copy))
    by_variable = regionfinans(tmp_path, "check-seeds", **{PROJECT_ENV_VAR: str(broken_copy)})
    assert by_flag.returncode == by_variable.returncode == 1
    assert "10 4a8" in by_flag.stdout and "10 4a8" in by_variable.stdout


@pytest.mark.parametrize(
    "args", [["build"], ["check-seeds"], ["nightly"], ["report"], ["export"]], ids=str
)
def test_outside_a_project_every_command_exits_2(tmp_path: Path, args: list[str]) -> None:
    done = regionfinans(tmp_path, *args)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{tmp_path.resolve()} is not in a regionfinans project" in done.stderr
    assert not (tmp_path / "warehouse").exists(), "nothing is written outside a project"


def test_a_variable_naming_no_project_exits_2(tmp_path: Path) -> None:
    done = regionfinans(PROJECT_DIR, "check-seeds", **{PROJECT_ENV_VAR: str(tmp_path)})
    assert done.returncode == 2
    assert f"{PROJECT_ENV_VAR}={tmp_path}: no dbt_project.yml there" in done.stderr
