"""A cue set off by commas inside the reported clause: 'The guardrail would be examined, Roberts said, to determine
if it had performed as designed', 'Crews were fighting 40 fires, he told Skai television, and every request had been
answered'. The words on both sides of the cue are what was said; the parser hangs the part after it on the cue (an
infinitive of purpose, a second clause joined by 'and') or on the clause before it, and the content stopped at the
cue. Wire copy and Wikinews put the cue there to keep the speaker close to the start of a long statement.

set_off reads the same commas for a cue that is the sentence's root: closing the sentence ('The species used to
select bones from one animal, the research showed.') or inside it ('Many cultures in Montana, the complaint pointed
out, have a concept of family'), the rest of the sentence is reported, though the parser hung it on the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _is_clause(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in tokens)


def comma_before_subject(verb: Token) -> Token | None:
    """The comma that sets off 'subject verb' after words of the sentence ('..., Roberts said, to determine ...',
    '..., the research showed.'): the verb's last subject before it, not at the sentence's start, right after a
    comma, with no punctuation between it and the verb. Shared by around_cue and set_off."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[-1].left_edge.i <= verb.sent.start:
        return None
    subject = subjects[-1]
    comma = verb.doc[subject.left_edge.i - 1]
    if comma.text != "," or any(t.is_punct for t in verb.doc[subject.i : verb.i]):
        return None
    return comma


def around_cue(verb: Token) -> list[Token] | None:
    """The words before and after 'subject verb (object)' set off by commas mid-sentence, when the words before are
    a clause the cue reports (its head, or its clausal complement) and the words after hold a verb; None otherwise.
    Quotations are left to the quotation linker; a subordinate clause before the cue ('After the meeting ended,
    the minister said, ...') is no content of it.

    loaded_voice.parenthetical_saying also reads a verb of saying between commas, for another question: is a
    charged word in the speaker's voice? There the cue need only be set in the word's clause ('The plan, critics
    say, is a grab for power': a subject alone before the cue) and a quotation does not matter; here the words on
    both sides become the statement's content, so both must be clauses and none quoted. The shapes each reads are
    set side by side in tests/content/analysis/test_cues_between_commas.py."""
    opening, sent, doc = comma_before_subject(verb), verb.sent, verb.doc
    if opening is None:
        return None
    closing = next((t for t in doc[verb.i + 1 : sent.end] if t.is_punct), None)
    if closing is None or closing.text != ",":
        return None
    between = doc[verb.i + 1 : closing.i]
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in between):
        return None  # 'said on Monday, ...' may stand between; a clause of the cue's own may not
    if any(closing.i < c.right_edge.i for c in verb.children if verb.i < c.i < closing.i):
        return None  # 'told an investigator for the rights group, which held a forum': the cue's object goes on
    before = list(doc[sent.start : opening.i])
    after = [t for t in doc[closing.i + 1 : sent.end]]
    if any(t.text in _QUOTES for t in before + after) or not _is_clause(before) or not _is_clause(after):
        return None
    linked = (verb.dep_ == "parataxis" and verb.head.i < opening.i) or any(
        c.dep_ == "ccomp" and c.i < opening.i for c in verb.children
    )
    return before + after if linked else None


def set_off(verb: Token) -> list[Token] | None:
    """'The species used to select bones from one animal, the research showed.', 'Many cultures in Montana,
    the complaint pointed out, have a concept of family ...': a subject and a verb set off by commas, closing
    the sentence or inside it, report the rest of the sentence, though the parser hung that on the subject."""
    comma = comma_before_subject(verb) if verb.dep_ == "ROOT" else None
    if comma is None:
        return None
    sent = verb.sent
    before = list(verb.doc[sent.start : comma.i])
    after = [t for t in sent if t.i > verb.i]
    while after and after[0].dep_ == "prt":
        after.pop(0)
    if all(t.is_punct for t in after):  # closing the sentence: what comes before is a clause of its own
        return before if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in before) else None
    if after[0].text != "," or not any(t.pos_ in ("VERB", "AUX") for t in after[1:]):
        return None
    rest = after[1:]
    return before + rest if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in before) else None
