"""The report's charts, declared as Vega-Lite specs with Altair and rendered offline to
inline SVG by vl-convert, with a Swedish number locale (space as thousands separator,
decimal comma, the en dash the documents print as minus sign).

Every chart draws one mart's rows as they are: no figure is computed here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import altair as alt
import pandas as pd
import vl_convert

SWEDISH_NUMBERS = {
    "decimal": ",",
    "thousands": "\u00a0",
    "grouping": [3],
    "currency": ["", "\u00a0kr"],
    "minus": "–",
}
FONT = "DejaVu Sans, Arial, sans-serif"
POSITIVE, NEGATIVE, NEUTRAL = "#2e7d5b", "#b3413b", "#27496d"
YEAR_COLORS = ["#27496d", "#4f86b8", "#9cc3e4", "#c9ddee"]


def _frame(rows: Sequence[dict]) -> pd.DataFrame:
    """Rows from the warehouse as a frame Vega-Lite can read (decimals as floats)."""
    frame = pd.DataFrame(list(rows))
    for column in frame.columns:
        if frame[column].map(lambda value: hasattr(value, "as_tuple")).any():
            frame[column] = frame[column].astype(float)
    return frame


def render(chart: alt.TopLevelMixin, chart_id: str, title: str, description: str) -> str:
    """The chart as inline SVG, with an accessible title and description."""
    spec = chart.configure(font=FONT).configure_view(stroke=None).to_dict()
    svg = vl_convert.vegalite_to_svg(spec, format_locale=SWEDISH_NUMBERS)
    head, _, rest = svg.partition(">")
    return (
        f'{head} role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'class="chart" id="{chart_id}">'
        f'<title id="{chart_id}-title">{html.escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{html.escape(description)}</desc>{rest}'
    ).replace(' class="marks"', "", 1)


def heatmap(rows: Sequence[dict]) -> alt.Chart:
    """Buyer × seller with the amount in each cell (rpt_abonnemang_kopare_saljare)."""
    frame = _frame(rows)
    buyers = frame.sort_values("kopare_sort_order")["kopare_region_namn"].unique().tolist()
    sellers = frame.sort_values("saljare_sort_order")["saljare_namn"].unique().tolist()
    base = alt.Chart(frame).encode(
        x=alt.X(
            "saljare_namn:N",
            sort=sellers,
            title="Säljande enhet",
            axis=alt.Axis(labelAngle=0, labelLimit=220),
        ),
        y=alt.Y("kopare_region_namn:N", sort=buyers, title="Köpande region"),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("belopp_tkr:Q", title="tkr", scale=alt.Scale(scheme="blues")),
    )
    labels = base.mark_text(fontSize=13).encode(
        text=alt.Text("belopp_tkr:Q", format=",.0f"),
        color=alt.condition(alt.datum.belopp_tkr > 80000, alt.value("white"), alt.value("black")),
    )
    return (cells + labels).properties(width=720, height=220)


def waterfall(rows: Sequence[dict]) -> alt.FacetChart:
    """Per sector, bars from fran_mnkr to till_mnkr in step order (rpt_regionbidrag_brygga)."""
    frame = _frame(rows)
    steps = frame.sort_values("sort_order")["steg"].unique().tolist()
    sectors = frame.sort_values("sektor_sort_order")["sektor_namn"].unique().tolist()
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("steg:N", sort=steps, title=None, axis=alt.Axis(labelLimit=420)),
            x=alt.X("fran_mnkr:Q", title="mnkr"),
            x2="till_mnkr:Q",
            color=alt.Color(
                "steg_typ:N",
                title=None,
                scale=alt.Scale(
                    domain=["ingående", "förändring", "utgående"],
                    range=[NEUTRAL, POSITIVE, NEUTRAL],
                ),
            ),
        )
        .properties(width=560, height=110)
    )
    return bars.facet(
        row=alt.Row(
            "sektor_namn:N",
            sort=sectors,
            title=None,
            header=alt.Header(labelAngle=0, labelAlign="left"),
        )
    ).resolve_scale(x="independent")


def plan_per_project(rows: Sequence[dict]) -> alt.Chart:
    """Budget and plan years per project, stacked (rpt_investeringar_per_ar)."""
    frame = _frame(rows)
    frame["projekt"] = frame["projekt_namn"] + " (" + frame["investeringsslag"] + ")"
    order = frame.sort_values("projektets_summa_mnkr", ascending=False)["projekt"].unique().tolist()
    frame["ar_text"] = frame["ar"].astype(str) + " " + frame["matt"]
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("projekt:N", sort=order, title=None, axis=alt.Axis(labelLimit=380)),
            x=alt.X("sum(belopp_mnkr):Q", title="mnkr"),
            color=alt.Color("ar_text:N", title="År", scale=alt.Scale(range=YEAR_COLORS)),
            order=alt.Order("ar:O"),
        )
        .properties(width=640, height=max(120, 18 * len(order)))
    )


def balanskrav(rows: Sequence[dict]) -> alt.LayerChart:
    """Balanskrav result as bars and årets resultat as a line, per year (rpt_balanskrav)."""
    frame = _frame(rows)
    frame["period"] = frame["ar"].astype(str) + " (" + frame["scenario_id"] + ")"
    base = alt.Chart(frame).encode(x=alt.X("period:N", title=None, axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar(opacity=0.85).encode(
        y=alt.Y("balanskravsresultat_mnkr:Q", title="mnkr"),
        color=alt.condition(
            alt.datum.balanskravsresultat_mnkr >= 0, alt.value(POSITIVE), alt.value(NEGATIVE)
        ),
    )
    line = base.mark_line(point=True, color=NEUTRAL).encode(y="arets_resultat_mnkr:Q")
    return (bars + line).properties(width=640, height=260)


def resultatbudget(posts: Sequence[dict], results: Sequence[dict]) -> alt.LayerChart:
    """The income statement's posts per year stacked around zero, and årets resultat as a
    point (rpt_finansiella_rapporter)."""
    frame = _frame(posts)
    frame["period"] = frame["ar"].astype(str) + " " + frame["scenario_id"]
    result = _frame(results)
    result["period"] = result["ar"].astype(str) + " " + result["scenario_id"]
    bars = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("period:N", title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("belopp_mnkr:Q", title="mnkr", stack="zero"),
            color=alt.Color("rad_namn:N", title="Post", sort=alt.SortField("sort_order")),
            order=alt.Order("sort_order:Q"),
        )
    )
    points = (
        alt.Chart(result)
        .mark_point(shape="diamond", size=160, filled=True, color="black")
        .encode(x="period:N", y="belopp_mnkr:Q")
    )
    return (bars + points).properties(width=640, height=300)
