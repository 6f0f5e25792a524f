"""Attribution that covers more than its own sentence: is a sentence with no source of its own still
someone's account, carried on from the sentence before? What `claims.bare_claim` ("Nobody" keys) and
`judgement.in_own_voice` (unsourced_claim keys) both ask, beside a pronoun opening and a colon.

Reporters do not repeat "the study reported" in every sentence of a summary: "The study reported the
organisms were reproducing normally ... However, the sigmoid-shaped growth curve was not on par with
100% air." (reading5's Seager) goes on with the study's report, and a student who answers "a paper" has
read the paragraph right; likewise "A police spokesman told VOA ... Instead, the blast struck a
mini-bus" (styles), "It also stated ..." after "according to a statement" (devcorpus Boseman), "A
number of journalists were also injured" after "Director Rebic said the night's incidents injured
fourteen police officers" (Serbia). Who carries the account, the sentence does not say, so the items
abstain rather than key the covering source. And a result of research is the research's: in a paragraph
that summarises a study ("Even after the researchers adjusted their data ..."), a finding told flat is
the study's finding, not the reporter's fact (devcorpus's power-plant pollution, reading5's Seager)."""

from __future__ import annotations

import re

from quizgame.content.analysis.model import ArticleAnalysis, Sentence
from quizgame.content.kinds.common import overlaps

# A sentence that opens by linking itself to the one before: it adds to, or sets against, that account.
_CONNECTIVE = re.compile(
    r"^\W*(however|but|also|in addition|additionally|moreover|furthermore|yet|still|nevertheless|nonetheless|"
    r"instead|although|though|likewise|similarly|besides|both|the (two|three|four) (of them )?(were|are|was|had|have)"
    r")\b",
    re.IGNORECASE,
)
# "A number of journalists were also injured": "also" among the first words adds to the account before.
_ALSO_EARLY = re.compile(r"^\W*(\w+\W+){1,6}?also\b", re.IGNORECASE)
# Research as the subject of a paragraph: the study, the researchers, the team, the findings. Not a
# court's trial, nor someone's schooling ("during his studies at Howard University").
_RESEARCH = re.compile(
    r"\b(?<!his )(?<!her )(?<!their )((the|this|a|new|its) (study|research|paper|experiments?|findings|research team)"
    r"|researchers|scientists)\b",
    re.IGNORECASE,
)


def _sourced(analysis: ArticleAnalysis, sentence: Sentence) -> bool:
    spans = [(a.start, a.end) for a in analysis.attributions] + [(s.start, s.end) for s in analysis.secondhand]
    return any(overlaps(sentence.start, sentence.end, *span) for span in spans)


# A credit set at the head of a sentence ("According to the United States Geological Survey, the earthquake
# occurred at 16:53 ..."): news style lets it govern the measurements that follow in the paragraph.
_HEAD_CREDIT = re.compile(r"^\W*(according to|as (reported|measured|recorded) by)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")


def continues_source(analysis: ArticleAnalysis, sentence: Sentence, before: Sentence | None) -> bool:
    """Does the sentence carry on the sourced sentence before it (`before`, in the same paragraph), by a
    connective ("However", "Instead", "also"), or with more figures after a credit set at that sentence's
    head ("According to the USGS, the earthquake occurred at 16:53 ... At least two dozen smaller
    aftershocks, none greater than a magnitude of 3.6, have struck ...", reading10: the count is the
    survey's as much as the reporter's)? Then its source may be that one's: two defensible answers."""
    if before is None or not _sourced(analysis, before):
        return False
    text = sentence.text.strip()
    if _HEAD_CREDIT.match(before.text) and _FIGURE.search(text):
        return True
    return _CONNECTIVE.match(text) is not None or _ALSO_EARLY.match(text) is not None


def in_study_summary(body: str, sentence: Sentence) -> bool:
    """Does an earlier sentence of the sentence's paragraph (or its own opening) name a study or its
    researchers? Then a result told flat is the study's finding, and needs its study."""
    top = body.rfind("\n\n", 0, sentence.start)
    top = 0 if top < 0 else top + 2
    return _RESEARCH.search(body[top : sentence.start] + sentence.text[:60]) is not None


def reports_research(body: str) -> bool:
    """Does the article report a study (names one, or its researchers)? Then a plain fact's lesson must
    not present a study's result as something readers can check against other reports."""
    return _RESEARCH.search(body) is not None
