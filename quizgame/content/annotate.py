"""Article text marked up with what the analysis found, built from character offsets.

Spans may overlap (a loaded word inside a quotation, a claim inside a promo). HTML elements must
nest, so a span that is still open when an inner one ends is closed and reopened around the cut;
only its first piece carries the note and the keyboard focus. Every piece of text is escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from quizgame.content.analysis.model import ArticleAnalysis

LAYERS = ("attributions", "secondhand", "unsourced", "loaded", "promos")
LAYER_LABELS = {
    "attributions": "Attributions (coloured by speaker)",
    "secondhand": "Second-hand claims",
    "unsourced": "Unsourced claims",
    "loaded": "Loaded terms",
    "promos": "Promos",
}
SPEAKER_COLOURS = 8


@dataclass(frozen=True)
class Mark:
    layer: str
    start: int
    end: int
    note: str = ""
    css: str = ""


def speaker_classes(analysis: ArticleAnalysis) -> dict[str, str]:
    """One colour class per speaker, in order of first appearance (colours repeat after eight)."""
    classes: dict[str, str] = {}
    for attribution in sorted(analysis.attributions, key=lambda a: a.start):
        classes.setdefault(attribution.speaker, f"speaker-{len(classes) % SPEAKER_COLOURS}")
    return classes


def analysis_marks(analysis: ArticleAnalysis) -> list[Mark]:
    speakers = speaker_classes(analysis)
    marks = [
        Mark(
            "attributions",
            a.start,
            a.end,
            f"{a.speaker} ({a.speaker_kind.replace('_', ' ')}, “{a.cue}”)",
            speakers[a.speaker],
        )
        for a in analysis.attributions
    ]
    marks += [Mark("secondhand", s.start, s.end, f"Second-hand: {s.cue} {s.outlet}") for s in analysis.secondhand]
    marks += [Mark("unsourced", c.start, c.end, "No source given") for c in analysis.unsourced_claims]
    marks += [
        Mark("loaded", t.start, t.end, f"Loaded: “{t.term}”. Neutral: “{t.neutral}”. {t.reason}")
        for t in analysis.loaded_terms
    ]
    marks += [Mark("promos", p.start, p.end, "Not part of the reporting") for p in analysis.promos]
    return marks


def render(text: str, marks: Iterable[Mark], id_prefix: str = "mark") -> Markup:
    """The text as HTML, each mark a <span class="mark mark-LAYER">; overlaps nest correctly."""
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    # Outer spans first: earlier start, then longer; the index keeps the order total and stable.
    order = {
        id(m): (m.start, -m.end, LAYERS.index(m.layer) if m.layer in LAYERS else len(LAYERS), i)
        for i, m in enumerate(usable)
    }
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    numbers = {id(m): n for n, m in enumerate(sorted(usable, key=lambda m: order[id(m)]))}
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[int] = set()
    for left, right in itertools.pairwise(cuts):
        wanted = sorted((m for m in usable if m.start <= left and right <= m.end), key=lambda m: order[id(m)])
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(_close(m) for m in reversed(stack[keep:]))
        for mark in wanted[keep:]:
            first = id(mark) not in opened
            opened.add(id(mark))
            out.append(_open(mark, f"{id_prefix}-{numbers[id(mark)]}", first))
        stack = wanted
        out.append(str(escape(text[left:right])))
    out.extend(_close(m) for m in reversed(stack))
    return Markup("".join(out))


def _tag(mark: Mark) -> str:
    # The evidence of a question is highlighted text in its own right, which <mark> conveys.
    return "mark" if mark.layer == "evidence" else "span"


def _close(mark: Mark) -> str:
    return f"</{_tag(mark)}>"


def _open(mark: Mark, ident: str, first: bool) -> str:
    classes = " ".join(c for c in ("mark", f"mark-{mark.layer}", mark.css, "" if first else "mark-cont") if c)
    if not first or not mark.note:
        return f'<{_tag(mark)} class="{escape(classes)}" data-layer="{escape(mark.layer)}">'
    return (
        f'<{_tag(mark)} class="{escape(classes)}" data-layer="{escape(mark.layer)}" tabindex="0" '
        f'aria-describedby="{ident}"><span class="mark-note" role="tooltip" id="{ident}">'
        f"{escape(mark.note)}</span>"
    )


def excerpt(text: str, start: int, end: int, context: int = 280) -> tuple[int, int]:
    """A window around [start, end) widened to whole paragraphs where they are short enough."""
    left = text.rfind("\n\n", 0, start)
    left = 0 if left == -1 else left + 2
    right = text.find("\n\n", end)
    right = len(text) if right == -1 else right
    return max(left, start - context), min(right, end + context)


def render_evidence(text: str, start: int, end: int, extra: Sequence[Mark] = ()) -> Markup:
    """The passage around a question's evidence, the evidence itself marked."""
    left, right = excerpt(text, start, end)
    shifted = [
        Mark(m.layer, m.start - left, m.end - left, m.note, m.css)
        for m in (Mark("evidence", start, end), *extra)
        if left <= m.start and m.end <= right
    ]
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(text) else ""
    return Markup(escape(prefix)) + render(text[left:right], shifted, "ev") + Markup(escape(suffix))
