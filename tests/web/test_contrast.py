"""WCAG AA contrast of the colour pairs the pages use, read from static/css/app.css itself, so a
colour change that breaks contrast fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parents[2] / "static" / "css" / "app.css").read_text()
VARIABLES = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS))

TEXT = 4.5  # WCAG 1.4.3, normal text
NON_TEXT = 3.0  # WCAG 1.4.11, borders that show a control


def colour(name: str) -> str:
    return VARIABLES[name[2:]] if name.startswith("--") else name


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(colour(a)), luminance(colour(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    "foreground, background",
    [
        ("--ink", "--paper"),
        ("--muted", "--paper"),
        ("--accent", "--paper"),
        ("--accent-ink", "--accent"),
        ("--ok", "--paper"),
        ("--bad", "--paper"),
        ("--ink", "--highlight"),
        # choices: coloured text on white, white letters and shapes on the colour (and when selected)
        ("--choice-a", "--paper"),
        ("--choice-b", "--paper"),
        ("--choice-c", "--paper"),
        ("--choice-d", "--paper"),
        # tinted panels: flashes, errors, excerpts
        ("--bad", "#fbeeee"),
        ("--ink", "#eef4fb"),
        ("--ink", "#f4f6fa"),
        ("--muted", "#f4f6fa"),
    ],
)
def test_text_colours_meet_aa(foreground, background):
    assert contrast(foreground, background) >= TEXT


@pytest.mark.parametrize("border, background", [("--muted", "--paper"), ("--accent", "--paper")])
def test_control_borders_are_visible(border, background):
    assert contrast(border, background) >= NON_TEXT


def test_the_tinted_panels_used_above_are_the_ones_in_the_stylesheet():
    for tint in ("#fbeeee", "#eef4fb", "#f4f6fa"):
        assert tint in CSS
