"""Is a sentence a bare claim? What the gate checks before "not attributed at all" keys a question.

"Not attributed at all" only for a sentence with no cue, quotation, source word or hedge in it, and
none carried over from the sentence before; background facts (a place's description, a birth, a year
long past) are not sourcing items at all. Part of the confidence gate (kinds/gate.py). Which sentences
in the reporter's own voice need no source (a scene, the public record, history) is
no_source_needed.py's rule."""

from __future__ import annotations

import functools
import re

from quizgame.content.analysis.model import ArticleAnalysis, Sentence
from quizgame.content.kinds import covering
from quizgame.content.kinds.common import has_quotation, overlaps
from quizgame.content.kinds.no_source_needed import is_background
from quizgame.content.lexicon_files import attribution_lists

# Words that signal a source without naming one: a claim carrying them is hedged, not bare. The verb may
# carry an adverb ("are still believed to be holding") or stand as a participle after a comma ("The
# Ariana, reported to be carrying several thousand tons of soya, ...").
_HEDGE_VERB = r"(said|believed|thought|understood|reported|alleged|expected|estimated)"
HEDGES = re.compile(
    r"\b(reportedly|allegedly|purportedly|supposedly|apparently|rumou?red|"
    rf"(is|are|was|were)( still| also| now| widely| \w+ly)? {_HEDGE_VERB} to|"
    rf"it is (said|believed|thought|understood|reported))\b|(?<=, ){_HEDGE_VERB} to (be|have)\b",
    re.IGNORECASE,
)
# A pronoun among a sentence's first words ("He supported ...", "On Friday they ..."): who it is, and who
# says so, lie in the sentences before. Wider than judgement's `_PRONOUN_SUBJECT` on purpose: a "Nobody"
# key must be sure the sentence continues no one's account; an interpretation ("It is ironic that ...")
# may open with "it".
_PRONOUN_EARLY = re.compile(
    r"^(\W*(he|she|they|it|this|these|that|his|her|their)\b|\W*(\w+\W+){1,6}?(he|she|they)\b|\()", re.IGNORECASE
)


# The words a student learns to look for (verbs of saying, the marks of a source): the shortcut a
# "which claim has no source?" item must not be answerable by.
CUE_WORDS = frozenset(
    "said says say saying told tell tells according reported reportedly reports announced stated claimed "
    "claims added wrote tweeted posted explained noted argued insisted warned confirmed denied alleged "
    "allegedly believed statement spokesman spokeswoman spokesperson interview quoted".split()
)


def has_cue(text: str) -> bool:
    return any(t in CUE_WORDS for t in re.findall(r"[a-z][a-z'’-]*", text.lower()))


def verb_forms(verb: str) -> set[str]:
    """A lexicon verb of saying in the forms prose writes it ("warn": warns, warned, warning; "deny":
    denied), over-generating harmlessly: a wrong form matches no real word."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "ed", verb[:-1] + "ied"}


@functools.lru_cache(maxsize=1)
def source_words() -> frozenset[str]:
    """Every word that may attribute: verbs of saying in their usual forms, and source nouns."""
    data = attribution_lists()
    found: set[str] = {
        "according",
        "quoted",
        "quoting",
        "citing",
        "cited",
        "footage",
        "showed",
        "shows",
        "website",
        "said",
    }
    for verb in [*data["strong_cues"], *data["weak_cues"]]:
        found.update(verb_forms(verb))
    for key in ("document_nouns", "statement_nouns", "social_words", "outlet_nouns"):
        found.update(w for w in data[key] if len(w) > 2)
        found.update(w + "s" for w in data[key] if len(w) > 2)
    # Verbs that attribute in news prose beyond the lexicon's verbs of saying ("CalFire indicated").
    found.update(
        "indicate indicates indicated point pointed points suggest suggests suggested show shows showed found finds "
        "list lists listed cite cites rumors rumours circulated believe believes expects hope hopes fear fears "
        "recall recalls recalled concluded conclude concludes revealed confirm".split()
    )
    found.update(
        {"said", "told", "wrote", "written", "says", "saying", "stated", "tweeted", "posted", "sources", "officials"}
    )
    return frozenset(found)


_SOURCE_PHRASE = re.compile(r"\b(per the|as per|under the (decree|law|rules|order|ruling))\b", re.IGNORECASE)
# A that-clause hung on a verb or a stance ("have made it clear that", "remain convinced that", "insisted that"):
# somebody holds the view, whether or not the analysis knows the verb as a cue (reading3: "religious groups
# have made it clear that ..." keyed "Nobody"). Verbs of saying are has_source_word's already. Never "that
# year", "that day": a time, not a clause.
_STANCE_CLAUSE = re.compile(
    r"\b(\w{3,}ed|clear|known|plain|sure|certain|convinced|adamant|confident|aware|maintains?|thinks?|feels?)"
    r"\s+that\b"
    r"(?!\s+(year|day|week|month|time|night|morning|evening|afternoon|season)\b)",
    re.IGNORECASE,
)


def has_source_word(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & source_words()) or bool(HEDGES.search(text)) or bool(_SOURCE_PHRASE.search(text))


def previous_sentence(analysis: ArticleAnalysis, body: str, sentence: Sentence) -> Sentence | None:
    """The sentence before, if it is in the same paragraph."""
    before = [s for s in analysis.sentences if s.end <= sentence.start]
    if not before or "\n" in body[before[-1].end : sentence.start]:
        return None
    return before[-1]


def bare_claim(analysis: ArticleAnalysis, body: str, sentence: Sentence, year: int | None) -> bool:
    """May this sentence be keyed "not attributed at all"? Only when nothing in it, nor in the
    sentence it continues, could be read as a source, and it is news rather than background."""
    text = sentence.text
    if sentence.in_quote or has_quotation(text) or has_source_word(text) or text.rstrip().endswith(("?", ":")):
        return False
    if _STANCE_CLAUSE.search(text):
        return False  # a view somebody holds: who holds it is a source, named or not
    if is_background(text, year):
        return False
    spans = [(a.start, a.end) for a in analysis.attributions] + [(s.start, s.end) for s in analysis.secondhand]
    if any(overlaps(sentence.start, sentence.end, *span) for span in spans):
        return False
    if _PRONOUN_EARLY.match(text.strip()):
        return False  # "He supported ...": who "he" is, and who says so, lies in the sentences before
    before = previous_sentence(analysis, body, sentence)
    if before is not None and before.text.rstrip().endswith(":"):
        return False
    if covering.continues_source(analysis, sentence, before) or covering.in_study_summary(body, sentence):
        return False  # "The study reported X. However, Y.": Y may be the study's too (reading5's Seager)
    after = next_sentence(analysis, body, sentence)
    # Between two sentences credited to a source, a sentence may go on with that source's account
    # ("According to the agency, ... The field is ... The agency said ..."): two defensible answers.
    sourced = [n for n in (before, after) if n and any(overlaps(n.start, n.end, *span) for span in spans)]
    return len(sourced) < 2 and not credited_next(text, after) and not credited_later(analysis, body, sentence)


_DETERMINER = re.compile(r"^\W*(the|a|an|its|his|her|their)\s+", re.IGNORECASE)


def credited_next(text: str, after: Sentence | None) -> bool:
    """Is the sentence half-sourced by the next one, which credits its subject with a cue ("Solberg
    was stranded ..." then "Solberg posted on Twitter ...")? The account may be that subject's own:
    two defensible answers."""
    if after is None or not has_cue(after.text):
        return False
    head = re.match(r"[\w'’-]+", _DETERMINER.sub("", after.text.strip()))
    word = head.group(0).removesuffix("'s").removesuffix("’s") if head else ""
    if len(word) < 3 or word.lower() in CUE_WORDS or word.lower() in ("this", "that", "these", "those", "there"):
        return False
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


_PLAIN = frozenset(
    "that this with from after before about were have been will would their there which when while into".split()
)


def _key_words(text: str) -> set[str]:
    """A sentence's nouns, names and numbers, roughly: words of four letters or more and numbers, cut
    to five letters so that "release" and "released" agree; never a cue word ("announced")."""
    words = re.findall(r"[^\W_][\w-]*", text.lower().replace("’", "'"))
    return {
        w[:5]
        for w in (re.sub(r"'s$", "", w) for w in words)
        if (w.isdigit() or len(w) >= 4) and w not in CUE_WORDS and w not in _PLAIN
    }


def credited_later(analysis: ArticleAnalysis, body: str, sentence: Sentence) -> bool:
    """Is a sentence of the opening paragraph restated later with a source ("Somali pirates released a
    ship and its 24 Ukrainian crew members ..." then "Ukrainian president Victor Yushchenko also
    announced the crew's release")? A lead sums up what the sources say below it: the article sources
    it, and "Nobody" would teach the student to stop reading at the lead. Restated: half or more of
    what the later attribution credits (two words at least) is in the sentence."""
    opening = body.find("\n\n", len(body) - len(body.lstrip()))
    if opening >= 0 and sentence.start > opening:
        return False
    lead = _key_words(sentence.text)
    for a in analysis.attributions:
        if a.start < sentence.end:
            continue
        said = _key_words(a.quote)
        shared = said & lead
        if len(shared) >= 2 and len(shared) >= len(said) / 2:
            return True
    return False


def next_sentence(analysis: ArticleAnalysis, body: str, sentence: Sentence) -> Sentence | None:
    """The sentence after, if it is in the same paragraph."""
    after = [s for s in analysis.sentences if s.start >= sentence.end]
    if not after or "\n" in body[sentence.end : after[0].start]:
        return None
    return after[0]


def hedged_claim(analysis: ArticleAnalysis, sentence: Sentence) -> bool:
    """A claim with a hedge ("reportedly", "is believed to") and no source named anywhere in it."""
    text = sentence.text
    if sentence.in_quote or has_quotation(text) or not HEDGES.search(text):
        return False
    if has_source_word(HEDGES.sub(" ", text)):
        return False  # a source named beside the hedge ("per the decree", "officials said")
    return not any(
        overlaps(sentence.start, sentence.end, a.start, a.end) and a.speaker_kind != "anonymous"
        for a in analysis.attributions
    ) and not any(overlaps(sentence.start, sentence.end, s.start, s.end) for s in analysis.secondhand)
