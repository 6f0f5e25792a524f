"""docs/limits.md states every limit the code has, with the code's default (the README points there)."""

from __future__ import annotations

from pathlib import Path

from quizgame.config import ContentLimits
from quizgame.web.common.limits import DEFAULT_LIMITS
from quizgame.web.common.stream_caps import DEFAULT_CAPS

DOC = (Path(__file__).resolve().parent.parent / "docs" / "limits.md").read_text(encoding="utf-8")


def _row(variable: str) -> str:
    return next(line for line in DOC.splitlines() if line.startswith("|") and f"`{variable}`" in line)


def test_every_rate_limit_and_stream_cap_is_documented_with_its_default():
    for setting, default in {**DEFAULT_LIMITS, **DEFAULT_CAPS}.items():
        if setting == "RATELIMIT_ENABLED":
            assert "QUIZGAME_RATELIMIT_ENABLED=0" in DOC
            continue
        assert str(default) in _row(f"QUIZGAME_{setting}"), setting


def test_every_content_limit_is_documented_with_its_default():
    for name, default in ContentLimits().__dict__.items():
        row = _row(f"QUIZGAME_{name.upper()}")
        shown = f"{default:,}" if default < 1_000_000 else f"{default // 1_048_576} MiB"
        assert shown in row, (name, shown, row)
