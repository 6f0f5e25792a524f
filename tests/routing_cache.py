"""Werkzeug compiles two URL builders for every rule of every app it makes (Rule.compile, by AST and
`compile`): 26 of the 30 ms of CPU a test app costs, and the suite makes one app per test. The code it
compiles depends on the rule and its defaults alone, not on the app, so the tests reuse it: the cache
is keyed on everything _compile_builder reads. The builder is still bound to each app's own rule (it
calls that rule's converters), so apps share no state and build the same URLs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from werkzeug.routing import Rule

# A private Werkzeug method (3.x): without it (a later Werkzeug), the tests simply compile as usual.
_original = getattr(Rule, "_compile_builder", None)


def _key(rule: Rule, append_unknown: bool) -> tuple[Any, ...]:
    defaults = rule.defaults or {}
    return (
        type(rule),
        rule.rule,
        tuple(rule._trace),
        repr(sorted(defaults.items(), key=lambda item: item[0])),
        tuple(sorted((name, type(c), _settings(c)) for name, c in rule._converters.items())),
        append_unknown,
    )


def _settings(converter: Any) -> str:
    """A converter's arguments (regex, digits, bounds), without the map it belongs to."""
    return repr(sorted((k, v) for k, v in vars(converter).items() if k != "map"))


@contextmanager
def shared_url_builders() -> Iterator[None]:
    if _original is None:
        yield
        return
    compiled: dict[tuple[Any, ...], Callable[..., tuple[str, str]]] = {}

    def compile_builder(self: Rule, append_unknown: bool = True) -> Callable[..., tuple[str, str]]:
        key = _key(self, append_unknown)
        if key not in compiled:
            compiled[key] = _original(self, append_unknown)
        return compiled[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Rule, "_compile_builder", compile_builder)
        yield
