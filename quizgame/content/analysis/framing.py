"""The frame around a quotation is not a statement of its own.

"Announcing the formation of the network, Brenda Zulu wrote: > ...": a participle set before the verb that carries
the quotation, naming only the act (an object, no clause). It is the quotation's lead-in, not a second thing said;
the quotation is what the speaker said.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.found import Found, quoted_share
from quizgame.content.analysis.reading import Reading

_CLAUSES = frozenset({"ccomp", "xcomp"})  # 'said that ...', 'urged them to ...': a statement of its own
_JOINED = frozenset({"advcl", "conj"})  # '..., saying "..."', 'Announcing ..., X wrote:'


def without_lead_ins(reading: Reading, found: list[Found]) -> list[Found]:
    """Drops the act a quotation's lead-in names; an act with quoted words of its own ('Calling it a "culture of
    death", the archbishop said "..."') is a statement of its own."""
    direct = [f for f in found if f.attribution.direct]
    quoting = {f.cue.verb.i for f in direct}
    return [
        f for f in found if f.attribution.direct or _own_quoted_words(reading, f, direct) or not _leads_in(f, quoting)
    ]


def _own_quoted_words(reading: Reading, item: Found, direct: list[Found]) -> bool:
    """Quoted words in the act's content that are not the quotation the other verb carries ('repeated the
    commitment, saying "..."' holds the participle's quotation, not words of its own)."""
    start, end = item.content
    overlaps = any(d.content[0] < end and start < d.content[1] for d in direct)
    return not overlaps and quoted_share(reading, item.content) > 0


def _leads_in(item: Found, quoting: set[int]) -> bool:
    """A participle set before the verb that carries the quotation ('Announcing the formation ..., Brenda Zulu
    wrote:'); an act the quoting verb's own clause names ('announced his resignation, saying "..."') is, by the
    gold's convention, a statement of its own."""
    verb = item.cue.verb
    if verb.i in quoting or _states_a_clause(verb) or item.cue.text in ("according to", "per"):
        return False
    fronted = verb.tag_ == "VBG" and verb.dep_ in _JOINED and verb.i < verb.head.i
    return fronted and verb.head.i in quoting and verb.head.sent == verb.sent


def _states_a_clause(verb: Token) -> bool:
    return any(c.dep_ in _CLAUSES or c.lower_ == "that" and c.dep_ == "mark" for c in verb.children)
