"""Who speaks in a sentence, as a student reading it can tell: verbs of saying, passive cues, names,
titles, other sources beside the speaker, and words inside someone's reported speech.

Part of the confidence gate (kinds/gate.py): a generator keys a speaker or "the reporter's word" only
when the text a student sees leaves no doubt."""

from __future__ import annotations

import functools
import re

from quizgame.content.analysis.model import ArticleAnalysis
from quizgame.content.kinds.claims import has_cue
from quizgame.content.lexicon_files import attribution_lists

_PERSON = re.compile(r"\b([Hh]e|[Ss]he)\b|[A-Z][a-z]+ [A-Z][\w'-]+,? (said|says|told|added|noted|stated|wrote)\b")
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak"}
_AUXILIARIES = frozenset("has have had was were is are be been also later further then reportedly previously".split())


def speech_verb(cue: str) -> bool:
    """Is the cue's verb one of saying (the lexicon's strong or weak cues, in any usual form), or
    "according to"? "shown", "found" or "indicate" report a finding or a judgement, not a statement."""
    data = attribution_lists()
    verbs = {str(v).lower() for v in [*data["strong_cues"], *data["weak_cues"]]}
    words = [w for w in re.findall(r"[a-z]+", cue.lower()) if w not in _AUXILIARIES]
    word = words[0] if words else ""
    if word == "according" or _IRREGULAR.get(word) in verbs:
        return True
    forms = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e", word.removesuffix("ied") + "y"}
    return bool(forms & verbs)


_OUTLET_MARK = re.compile(
    r"\b(press|media|reports?|newspaper|website|citing|via|[A-Z][\w.&-]* (News|TV|Radio|Magazine|Times|Post|Journal))\b"
    r"|\b[\w-]+\.(com|org|net|ru)\b|\b(speaking (to|on|with)|in an interview|interviewed by|published by|told [A-Z])"
)
_UNNAMED_MARK = re.compile(
    r"\b(sources?|officials?|residents?|witnesses|witness|observers?|anonymous)\b", re.IGNORECASE
)


def passive_cue(text: str, cue: str) -> bool:
    """Is the cue a passive verb with no agent ("Lady Gaga was accused of ...")? Then its subject is
    the one spoken about, not the speaker, and who spoke the sentence does not say."""
    verb = (cue.split() or [""])[0]
    if not verb:
        return False
    passive = re.search(
        rf"\b(was|were|is|are|been|being|be|got|gets|get)\s+(\w+ly\s+)?{re.escape(verb)}\b(?!\s+by\b)", text
    )
    return passive is not None


def capitalised_in_text(body: str, phrase: str) -> bool:
    """Is a capitalised word of `phrase` a name: written capitalised in `body` also where no sentence
    opens ("the Indonesian police"), not only at a sentence's start ("Initial reports indicate")?"""
    return any(
        re.search(rf"(?<=[a-z0-9,;:] ){re.escape(word)}\b", body) for word in re.findall(r"\b[A-Z][\w'’.-]*", phrase)
    )


def names_a_person(text: str) -> bool:
    return bool(_PERSON.search(text))


def other_sources(text: str, people: list[str]) -> set[str]:
    """The kinds of source a sentence mentions besides its speaker: an outlet, a person, an unnamed one.
    A statement in a sentence with two (a person "speaking to BBC") has two defensible answers."""
    found = set()
    if _OUTLET_MARK.search(text):
        found.add("outlet")
    if any(p in text for p in people if " " in p):
        found.add("person")
    if _UNNAMED_MARK.search(text):
        found.add("unnamed")
    return found


def speaker_shown(analysis: ArticleAnalysis, body: str, speaker: str, start: int, end: int, cue: str = "") -> bool:
    """Is the speaker named where a student reads: in the sentence; by a title in it ("the mayor
    said") that the analysis resolved; or, for a pronoun ("she added"), in the last sentence before
    that names anyone, when that sentence names no one else?"""
    key = (speaker.lower().split() or [""])[-1]
    text = body[start:end].lower()
    if key and key in text:
        return True
    if any((p.lower().split() or [""])[-1] in text for p in analysis.people):
        return False  # the sentence names someone else
    words = set(re.findall(r"[a-z]+", text))
    if set(re.findall(r"[a-z]+", cue.lower().removeprefix("the "))[:1]) & _titles() and speaker in analysis.people:
        return True  # "the mayor said", resolved by the analysis from the article's introductions
    if not words & {"he", "she", "they"}:
        return False
    earlier = [a for a in analysis.attributions if a.end <= start]
    if not earlier or (earlier[-1].speaker.lower().split() or [""])[-1] != key:
        return False  # "she" must carry on from the last speaker, not just the last name
    for before in reversed([s for s in analysis.sentences if s.end <= start][-2:]):
        named = {
            (p.lower().split() or [""])[-1]
            for p in analysis.people
            if (p.lower().split() or [""])[-1] in before.text.lower()
        }
        if named:
            return named == {key}
    return False


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(attribution_lists()["titles"])


# A verb of saying set off by commas inside a sentence ("The outrage is so high, he added, that ..."):
# the whole sentence is someone's speech paraphrased, even where the analysis found no attribution.
_PARENTHETICAL_CUE = re.compile(
    r",\s*(he|she|they|[A-Z][\w'-]+)\s+(said|says|added|adds|explained|noted|argued|insisted|told \w+)\s*,"
)


# A participle of saying used as an adjective after a determiner or preposition ("over alleged illegal
# campaign activities", "the reported deaths") governs no clause: no one speaks the words after it.
_ATTRIBUTIVE = re.compile(
    r"\b(a|an|the|of|over|for|with|on|in|about|against|his|her|its|their|these|those)\s+"
    r"(alleged|reported|claimed|stated|announced|declared|purported|so-called)\b",
    re.IGNORECASE,
)


def in_reported_speech(analysis: ArticleAnalysis, body: str, start: int, end: int) -> bool:
    """Is body[start:end] inside the paraphrased content of an indirect attribution ("the MDC said the
    regime ...")? Those words are the source's, not the reporter's voice; the verb of saying is not."""
    sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
    if sentence is not None and _PARENTHETICAL_CUE.search(sentence.text):
        return True
    if sentence is not None and has_cue(_ATTRIBUTIVE.sub(" ", body[sentence.start : start])):
        # "the MDC said for a minister to ... the regime": a verb of saying before the word may
        # govern it even where the analysis found no attribution; whose word it is, is then doubtful.
        return True
    for a in analysis.attributions:
        if a.direct or not a.quote or not (a.start <= start and end <= a.end):
            continue
        at = body.find(a.quote, a.start, a.end)
        if at >= 0 and at <= start and end <= at + len(a.quote):
            return True
    return False
