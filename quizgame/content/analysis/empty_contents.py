"""Contents that say nothing: what a cue's clause reports is a topic or the act of speaking itself.

'John Fritchey is quoted ... as saying of the letter, "..."': the phrase 'of the letter' before the quotation
tells what the words were about; 'He made the comments in his first appearance since ...': the comments were
made, and the clause says where, not what they were. Neither is a statement a reader could check or question;
the words themselves (the quotation, the sentence before) are attributed on their own.
"""

from __future__ import annotations

from spacy.tokens import Doc

_SPEECH_NOUNS = frozenset("comment comments remark remarks statement statements speech address announcement".split())
_DELIVERING = frozenset("make give deliver issue offer repeat".split())
_TOPIC_PREPOSITIONS = frozenset("of about on regarding concerning".split())  # not 'asked for patience', a request


def says_nothing(doc: Doc, start: int, end: int) -> bool:
    """The content span (character offsets) is a bare phrase of topic ('of the letter', 'about the vote': a
    preposition and no verb), or a clause of delivering remarks ('made the comments') with nothing reported."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or any(t.text in ('"', "“", "”") for t in span):
        return False
    if words[0].lower_ in _TOPIC_PREPOSITIONS and not any(t.pos_ in ("VERB", "AUX") for t in words):
        return True
    verbs = [t for t in words if t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].lemma_.lower() not in _DELIVERING:
        return False
    verb = verbs[0]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
    return bool(objects) and not clauses and all(o.lower_ in _SPEECH_NOUNS for o in objects)
