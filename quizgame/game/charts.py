"""Small SVG bar charts drawn on the server: no chart library in the browser, no script, no inline style.

Every chart is an image with a name (role="img", aria-label, <title>, <desc>) and the same figures
are always in a table next to it. Colours come from classes in static/css/reports.css; a marked bar
(the right answer, say) also carries a check mark in its label, never colour alone. All text is
escaped: labels are nicknames, choices and article words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 640
LABEL_WIDTH = 260
BAR_AREA = 300
ROW_HEIGHT = 30
BAR_HEIGHT = 20
TOP = 8
# At 13px a wide character takes up to ~8px: 30 of them (and a check mark) fit the label column
# (LABEL_WIDTH - 8) without running off the chart's left edge (issue 16: clipped labels).
LABEL_CHARS = 30


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as people read it: "12", "75%"
    marked: bool = False  # drawn as the highlighted series and labelled with a check mark
    series: str = ""  # extra class suffix, e.g. "control" for control items


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _series_class(series: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", series.lower())


def _bar(bar: Bar, index: int, max_value: float) -> str:
    y = TOP + index * ROW_HEIGHT
    length = 0.0 if max_value <= 0 else max(0.0, min(bar.value / max_value, 1.0)) * BAR_AREA
    classes = ["chart-bar"]
    if bar.marked:
        classes.append("chart-bar--marked")
    if bar.series:
        classes.append(f"chart-bar--{_series_class(bar.series)}")
    label = ("✓ " if bar.marked else "") + bar.label
    text_y = y + BAR_HEIGHT / 2
    return (
        f'<g class="chart-row"><title>{escape(label)}: {escape(bar.text)}</title>'
        f'<text class="chart-label" x="{LABEL_WIDTH - 8}" y="{text_y:.1f}" text-anchor="end" '
        f'dominant-baseline="middle">{escape(_short(label))}</text>'
        f'<rect class="{" ".join(classes)}" x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}"/>'
        f'<text class="chart-value" x="{LABEL_WIDTH + length + 6:.1f}" y="{text_y:.1f}" '
        f'dominant-baseline="middle">{escape(bar.text)}</text></g>'
    )


def bar_chart(title: str, description: str, bars: Sequence[Bar], max_value: float) -> Markup:
    """A horizontal bar chart, one row per bar, scaled so `max_value` fills the bar area."""
    height = TOP * 2 + max(len(bars), 1) * ROW_HEIGHT
    rows = "".join(_bar(bar, i, max_value) for i, bar in enumerate(bars))
    if not bars:
        rows = (
            f'<text class="chart-label" x="8" y="{TOP + BAR_HEIGHT / 2}" dominant-baseline="middle">No data yet</text>'
        )
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(title)}</title><desc>{escape(description)}</desc>"
        f'<line class="chart-axis" x1="{LABEL_WIDTH}" y1="{TOP / 2}" x2="{LABEL_WIDTH}" y2="{height - TOP / 2}"/>'
        f"{rows}</svg>"
    )


def percent(share: float | None) -> str:
    """A share as people read it; "–" when there is nothing to divide."""
    return "–" if share is None else f"{round(share * 100)}%"
