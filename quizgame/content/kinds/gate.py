"""The confidence gate: which findings are sure enough to key a question on.

A question whose key is wrong teaches the opposite of its lesson, so a generator asks here before it
uses a finding. The analysis gives each finding a `confidence`; on top of it, the gate makes checks
of its own that look at the text a student will see: "not attributed at all" only for a sentence
with no cue, quotation, source word or hedge in it, and none carried over from the sentence before;
background facts (a place's description, a birth, a year long past) are not sourcing items at all."""

from __future__ import annotations

import re

from quizgame.content.analysis.model import ArticleAnalysis

# The gate's checks, by idea: key bands (bands.py), bare claims (claims.py), what needs no source and
# why (no_source_needed.py), who speaks (voices.py); generators ask them all through this module
# (`gate.bare_claim`, ...).
from quizgame.content.kinds.bands import (
    CLAIM_BAND,
    MIN_CONFIDENCE,
    SECONDHAND_BAND,
    SPEAKER_BANDS,
    WAY_BANDS,
    WORD_OWNER_BANDS,
    confident,
    keys_claim,
    keys_speaker,
    keys_way,
)
from quizgame.content.kinds.claims import (
    CUE_WORDS,
    HEDGES,
    bare_claim,
    has_cue,
    has_source_word,
    hedged_claim,
    next_sentence,
    previous_sentence,
    source_words,
)
from quizgame.content.kinds.no_source_needed import account_case, is_background, long_past, public_record
from quizgame.content.kinds.voices import (
    capitalised_in_text,
    in_reported_speech,
    names_a_person,
    other_sources,
    passive_cue,
    speaker_shown,
    speech_verb,
)

__all__ = [
    "CLAIM_BAND",
    "CUE_WORDS",
    "HEDGES",
    "MIN_CONFIDENCE",
    "SECONDHAND_BAND",
    "SPEAKER_BANDS",
    "WAY_BANDS",
    "WORD_OWNER_BANDS",
    "account_case",
    "apt_doubt",
    "bare_claim",
    "capitalised_in_text",
    "confident",
    "debatable",
    "has_cue",
    "has_source_word",
    "hedged_claim",
    "in_reported_speech",
    "is_background",
    "keys_claim",
    "keys_speaker",
    "keys_way",
    "loaded_ok",
    "long_past",
    "names_a_person",
    "next_sentence",
    "other_sources",
    "passive_cue",
    "previous_sentence",
    "public_record",
    "source_words",
    "speaker_shown",
    "speech_verb",
]


# Words whose plain sense is a neutral description ("refused to hand over the documents", "police
# revealed on Saturday"): loaded in some contexts only, so readers and annotators disagree on them.
# A tap-the-word item on one would have two defensible answers. "oust" too: the plain verb for a removal
# from power ("a U.S.-led coalition ousted Saddam Hussein", "often ousting pro-Beijing candidates": styles5's
# gold, not loaded) and a charged one for protesters "threatening to oust" the police (the seed's Fox gold).
_DEBATABLE = re.compile(r"^(refus|reveal|alleg|clearly|chao|oust)", re.IGNORECASE)


def debatable(word: str) -> bool:
    """Is the word loaded in some contexts only ("refuses", "revealed")? Neither a safe key nor a safe
    wrong answer: a tap item that holds one unkeyed marks wrong a tap that readers would defend."""
    return _DEBATABLE.match(word.strip("\"'“”‘’.,;:!?()")) is not None


_ONE_UNNAMED = re.compile(r"^(the|a|an|one) [a-z-]+$", re.IGNORECASE)


def apt_doubt(analysis: ArticleAnalysis, term: object) -> bool:
    """Is a doubting verb of saying the apt word here: "the man ... claims that ...", an unnamed single
    person's account that nobody can check? Then "claims" is a defensible caution, not the outlet's
    slant (for officials, bodies or named people "said" is the norm and "claimed" casts doubt)."""
    start, end = int(getattr(term, "start", -1)), int(getattr(term, "end", -1))
    return any(
        a.speaker_kind == "anonymous"
        and _ONE_UNNAMED.match(a.speaker.strip()) is not None
        and a.cue.split()[:1] == [str(getattr(term, "term", "")).split()[0]]
        and a.start <= start
        and end <= a.end + len(a.cue)
        for a in analysis.attributions
    )


# "had to abandon the building": an act someone was compelled to do passes no judgement on them.
_COMPELLED = re.compile(
    r"\b(had|has|have|having|was|were|is|are|been) (to|forced to|made to|obliged to) $", re.IGNORECASE
)


_INTENT = re.compile(
    r"\b(threaten|vow|tr(y|ie)|plan|seek|sought|want|attempt|move|push|campaign)\w* to $", re.IGNORECASE
)


def loaded_ok(term: object, body: str = "") -> bool:
    """Is this loaded term sure enough to ask about?"""
    text = str(getattr(term, "term", ""))
    start = int(getattr(term, "start", 0))
    if body and _COMPELLED.search(body[max(0, start - 30) : start]):
        return False
    if body and _INTENT.search(body[max(0, start - 30) : start]) and text.lower().startswith("oust"):
        return confident(
            term
        )  # "threatened to oust": the phrase of intent carries the charge (loaded_word keys it whole)
    return confident(term) and not _DEBATABLE.match(text)
