"""`regionfinans report`: the HTML file is self-contained, carries the key figures as text,
draws every chart as inline SVG, and renders in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR

from regionfinans.cli import main
from regionfinans.history import write_history_tables
from regionfinans.report import sv_number, write_report

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("report")

FIGURES = (
    "abonnemang-heatmap",
    "regionbidrag-waterfall",
    "investeringsplan",
    "balanskrav",
    "resultatbudget",
)
KEY_FIGURES = (
    "537 657 tkr",  # abonnemang 2023, sum of the parts
    "537 655 tkr",  # … and the printed SUMMA
    "53 833,9 mnkr",  # regionbidrag 2024, total
    "48 872,0 mnkr",  # regionbidrag 2023, total
)
BALANSKRAV = {2022: "1 232 mnkr", 2023: "–4 391 mnkr", 2024: "–4 000 mnkr", 2026: "295 mnkr"}
ARTIFACTS = PROJECT_DIR / "tests" / "artifacts"
WINDOW = (1400, 4000)
SKIP_BROWSER_ENV = "REGIONFINANS_SKIP_BROWSER"


class ReportParser(HTMLParser):
    """Collects the text, every src/href, and the figures (with or without an <svg>)."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.links: list[str] = []
        self.figures: dict[str, bool] = {}
        self.scripts_with_src = 0
        self._open_figure: str | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name in ("src", "href", "xlink:href", "srcset", "action", "poster", "data"):
            if attributes.get(name):
                self.links.append(attributes[name] or "")
        if tag == "script" and attributes.get("src"):
            self.scripts_with_src += 1
        if tag == "figure":
            self._depth += 1
            if attributes.get("id"):
                self._open_figure = attributes["id"]
                self.figures[self._open_figure] = False
        if tag == "svg" and self._open_figure:
            self.figures[self._open_figure] = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":
            self._depth -= 1
            if self._depth == 0:
                self._open_figure = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> ReportParser:
    parser = ReportParser()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def report_file(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report written by the CLI from the session's warehouse."""
    out = tmp_path_factory.mktemp("report") / "sub" / "regionfinans.html"
    no_run_results = out.parent / "run_results.json"  # none: the project's target/ is not read
    assert (
        main(
            [
                "report",
                *("--db", str(built_warehouse), "--out", str(out)),
                *("--run-results", str(no_run_results)),
            ]
        )
        == 0
    )
    return out


def test_swedish_number_format() -> None:
    assert sv_number(53833.9, 1) == "53 833,9"
    assert sv_number(-4417) == "–4 417"
    assert sv_number(2, sign=True) == "+2"
    assert sv_number(0, 1, sign=True) == "0,0"
    assert sv_number(None) == ""


def test_report_is_offline_and_carries_every_chart_and_key_figure(report_file: Path) -> None:
    html = report_file.read_text(encoding="utf-8")
    parsed = parse(html)

    remote = [link for link in parsed.links if re.match(r"\s*(https?:)?//", link)]
    assert remote == [], f"the report must work offline, found {remote}"
    assert parsed.scripts_with_src == 0
    assert "<link" not in html, "stylesheets and fonts must be inline"
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html)
    assert not re.search(r"@import", html)

    for figure in FIGURES:
        assert parsed.figures.get(figure), f"figure #{figure} with an inline <svg> is missing"
    assert html.count('role="img"') >= len(FIGURES)
    assert html.count("<title id=") >= len(FIGURES), "every chart needs an accessible title"

    text = " ".join(" ".join(parsed.text).split())
    for figure in KEY_FIGURES:
        assert figure in text
    for year, result in BALANSKRAV.items():
        assert re.search(rf"{year}\s*\(\w+\)\s*{result}", text), (year, result)
    assert "D0004" in text, "the printed SUMMA's difference must point into the register"
    assert "Avvikelseregister" in text


def test_report_lists_the_whole_discrepancy_register(
    report_file: Path, built_warehouse: Path
) -> None:
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        ids = [
            row[0]
            for row in connection.sql(
                "select discrepancy_id from marts.source_discrepancies"
            ).fetchall()
        ]
    html = report_file.read_text(encoding="utf-8")
    for discrepancy_id in ids:
        assert f'<tr id="{discrepancy_id}">' in html


def test_a_missing_mart_is_named_and_exits_2(
    built_warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "without_brygga.duckdb"
    shutil.copy(built_warehouse, db)
    with duckdb.connect(str(db)) as connection:
        connection.execute("drop table marts.rpt_regionbidrag_brygga")
    out = tmp_path / "r.html"
    assert main(["report", "--db", str(db), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "rpt_regionbidrag_brygga" in err and "regionfinans build" in err
    assert not out.exists()


def figure_texts(html: str, figure: str) -> list[str]:
    """The text marks of one chart's SVG (thin spaces as plain spaces)."""
    start = html.index(f'<figure id="{figure}"')
    segment = html[start : html.index("</figure>", start)]
    return [
        text.replace("\u00a0", " ").replace("\u202f", " ")
        for text in re.findall(r"<text[^>]*>([^<]*)</text>", segment)
    ]


def test_charts_draw_the_figures_of_their_marts(report_file: Path, built_warehouse: Path) -> None:
    html = report_file.read_text(encoding="utf-8")
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        cells = connection.sql(
            "select belopp_tkr from marts.rpt_abonnemang_kopare_saljare"
            " where ar = 2023 and belopp_tkr is not null"
        ).fetchall()
        sellers = connection.sql(
            "select saljare_namn from marts.dim_abonnemang_saljare order by sort_order"
        ).fetchall()
        steps = connection.sql("select distinct steg from marts.rpt_regionbidrag_brygga").fetchall()
    heatmap = figure_texts(html, "abonnemang-heatmap")
    assert {sv_number(value) for (value,) in cells} <= set(heatmap)
    assert len(cells) == 10
    drawn_sellers = [text for text in heatmap if text in {name for (name,) in sellers}]
    assert drawn_sellers == [name for (name,) in sellers], "sellers in the dimension's order"
    waterfall = figure_texts(html, "regionbidrag-waterfall")
    assert {name for (name,) in steps} <= set(waterfall)
    assert "–4 000" in figure_texts(html, "balanskrav")


def test_data_quality_section_reads_nightly_history_run_results_or_says_none(
    built_warehouse: Path, tmp_path: Path
) -> None:
    none = write_report(built_warehouse, tmp_path / "none.html", run_results=None)
    assert "ingen nattlig körning registrerad" in none.read_text(encoding="utf-8").lower()

    run_results = tmp_path / "run_results.json"
    run_results.write_text(
        json.dumps(
            {
                "metadata": {"generated_at": "2024-03-01T02:15:00Z"},
                "args": {"which": "build"},
                "results": [
                    {"unique_id": "test.a", "status": "pass"},
                    {"unique_id": "test.b", "status": "fail", "failures": 3, "message": "Got 3"},
                ],
            }
        ),
        encoding="utf-8",
    )
    dbt = write_report(built_warehouse, tmp_path / "dbt.html", run_results).read_text()
    assert "1 godkända, 0 varningar, 1 fel" in dbt and "test.b" in dbt

    db = tmp_path / "nightly.duckdb"
    shutil.copy(built_warehouse, db)
    write_history_tables(
        db,
        [
            {
                "run_id": "20240301T021500Z-abc123",
                "started_at": "2024-03-01 02:15:00",
                "ended_at": "2024-03-01 02:17:00",
                "status": "green",
                "exit_code": 0,
                "counts": {"pass": 461, "warn": 1, "ge_pass": 12},
                "published": True,
                "warnings": [{"unique_id": "test.w", "status": "warn", "failures": 2}],
            }
        ],
    )
    nightly = write_report(db, tmp_path / "nightly.html", run_results).read_text()
    assert "20240301T021500Z-abc123" in nightly and "461 godkända" in nightly
    assert "test.w" in nightly


# --------------------------------------------------------------------------- browser


def chromium() -> str | None:
    """The headless browser, or None when the explicit opt-out is set; fails when missing."""
    if os.environ.get(SKIP_BROWSER_ENV) == "1":
        return None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        "chromium is not installed: run `make browser` (apt-get install chromium) "
        f"or set {SKIP_BROWSER_ENV}=1 to skip the browser test explicitly"
    )


def run_chromium(browser: str, page: Path, profile: Path, *extra: str) -> str:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *extra,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the (filtered) image data of a PNG, read with the standard library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    offset, width, height, chunks = 8, 0, 0, []
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    return width, height, zlib.decompress(b"".join(chunks))


def test_report_renders_in_headless_chromium(report_file: Path, tmp_path: Path) -> None:
    browser = chromium()
    if browser is None:
        pytest.skip(f"{SKIP_BROWSER_ENV}=1: browser test skipped on request")

    dom = run_chromium(browser, report_file, tmp_path / "profile-dom", "--dump-dom")
    assert 'data-js="klar"' in dom, "the report's inline script did not run"
    assert f"{len(FIGURES)} av {len(FIGURES)} diagram ritade" in dom
    rendered = parse(dom)
    for figure in FIGURES:
        assert rendered.figures.get(figure), f"#{figure} has no <svg> in the rendered DOM"
        assert re.search(rf'<figure id="{figure}"[^>]*data-ritad="ja"', dom)
    assert re.search(r'id="avvikelse-antal"[^>]*>visar \d+ av \d+<', dom)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "report.png"
    screenshot.unlink(missing_ok=True)
    run_chromium(
        browser,
        report_file,
        tmp_path / "profile-shot",
        f"--screenshot={screenshot}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
    )
    assert screenshot.exists()
    assert screenshot.stat().st_size > 100_000, "the screenshot is suspiciously small"
    width, height, pixels = png_pixels(screenshot)
    assert (width, height) == WINDOW
    # A blank or uniform page filters to (almost) only zero bytes; a drawn report does not.
    assert (len(pixels) - pixels.count(0)) / len(pixels) > 0.02
    assert len(set(pixels[:: max(1, len(pixels) // 200_000)])) > 64
