"""YAML loading that remembers the line of every mapping, so errors can name it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quizgame.content.errors import ContentError


class LineDict(dict[str, Any]):
    """A mapping from a YAML file; `line` is 1-based, where the mapping starts, and `key_lines`
    where each key is, so an error about one field can name that field's own line."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return getattr(self, "key_lines", {}).get(key, self.line)


# Deeper than any question file needs; a YAML file nested 20,000 deep used to exhaust the stack.
MAX_DEPTH = 20


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases (`*name`): eight levels of them in 0.8 KiB expanded to a
    312-million-character prompt. The files never need them, so refusing is simpler than bounding."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed: write the value out", self.peek_event().start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"the values are nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            mapping.key_lines.setdefault(loader.construct_object(key_node), key_node.start_mark.line + 1)
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text: str, path: str | Path, first_line: int = 1) -> Any:
    """Parse YAML text; `first_line` is where the text starts in its file (front matter starts at 2)."""
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        raise ContentError(path, line, f"YAML syntax error: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise ContentError(path, None, f"YAML error: {exc}") from exc
    _shift_lines(data, first_line - 1)
    return data


def _shift_lines(data: Any, offset: int) -> None:
    if offset == 0:
        return
    if isinstance(data, LineDict):
        data.line += offset
        data.key_lines = {key: line + offset for key, line in getattr(data, "key_lines", {}).items()}
    if isinstance(data, dict):
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, list):
        for value in data:
            _shift_lines(value, offset)
