"""Secondhand statements with no verb of saying: an outlet named as the source of what a sentence states.

"Per numbers reported by The Associated Press, ...", "Projections by CNN and NPR indicated ...",
"Xinhua makes a double announcement: ...", "... have been reported in the Israeli media". A lead-in that
ends with a colon ("The excerpts were reported by CNN as such:") introduces the outlet's words in the
paragraph that follows, so the claim runs on to its end.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.model import Secondhand
from quizgame.content.analysis.outlets import Mention
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.voice import english

# Verbs and nouns that make an outlet named beside them the source of what the sentence states.
_REPORTING_VERBS = frozenset(
    "report say write claim describe state note reveal publish broadcast estimate project indicate tell "
    "quote cite confirm find show cover air learn understand".split()  # "..., the BBC understands."
)
REPORT_NOUNS = frozenset(
    "report projection estimate figure number count tally data analysis poll survey article story "
    "reporting interview investigation footage".split()
)
# "published in Le Monde", "reported on CNN", "aired on ZBC": the outlet that carried the statement (not
# "appeared on CNN", which reports an appearance, not what was said there).
_PUBLISHED_IN = frozenset("publish report print air broadcast".split())
# "Xinhua makes a double announcement: ...": a light verb and a noun of saying.
_ANNOUNCEMENTS = frozenset(["announcement", "statement", "report", "claim", "revelation", "disclosure"])
# A country's or a kind of press as the source: "reported in the Israeli media", "reported by state media".
_REPORTED_IN_MEDIA = re.compile(
    r"\b(reported (?:in|by)) ((?:the )?(?:[A-Z][a-z]+|local|state|national|foreign|international|official) "
    r"(?:media|press|newspapers))\b"
)
# "speaking to X", "in comments to X", "in a statement to X": words given to the outlet.
_GIVEN_TO = frozenset("speak talk comment remark statement interview".split())
# The link is looser than a verb of saying with the outlet as its subject.
_CONFIDENCE = 0.6


def uncued_secondhand(reading: Reading, sentence: Span, mentions: list[Mention]) -> Secondhand | None:
    for mention in mentions:
        if reading.quotes.containing(sentence.doc[mention.start].idx) is not None:
            continue  # "'we are talking to NBC,' she said": the outlet is in someone's words
        start = mention.start + (sentence.doc[mention.start].lower_ == "the" and mention.end - mention.start > 1)
        cue = _source_position(sentence.doc[start : mention.end].root)  # the name's head, not a stray "the"
        if cue is not None:
            return _secondhand(reading, sentence, mention.name, cue, _CONFIDENCE * mention.confidence)
    press = _REPORTED_IN_MEDIA.search(sentence.text)
    if press is not None:  # "two cases ... have been reported in the Israeli media"
        return _secondhand(reading, sentence, press.group(2), press.group(1), _CONFIDENCE)
    return None


def _secondhand(reading: Reading, sentence: Span, outlet: str, cue: str, confidence: float) -> Secondhand:
    end = sentence.end_char
    if sentence.text.rstrip().endswith(":"):  # "... were reported by CNN as such:" and then the words
        paragraph = reading.paragraph_of(end)
        following = reading.paragraph_starts[paragraph + 1 :]
        if following:
            end = _paragraph_end(reading, following[0])
            if len(following) > 1 and not _in_english(reading, following[0], end):
                end = _paragraph_end(reading, following[1])  # the words in their own language, then translated
    return Secondhand(
        outlet, cue, reading.body[sentence.start_char : end].strip(), sentence.start_char, end, confidence
    )


def _paragraph_end(reading: Reading, start: int) -> int:
    close = reading.text.find("\n\n", start)
    return len(reading.text) if close < 0 else close


def _in_english(reading: Reading, start: int, end: int) -> bool:
    words = reading.doc.char_span(start, end, alignment_mode="expand")
    return words is None or english(words)


def _source_position(head: Token) -> str | None:
    """The cue that makes a named outlet the source: 'reported by X', 'per X', 'X reported', 'X's projections'."""
    if head.dep_ == "pobj" and head.head.lower_ in ("by", "per", "from"):
        prep = head.head
        governor = prep.head
        if prep.lower_ == "per" or governor.lemma_.lower() in _REPORTING_VERBS | REPORT_NOUNS:
            return f"{governor.text} {prep.text}" if prep.lower_ != "per" else "per"
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "on") and head.head.head.lemma_.lower() in _PUBLISHED_IN:
        return f"{head.head.head.text} {head.head.text}"  # "The claims were first published in Le Monde."
    if head.dep_ in ("dative", "dobj") and head.head.lemma_.lower() == "tell":
        return head.head.text  # "told Mwanzo", where no statement was linked to the cue
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() == "interview":
        return "interview with"
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in _GIVEN_TO:
        if _refused(head.head.head):
            return None  # "declined to comment to Reuters": nothing was given
        return f"{head.head.head.text} to"  # "speaking to X", "In comments to X, an expert said ..."
    closing = _closing_report(head)
    if closing is not None:
        return closing.text
    subject = head.dep_ == "nsubj" or head.dep_ == "compound" and head.head.pos_ == "VERB"  # "the BBC understands"
    if subject or head.dep_ == "poss":
        governor = head.head
        if governor.lemma_.lower() in (_REPORTING_VERBS if subject else REPORT_NOUNS):
            return governor.text
        if head.dep_ == "nsubj" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _ANNOUNCEMENTS for c in governor.children
        ):
            return governor.text
    return None


def _closing_report(head: Token) -> Token | None:
    """'X was banned for four years, the Italian news agency ANSA reported on Tuesday.': the parser may hang the
    closing outlet on a noun before it and make its verb a clause describing it ('ANSA <- reported'), a verb
    with nothing of its own to say, whose statement is the sentence before it."""
    for clause in head.children:
        if (
            clause.dep_ == "acl"
            and clause.i > head.i
            and clause.lemma_.lower() in ("report", "say", "write")
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in clause.children)
        ):
            return clause
    return None


def _refused(verb: Token) -> bool:
    """'declined to comment to Reuters', 'refused to speak to the BBC', 'did not comment to AFP'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")
