"""Inline SVG charts for the HTML report, drawn in Python without any dependency.

Every chart is an `<svg role="img">` with a `<title>` and a `<desc>` (its accessible
name and description) and native tooltips (`<title>` on marks); numbers are in Swedish
format (space as thousands separator, decimal comma, en dash as minus).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

Number = int | float | Decimal

INK = "#1d2733"
MUTED = "#5b6877"
GRID = "#dde3ea"
TOTAL = "#27496d"
POSITIVE = "#2e7d5b"
NEGATIVE = "#b3413b"
MISSING = "#f1f3f5"
FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"
HALO = {"paint_order": "stroke", "stroke": "#ffffff", "stroke_width": 3, "stroke_linejoin": "round"}
INCOME_COLORS = ("#27496d", "#4f86b5", "#8fb8d8", "#2e7d5b", "#7fb69a")
COST_COLORS = ("#b3413b", "#d99a3d", "#e8c07d", "#7a5c99", "#c27c8e")
SERIES = ("#27496d", "#4f86b5", "#8fb8d8", "#d99a3d", "#b3413b", "#7a5c99", "#2e7d5b", "#9aa5b1")
CHAR_WIDTH = 0.6  # average glyph width in em, generous so labels never overlap


def sv_number(value: Number | None, decimals: int = 0, sign: bool = False) -> str:
    """`value` in Swedish format: 53 833,9 and –4 417 (en dash); '' when missing."""
    if value is None:
        return ""
    quantized = round(Decimal(str(value)), decimals)
    text = f"{abs(quantized):,.{decimals}f}".replace(",", " ").replace(".", ",")
    if quantized < 0:
        return "–" + text
    return ("+" + text) if sign and quantized > 0 else text


def text_width(text: str, size: float) -> float:
    """Estimated rendered width of `text` in pixels at font size `size`."""
    return len(text) * size * CHAR_WIDTH


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (steps of 1, 2, 2,5 or 5 × 10^k)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _attrs(**attributes: object) -> str:
    parts = []
    for key, value in attributes.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            value = f"{value:.2f}".rstrip("0").rstrip(".")
        parts.append(f'{name}="{escape(str(value))}"')
    return " ".join(parts)


def el(tag: str, content: str = "", **attributes: object) -> str:
    """One SVG element; `content` is inserted as is (already escaped markup)."""
    attrs = _attrs(**attributes)
    opening = f"<{tag} {attrs}" if attrs else f"<{tag}"
    return f"{opening}>{content}</{tag}>" if content else f"{opening}/>"


def text(x: float, y: float, label: str, **attributes: object) -> str:
    """A `<text>` element with escaped content."""
    return el("text", escape(label), x=x, y=y, **attributes)


def tooltip(label: str) -> str:
    """A native tooltip for the enclosing mark."""
    return f"<title>{escape(label)}</title>"


def svg(chart_id: str, width: float, height: float, title: str, desc: str, body: str) -> str:
    """The outer `<svg>`: scalable, with an accessible name and description."""
    return (
        f'<svg viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" class="chart" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="{escape(FONT)}" '
        f'font-size="13" fill="{INK}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def _mix(start: str, end: str, share: float) -> str:
    """The colour `share` of the way from `start` to `end` (hex colours)."""
    a = [int(start[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(end[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def _wrapped(
    x: float, y: float, label: str, width: int, line_height: float, **attrs: object
) -> str:
    """A text wrapped at `width` characters into tspans, the block centred on `y`."""
    lines = textwrap.wrap(label, width) or [""]
    first = y - (len(lines) - 1) * line_height / 2
    spans = "".join(
        el("tspan", escape(line), x=x, y=first + i * line_height) for i, line in enumerate(lines)
    )
    return el("text", spans, **attrs)


def _truncate(label: str, max_chars: int) -> str:
    return label if len(label) <= max_chars else label[: max_chars - 1].rstrip() + "…"


# --------------------------------------------------------------------------- heat map


def _vertical_grid(
    ticks: Sequence[float], sx: Callable[[float], float], top: float, axis_y: float
) -> list[str]:
    """Vertical grid lines at the ticks of a horizontal value axis, labelled below it."""
    parts = []
    for tick in ticks:
        parts.append(el("line", x1=sx(tick), x2=sx(tick), y1=top, y2=axis_y, stroke=GRID))
        parts.append(
            text(
                sx(tick),
                axis_y + 18,
                sv_number(tick),
                text_anchor="middle",
                fill=MUTED,
                font_size=11,
            )
        )
    return parts


def _horizontal_grid(
    ticks: Sequence[float], sy: Callable[[float], float], left: float, right: float
) -> list[str]:
    """Horizontal grid lines at the ticks of a vertical value axis, labelled left of it."""
    parts = []
    for tick in ticks:
        parts.append(el("line", x1=left, x2=right, y1=sy(tick), y2=sy(tick), stroke=GRID))
        parts.append(
            text(
                left - 8, sy(tick) + 4, sv_number(tick), text_anchor="end", fill=MUTED, font_size=11
            )
        )
    return parts


def heatmap(
    chart_id: str,
    title: str,
    desc: str,
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    values: Sequence[Sequence[Number | None]],
    unit: str,
) -> str:
    """A matrix heat map with row sums, column sums and the grand total (all computed)."""
    label_w, cell_w, cell_h, head_h = 170, 168, 54, 64
    columns = len(column_labels) + 1
    width = label_w + columns * cell_w + 2
    height = head_h + (len(row_labels) + 1) * cell_h + 2
    numbers = [float(v) for row in values for v in row if v is not None]
    top = max(numbers) if numbers else 1.0
    parts = []
    for j, label in enumerate([*column_labels, "Summa (köpare)"]):
        x = label_w + j * cell_w + cell_w / 2
        parts.append(
            _wrapped(
                x, head_h / 2, label, 22, 15, text_anchor="middle", font_weight="600", fill=INK
            )
        )
    column_sums: list[float] = [0.0] * len(column_labels)
    for i, (row_label, row) in enumerate(zip(row_labels, values, strict=True)):
        y = head_h + i * cell_h
        parts.append(
            text(8, y + cell_h / 2 + 5, row_label, font_weight="600", fill=INK, class_="row-label")
        )
        for j, value in enumerate(row):
            x = label_w + j * cell_w
            if value is None:
                parts.append(
                    el(
                        "rect",
                        tooltip(f"{row_label} köper inte av {column_labels[j]}"),
                        x=x + 1,
                        y=y + 1,
                        width=cell_w - 2,
                        height=cell_h - 2,
                        fill=MISSING,
                        rx=3,
                    )
                )
                parts.append(
                    text(x + cell_w / 2, y + cell_h / 2 + 5, "–", text_anchor="middle", fill=MUTED)
                )
                continue
            column_sums[j] += float(value)
            share = math.sqrt(float(value) / top) if top else 0.0
            fill = _mix("#eef4fa", "#173a5e", share)
            ink = "#ffffff" if share > 0.55 else INK
            parts.append(
                el(
                    "rect",
                    tooltip(f"{row_label} → {column_labels[j]}: {sv_number(value)} {unit}"),
                    x=x + 1,
                    y=y + 1,
                    width=cell_w - 2,
                    height=cell_h - 2,
                    fill=fill,
                    rx=3,
                    class_="cell",
                )
            )
            parts.append(
                text(
                    x + cell_w / 2,
                    y + cell_h / 2 + 5,
                    sv_number(value),
                    text_anchor="middle",
                    fill=ink,
                    font_size=15,
                    font_weight="600",
                )
            )
        row_sum = sum(float(v) for v in row if v is not None)
        x = label_w + len(column_labels) * cell_w
        parts.append(
            el("rect", x=x + 1, y=y + 1, width=cell_w - 2, height=cell_h - 2, fill="#e4e8ee", rx=3)
        )
        parts.append(
            text(
                x + cell_w / 2,
                y + cell_h / 2 + 5,
                sv_number(row_sum),
                text_anchor="middle",
                font_size=15,
                font_weight="600",
            )
        )
    y = head_h + len(row_labels) * cell_h
    parts.append(text(8, y + cell_h / 2 + 5, "Summa (säljare)", font_weight="700"))
    for j, column_sum in enumerate([*column_sums, sum(column_sums)]):
        x = label_w + j * cell_w
        grand = j == len(column_sums)
        parts.append(
            el(
                "rect",
                x=x + 1,
                y=y + 1,
                width=cell_w - 2,
                height=cell_h - 2,
                fill=TOTAL if grand else "#e4e8ee",
                rx=3,
            )
        )
        parts.append(
            text(
                x + cell_w / 2,
                y + cell_h / 2 + 5,
                sv_number(column_sum),
                text_anchor="middle",
                font_size=15,
                font_weight="700",
                fill="#ffffff" if grand else INK,
            )
        )
    return svg(chart_id, width, height, title, desc, "".join(parts))


# --------------------------------------------------------------------------- waterfall


@dataclass(frozen=True)
class Step:
    """One bar of a bridge: a level ('ingående'/'utgående') or a change ('förändring')."""

    label: str
    kind: str
    value: Number


def waterfall(chart_id: str, title: str, desc: str, steps: Sequence[Step], unit: str) -> str:
    """A horizontal waterfall: levels from zero, changes floating from the running level."""
    row_h, top_pad, bottom_pad = 40, 12, 30
    longest = max((len(step.label) for step in steps), default=10)
    label_w = min(330, max(150, int(text_width("x" * longest, 12)) + 16))
    wrap_at = int((label_w - 16) / (12 * CHAR_WIDTH))
    plot_w = 560
    value_w = 110
    width = label_w + plot_w + value_w
    height = top_pad + len(steps) * row_h + bottom_pad
    spans: list[tuple[float, float]] = []
    running = 0.0
    for step in steps:
        value = float(step.value)
        if step.kind == "förändring":
            spans.append((running, running + value))
            running += value
        else:
            spans.append((0.0, value))
            running = value
    low = min(0.0, *(min(s) for s in spans)) if spans else 0.0
    high = max(0.0, *(max(s) for s in spans)) if spans else 1.0
    ticks = nice_ticks(low, high)
    low, high = min(low, ticks[0]), max(high, ticks[-1])

    def sx(value: float) -> float:
        return label_w + (value - low) / (high - low) * plot_w

    parts = []
    axis_y = top_pad + len(steps) * row_h
    parts.extend(_vertical_grid(ticks, sx, top_pad - 4, axis_y))
    parts.append(text(label_w + plot_w + 30, axis_y + 18, unit, fill=MUTED, font_size=11))
    previous_end: float | None = None
    for i, (step, (start, end)) in enumerate(zip(steps, spans, strict=True)):
        y = top_pad + i * row_h
        change = step.kind == "förändring"
        color = (POSITIVE if end >= start else NEGATIVE) if change else TOTAL
        shown = sv_number(step.value, 1, sign=change)
        parts.append(
            _wrapped(
                label_w - 10,
                y + row_h / 2 + 4,
                step.label,
                wrap_at,
                14,
                text_anchor="end",
                font_size=12,
                font_weight="400" if change else "600",
            )
        )
        x0, x1 = sorted((sx(start), sx(end)))
        parts.append(
            el(
                "rect",
                tooltip(f"{step.label}: {shown} {unit}"),
                x=x0,
                y=y + 6,
                width=max(x1 - x0, 1.5),
                height=row_h - 12,
                fill=color,
                rx=2,
                class_="bar",
            )
        )
        if previous_end is not None:
            parts.append(
                el(
                    "line",
                    x1=sx(previous_end),
                    x2=sx(previous_end),
                    y1=y - 6,
                    y2=y + 6,
                    stroke=MUTED,
                    stroke_dasharray="3 2",
                )
            )
        parts.append(
            text(
                x1 + 6,
                y + row_h / 2 + 5,
                shown,
                fill=color,
                font_weight="600",
                font_variant_numeric="tabular-nums",
            )
        )
        previous_end = end
    parts.append(el("line", x1=sx(0), x2=sx(0), y1=top_pad - 4, y2=axis_y, stroke=MUTED))
    return svg(chart_id, width, height, title, desc, "".join(parts))


# --------------------------------------------------------------------------- stacked bars


def horizontal_stacks(
    chart_id: str,
    title: str,
    desc: str,
    rows: Sequence[tuple[str, Sequence[Number | None]]],
    series: Sequence[str],
    unit: str,
) -> str:
    """Horizontal stacked bars, one row per item and one colour per series, total at the end."""
    row_h, top_pad, legend_h, bottom_pad = 24, 8, 34, 30
    longest = max((len(label) for label, _ in rows), default=10)
    label_w = min(380, int(text_width("x" * longest, 12)) + 16)
    plot_w, value_w = 600, 80
    width = label_w + plot_w + value_w
    height = legend_h + top_pad + len(rows) * row_h + bottom_pad
    totals = [sum(float(v or 0) for v in values) for _, values in rows]
    ticks = nice_ticks(0, max(totals, default=1.0))
    high = ticks[-1]

    def sx(value: float) -> float:
        return label_w + value / high * plot_w

    parts = [_legend(label_w, 14, series, SERIES)]
    axis_top = legend_h + top_pad
    axis_y = axis_top + len(rows) * row_h
    parts.extend(_vertical_grid(ticks, sx, axis_top - 4, axis_y))
    parts.append(text(width - 4, axis_y + 18, unit, text_anchor="end", fill=MUTED, font_size=11))
    for i, ((label, values), total) in enumerate(zip(rows, totals, strict=True)):
        y = axis_top + i * row_h
        parts.append(
            el(
                "text",
                tooltip(label) + escape(_truncate(label, int((label_w - 12) / 7.2))),
                x=label_w - 8,
                y=y + row_h / 2 + 4,
                text_anchor="end",
                font_size=12,
            )
        )
        running = 0.0
        for name, value, color in zip(series, values, SERIES, strict=False):
            if not value:
                continue
            parts.append(
                el(
                    "rect",
                    tooltip(f"{label}, {name}: {sv_number(value)} {unit}"),
                    x=sx(running),
                    y=y + 4,
                    width=max(sx(running + float(value)) - sx(running), 1),
                    height=row_h - 8,
                    fill=color,
                    class_="bar",
                )
            )
            running += float(value)
        parts.append(
            text(sx(total) + 6, y + row_h / 2 + 4, sv_number(total), font_size=12, fill=MUTED)
        )
    parts.append(el("line", x1=sx(0), x2=sx(0), y1=axis_top - 4, y2=axis_y, stroke=MUTED))
    return svg(chart_id, width, height, title, desc, "".join(parts))


def _legend(x: float, y: float, names: Sequence[str], colors: Sequence[str]) -> str:
    parts = []
    for name, color in zip(names, colors, strict=False):
        parts.append(el("rect", x=x, y=y - 10, width=12, height=12, fill=color, rx=2))
        parts.append(text(x + 17, y, name, font_size=12))
        x += 17 + text_width(name, 12) + 18
    return el("g", "".join(parts), class_="legend")


# --------------------------------------------------------------------------- vertical bars


def bars_and_line(
    chart_id: str,
    title: str,
    desc: str,
    categories: Sequence[tuple[str, str]],
    bars: Sequence[Number | None],
    line: Sequence[Number | None],
    bar_name: str,
    line_name: str,
    unit: str,
) -> str:
    """Vertical bars (green ≥ 0, red < 0) with a line over the same categories."""
    width, height = 820, 380
    left, right, top, bottom = 70, 20, 44, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    numbers = [float(v) for v in [*bars, *line] if v is not None]
    ticks = nice_ticks(min(0.0, *numbers), max(0.0, *numbers), 6)
    low, high = ticks[0], ticks[-1]
    band = plot_w / len(categories)

    def sy(value: float) -> float:
        return top + (high - value) / (high - low) * plot_h

    parts = [
        _legend(left, 18, [bar_name], [POSITIVE]),
        _legend(left + 30 + text_width(bar_name, 12), 18, [line_name], [INK]),
    ]
    parts.extend(_horizontal_grid(ticks, sy, left, width - right))
    parts.append(text(left - 8, top - 12, unit, text_anchor="end", fill=MUTED, font_size=11))
    parts.append(el("line", x1=left, x2=width - right, y1=sy(0), y2=sy(0), stroke=INK))
    points = []
    for i, ((label, sublabel), bar, point) in enumerate(zip(categories, bars, line, strict=True)):
        cx = left + band * (i + 0.5)
        parts.append(text(cx, height - bottom + 20, label, text_anchor="middle", font_weight="600"))
        parts.append(
            text(cx, height - bottom + 36, sublabel, text_anchor="middle", fill=MUTED, font_size=11)
        )
        if bar is not None:
            value = float(bar)
            y0, y1 = sorted((sy(0), sy(value)))
            color = POSITIVE if value >= 0 else NEGATIVE
            parts.append(
                el(
                    "rect",
                    tooltip(f"{label} {sublabel}, {bar_name}: {sv_number(bar)} {unit}"),
                    x=cx - band * 0.3,
                    y=y0,
                    width=band * 0.6,
                    height=max(y1 - y0, 1),
                    fill=color,
                    rx=2,
                    class_="bar",
                )
            )
            inside = y1 - y0 > 24
            if inside:
                label_y, ink = y0 + 18, "#ffffff"
            else:
                label_y, ink = (y0 - 7, color) if value >= 0 else (y1 + 17, color)
            parts.append(
                text(cx, label_y, sv_number(bar), fill=ink, font_weight="700", text_anchor="middle")
            )
        if point is not None:
            points.append((cx, sy(float(point)), point, f"{label} {sublabel}"))
    if points:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in points)
        parts.append(el("polyline", points=path, fill="none", stroke=INK, stroke_width=2))
        for x, y, value, label in points:
            parts.append(
                el(
                    "circle",
                    tooltip(f"{label}, {line_name}: {sv_number(value)} {unit}"),
                    cx=x,
                    cy=y,
                    r=5,
                    fill="#ffffff",
                    stroke=INK,
                    stroke_width=2,
                )
            )
            parts.append(
                text(
                    x + 10,
                    y - 9,
                    sv_number(value),
                    font_size=12,
                    font_weight="600",
                    fill=INK,
                    class_="point-label",
                    **HALO,
                )
            )
    return svg(chart_id, width, height, title, desc, "".join(parts))


def diverging_stacks(
    chart_id: str,
    title: str,
    desc: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Number | None]]],
    result_name: str,
    results: Sequence[Number | None],
    unit: str,
) -> str:
    """Per category, positive items stacked up and negative items down, the net as a marker."""
    width = 900
    left, right, top, bottom = 76, 320, 24, 40
    height = 440
    plot_w, plot_h = width - left - right, height - top - bottom
    ups = [
        sum(float(v[i] or 0) for _, v in series if (v[i] or 0) > 0) for i in range(len(categories))
    ]
    downs = [
        sum(float(v[i] or 0) for _, v in series if (v[i] or 0) < 0) for i in range(len(categories))
    ]
    ticks = nice_ticks(min(0.0, *downs), max(0.0, *ups), 6)
    low, high = ticks[0], ticks[-1]
    band = plot_w / len(categories)

    def sy(value: float) -> float:
        return top + (high - value) / (high - low) * plot_h

    parts = []
    parts.extend(_horizontal_grid(ticks, sy, left, left + plot_w))
    parts.append(text(left - 8, top - 10, unit, text_anchor="end", fill=MUTED, font_size=11))
    incomes = iter(INCOME_COLORS)
    costs = iter(COST_COLORS)
    colors = [
        next(incomes) if sum(float(v or 0) for v in values) >= 0 else next(costs)
        for _, values in series
    ]
    for i, category in enumerate(categories):
        cx = left + band * (i + 0.5)
        up, down = 0.0, 0.0
        for (name, values), color in zip(series, colors, strict=False):
            value = float(values[i] or 0)
            if value == 0:
                continue
            base = up if value > 0 else down
            y0, y1 = sorted((sy(base), sy(base + value)))
            parts.append(
                el(
                    "rect",
                    tooltip(f"{category}, {name}: {sv_number(value)} {unit}"),
                    x=cx - band * 0.28,
                    y=y0,
                    width=band * 0.56,
                    height=max(y1 - y0, 0.8),
                    fill=color,
                    stroke="#ffffff",
                    stroke_width=0.6,
                    class_="bar",
                )
            )
            if value > 0:
                up += value
            else:
                down += value
        parts.append(
            text(cx, height - bottom + 22, category, text_anchor="middle", font_weight="600")
        )
        result = results[i]
        if result is not None:
            ry = sy(float(result))
            parts.append(
                el(
                    "path",
                    tooltip(f"{category}, {result_name}: {sv_number(result)} {unit}"),
                    d=f"M{cx - 9:.1f},{ry:.1f} L{cx:.1f},{ry - 9:.1f} L{cx + 9:.1f},{ry:.1f} "
                    f"L{cx:.1f},{ry + 9:.1f} Z",
                    fill="#ffffff",
                    stroke=INK,
                    stroke_width=2,
                )
            )
            parts.append(
                text(
                    cx + band * 0.28 + 6,
                    ry + 4,
                    sv_number(result),
                    font_weight="700",
                    fill=POSITIVE if float(result) >= 0 else NEGATIVE,
                    **HALO,
                )
            )
    parts.append(el("line", x1=left, x2=left + plot_w, y1=sy(0), y2=sy(0), stroke=INK))
    legend_x, legend_y = left + plot_w + 24, top + 10
    for index, ((name, _), color) in enumerate(zip(series, colors, strict=False)):
        y = legend_y + index * 22
        parts.append(el("rect", x=legend_x, y=y - 10, width=12, height=12, fill=color, rx=2))
        parts.append(
            el(
                "text",
                tooltip(name) + escape(_truncate(name, 40)),
                x=legend_x + 18,
                y=y,
                font_size=12,
            )
        )
    y = legend_y + len(series) * 22 + 8
    parts.append(
        el(
            "path",
            d=f"M{legend_x},{y - 4} L{legend_x + 6},{y - 10} L{legend_x + 12},{y - 4} "
            f"L{legend_x + 6},{y + 2} Z",
            fill="#ffffff",
            stroke=INK,
            stroke_width=2,
        )
    )
    parts.append(text(legend_x + 18, y, result_name, font_size=12, font_weight="700"))
    return svg(chart_id, width, height, title, desc, "".join(parts))
