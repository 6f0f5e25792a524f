"""Does a sentence in the reporter's own voice need a source? What `unsourced_claim` keys on.

A class learns little from "which of these has no source?" when the answer is a vote count, the date
of a well-known event or a scene anyone there could see: those are on the public record or in plain
view, and reporters rightly state them in their own voice. What needs a source is the reporter's
interpretation: a judgement ("It is ironic that ..."), a feeling or motive pinned on someone else
("officials, frustrated by ..."), a generalisation ("X are still few and far between"), a comparison
with no figure behind it, or a passive that hides who says so ("it is seen as ..."). `needs_source`
names which of these a sentence is, from its words and the analysis's loaded terms, or None for a
statement of fact (numbers, dates, named public events) that is no sourcing item.
"""

from __future__ import annotations

import functools
import re

from quizgame.content.analysis.model import ArticleAnalysis, Sentence
from quizgame.content.kinds import covering, gate
from quizgame.content.kinds.claims import verb_forms
from quizgame.content.kinds.common import Coverage, has_quotation, overlaps
from quizgame.content.lexicon_files import attribution_lists

JUDGEMENT, FEELING, CAUSE, GENERAL, COMPARISON, PASSIVE, COUNT = (
    "judgement",
    "feeling",
    "cause",
    "general",
    "comparison",
    "passive",
    "count",
)

# Words that grade or judge: the reporter's own opinion, not a fact anyone could check.
_JUDGING = re.compile(
    r"\b(ironic(ally)?|unfortunately|fortunately|surprising(ly)?|remarkabl[ey]|astonishing(ly)?|sadly|tragically|"
    r"disappointing(ly)?|shocking(ly)?|controversial|notorious(ly)?|infamous|extravagant|barren|scanty|dearth|"
    r"lagging behind|few and far between|not short (on|of)|much to offer|none other than|bound to|"
    r"integral|exotic|uncommon|unusual|typical|hardline|heated|fierce(ly)?|bitter(ly)?|harsh(ly)?|"
    r"dramatic(ally)?|sharply|rocketed|skyrocketed|plummeted|soared|ostensibly|unpopular|influential|"
    r"too (conservative|liberal|slow|little|late|weak)|accustomed to|penchant|lavish|squalid|dire|grim)\b",
    re.IGNORECASE,
)
# A feeling or state of mind pinned on someone else: how does the reporter know?
_FEELING = re.compile(
    r"\b(frustrated|angered|angry|furious|upset|worried|anxious|fearful|afraid|eager|reluctant|desperate|"
    r"unhappy|pleased|delighted|disappointed|embarrassed|annoyed|irritated|alarmed|outraged|"
    r"did not appease|(was|were|is|are) (not )?(happy|satisfied|content) with)\b",
    re.IGNORECASE,
)
# Why something happened, as the reporter reads it: a cause or a motive nobody is quoted giving.
_CAUSE = re.compile(
    r"\b(a (reaction|response) to|a (sign|symptom|result) of|the reason for|may be (related|due) to|stems? from|"
    r"(driven|fuell?ed|motivated|prompted) by|politically motivated|"
    # where a fire or a blast began is an investigator's finding ("The fire started in a car")
    r"(fire|blaze|explosion|blast|outbreak|leak) (started|began|broke out|originated) (in|at|on|from))\b",
    re.IGNORECASE,
)
# A claim about how things usually are, or about what many unnamed people think: who counted?
_GENERAL = re.compile(
    r"\b(usually|typically|generally|often(times)?|rarely|seldom|commonly|widely|traditionally|historically|"
    r"increasingly|invariably|has become|have become|a majority of|most of the|"
    r"some criticism|much (discussion|debate|criticism|controversy|speculation)|divided (responses|reactions)|"
    r"mixed (responses|reactions))\b",
    re.IGNORECASE,
)
# A number nobody is said to have counted: "used by thousands of people around the world" (reading4's
# youtube-dl, taken for a gathering on the record), "countless", "tens of thousands of" with no figure.
# A figure given ("17,000 members") is a count someone made; whose, the sentence may still not say.
_COUNT = re.compile(
    r"\b((tens of )?(thousands|hundreds|millions|dozens|scores) of (?!years|miles|kilometres|kilometers|metres|meters"
    r"|feet|dollars|euros|pounds)|countless|untold numbers? of|a great many)\b",
    re.IGNORECASE,
)
# A comparison or a superlative (with no figure behind it, see _FIGURE).
_COMPARISON = re.compile(
    r"\b(more \w+ than|less \w+ than|fewer \w+ than|better|worse|best|worst|(the|its|their) most \w+|"
    r"one of the (largest|biggest|greatest|most|best|worst|leading)|largest|biggest|greatest|strongest|"
    r"weakest|deadliest|richest|poorest|far less|far more)\b",
    re.IGNORECASE,
)
# A passive verb of saying or judging with no agent: the claim is someone's, but whose is hidden.
# A label pinned with no one behind it ("was hailed a national hero", "has widely been called an honor
# killing") hides its source too; "is called the Combe-Capelle sites" only gives a name, so "called"
# counts with an adverb of how many say so.
_PASSIVE = re.compile(
    r"(?:\b(is|are|was|were|has been|have been|had been|being|(has|have|had) \w+ly been)"
    r"(( \w+ly| also)? (seen|viewed|regarded|considered|described|discovered|rumou?red|accused|deemed|perceived|"
    r"thought|believed|understood|hailed|branded|dubbed|labell?ed)| (widely|commonly|often) called)\b"
    r"|\b(has|have|had) (widely|commonly|often) been called\b)"
    r"(?! by (the |a |an )?[A-Z])",
    re.IGNORECASE,
)
# A figure or a date: a count, a vote, a year. A comparison that gives one is checkable record.
_FIGURE = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"hundreds|thousand|thousands|million|millions|dozen|dozens|half|quarter|percent)\b",
    re.IGNORECASE,
)
_ORDER = (JUDGEMENT, FEELING, PASSIVE, CAUSE, COUNT, GENERAL, COMPARISON)
# The cases that history on the record (no_source_needed.long_past: a year long past, background) answers
# for itself: how many were taken hostage in 1979, which was the largest, how things were, even why, are
# in every history book, and "who counted?" asked of them teaches little. A judgement, a feeling or a
# hidden source stays the writer's whatever the time.
RECORD_IN_HISTORY = frozenset({CAUSE, COUNT, GENERAL, COMPARISON})
_PATTERNS = {
    COUNT: _COUNT,
    JUDGEMENT: _JUDGING,
    FEELING: _FEELING,
    PASSIVE: _PASSIVE,
    CAUSE: _CAUSE,
    GENERAL: _GENERAL,
    COMPARISON: _COMPARISON,
}


def needs_source(analysis: ArticleAnalysis, sentence: Sentence) -> tuple[str, str] | None:
    """What kind of interpretation the sentence states, and the words that show it, when it is one;
    None for a statement of fact. A loaded term the analysis found in it is a judgement of its own."""
    text = sentence.text
    for term in analysis.loaded_terms:
        if sentence.start <= term.start and term.end <= sentence.end and gate.loaded_ok(term):
            return JUDGEMENT, term.term
    for case in _ORDER:
        found = _PATTERNS[case].search(text)
        if found is None:
            continue
        if case == COUNT and re.search(r"\b(?!(19|20)\d\d\b)\d", text):
            continue  # "hundreds of people, 212 of them children": the figure is given
        if case in (GENERAL, COMPARISON) and _FIGURE.search(text):
            continue  # "the greatest number of women, 102": a count on the record, not an opinion
        return case, found.group(0).strip()
    return None


def hides_source(text: str) -> bool:
    """A passive verb of saying or judging with no agent ("he has been criticised", "it is seen as")."""
    return (
        _PASSIVE.search(text) is not None
        or re.search(
            r"\b(is|are|was|were|has been|have been|had been) (\w+ly )?(criticised|criticized|blamed|praised|accused)\b"
            r"(?! by)",
            text,
        )
        is not None
    )


_EXPLETIVE = re.compile(r"^It (is|was)( \w+ly| also)* (\w+ (that|to)\b|(seen|described|discovered|believed|thought)\b)")
# A sentence whose subject is a pronoun carries someone's account on from the sentence before; "It is
# ironic that ..." (`_EXPLETIVE`) is the writer's own. Narrower than claims' `_PRONOUN_EARLY`, which
# gates a "Nobody" key.
_PRONOUN_SUBJECT = re.compile(r"^\W*(he|she|they|his|her|their|this|these|that|those)\b|^\W*it\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _saying_words() -> frozenset[str]:
    """Verbs of saying, showing and thinking in their usual forms, and the nouns of a source's account
    ("figures", "a study"): any of them may carry a source, so the sentence is not asked about."""
    data = attribution_lists()
    found = {"according", "citing", "cited", "quoting", "quoted", "told", "said", "says", "wrote", "written", "found"}
    for verb in {*data["strong_cues"], *data["weak_cues"], *data["clausal_cues"], *data["naming_cues"]}:
        found |= verb_forms(verb) | {verb + "d"}
    found |= set(data["source_nouns"]) | set(data["statement_nouns"])
    # verbs that are cues in one sense only and mostly something else in prose ("shared many times")
    return frozenset(found - {w for w in found if w.startswith(("shar", "continu", "read", "rul"))})


# A source's noun as the subject described by a copula ("The tweets are a reaction to ..."): the
# thing the writer interprets, not a source speaking.
_DESCRIBED_NOUN = re.compile(r"^\W*(the|these|those|this|that) (\w+) (?=(is|are|was|were)\b)", re.IGNORECASE)


def has_saying_word(text: str) -> bool:
    """A verb of saying, showing or thinking ("recognizes", "concludes"), or a source's account noun."""
    return bool(set(re.findall(r"[a-z]+", text.lower())) & _saying_words())


def in_own_voice(item: Coverage, sentence: Sentence) -> bool:
    """Is this sentence the reporter's, with no source in it or carried into it? No verb of saying
    (a passive one with no agent aside: that hides a source, it names none), no quotation, no
    attribution the analysis found, not a continuation of the sentence before ("He added ..."), and not
    between two sourced sentences, where it may go on with their account."""
    text = sentence.text.strip()
    if sentence.in_quote or has_quotation(text) or text.endswith(("?", ":")):
        return False
    bare = _DESCRIBED_NOUN.sub(" ", _PASSIVE.sub(" ", gate.HEDGES.sub(" ", text)))
    if set(re.findall(r"[a-z]+", bare.lower())) & _saying_words():
        return False
    found = [(a.start, a.end) for a in item.analysis.attributions if not gate.passive_cue(text, a.cue)]
    found += [(s.start, s.end) for s in item.analysis.secondhand]
    if any(overlaps(sentence.start, sentence.end, *span) for span in found):
        return False
    if _PRONOUN_SUBJECT.match(text) and not _EXPLETIVE.match(text):
        return False
    before = gate.previous_sentence(item.analysis, item.body, sentence)
    after = gate.next_sentence(item.analysis, item.body, sentence)
    if before is not None and before.text.rstrip().endswith(":"):
        return False
    if covering.continues_source(item.analysis, sentence, before) or covering.in_study_summary(item.body, sentence):
        return False  # an account carried on from the sentence before, or a study's finding (covering.py)
    sourced = [n for n in (before, after) if n and any(overlaps(n.start, n.end, *span) for span in found)]
    return len(sourced) < 2


# What each case is, and the question a careful reader asks of it, for the lesson: why it needs a
# source where a vote count or a scene would not.
LESSON = {
    JUDGEMENT: ("is the writer's own judgement", "whose view is this, and on what is it based?"),
    FEELING: ("tells us what someone feels", "nobody can see into another mind: who says they feel this?"),
    CAUSE: ("explains why something happened", "who says this is the cause, and how do they know?"),
    COUNT: ("gives a number nobody is said to have counted", "who counted, and how?"),
    GENERAL: ("is a generalisation", "who says it is so, and on what evidence?"),
    COMPARISON: ("is a comparison with no figure behind it", "compared by whom, and measured how?"),
}
# The closing question fits the claim (reading4: "who counted, and how many?" was asked of "are still
# available", where nothing is counted): how many people do or think something is a count; how often
# or how usually something happens is a matter of evidence; how things stand now can be checked.
_HOW_MANY = re.compile(
    r"\b(a majority of|most of the|some criticism|much|divided|mixed|widely|commonly)\b", re.IGNORECASE
)
_STATE = re.compile(r"\b(has become|have become|increasingly)\b", re.IGNORECASE)


# "widely" and "commonly" count people only before what people think or do about something ("widely
# believed", "commonly held"); "commonly involved in highway accident probes" (styles8's NTSB) says how often,
# and "who counted, and how many?" fits it no better than it fit "are still available".
_HOW_OFTEN = re.compile(
    r"\b(widely|commonly) (?!(believed|held|thought|seen|regarded|considered|accepted|known|critici[sz]ed|praised|"
    r"condemned|supported|opposed|shared|expected|reported|described|called|viewed|perceived|assumed)\b)\w+",
    re.IGNORECASE,
)


def lesson(case: str, words: str, text: str = "") -> tuple[str, str]:
    """What the sentence does and the question a careful reader asks of it, by the kind of claim (and,
    for a generalisation, by the words after it in `text`)."""
    what, ask = LESSON[case]
    how_often = bool(_HOW_OFTEN.search(text)) and words.lower() in ("widely", "commonly")
    if case == GENERAL and _HOW_MANY.search(words) and not how_often:
        ask = "who counted, and how many?"
    elif case == GENERAL and _STATE.search(words):
        ask = "who says things now stand this way, and can you check it?"
    return what, ask


# A link of cause stated in passing, beside a fact told flat: "airlifted to Berlin because of falling ill",
# "marched ..., leading to the president's derision", "the fleet is ageing, with sanctions restricting the
# purchase of new planes". Not enough to key an unsourced_claim item (the fact beside it is often plain),
# but an explanation must not call the sentence a plain fact or a matter of record: the link is the
# reporter's reading, and a careful reader asks who says so (`stated_cause`). "is due to retire" is a
# schedule, not a cause.
_STATED_CAUSE = re.compile(
    r"\b(because( of)?|owing to|as a (result|consequence) of|caused by|leading to|led to|resulting in|thanks to)\b"
    r"|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )\bdue to (?=(the|a|an|his|her|its|their|this|that|[a-z]+s|[a-z]+ing)\b)"
    r"|\bwith [^,.;:]{1,60}? (restricting|preventing|limiting|blocking|hampering|forcing|causing|driving)\b",
    re.IGNORECASE,
)


def stated_cause(text: str) -> str | None:
    """The words that state a cause in `text` (`needs_source`'s own CAUSE first, then a link stated in
    passing: "because of", "leading to", "with sanctions restricting"), or None."""
    found = _CAUSE.search(text) or _STATED_CAUSE.search(text)
    return found.group(0).strip() if found else None


# A state of things anyone could look up, in the present: who survives the dead ("Imus is survived by his
# second wife ..."; likewise styles' Vanderbilt and Hunter obituaries), what is still available, open, on
# air or closed ("The binary files ... are still available on its website"; devcorpus ABS-CBN "is still on
# air", styles4 Cadereyta "is still closed"). Background, not an account of an event nobody is said to
# have seen ("The aircraft overshot the runway"), which still asks how the reporter knows.
_PLAIN_STATE = re.compile(
    r"\b(is|are) (still |now )?(survived by|available|open|closed|on air|online|in (service|operation|effect|place))\b",
    re.IGNORECASE,
)


def plain_state(analysis: ArticleAnalysis, sentence: Sentence) -> bool:
    """Is the sentence a plain present state (`needs_source` finds no interpretation in it, and its verb
    states what is, not what happened)? Then it needs no source, for attribution_type as for
    unsourced_claim."""
    return _PLAIN_STATE.search(sentence.text) is not None and needs_source(analysis, sentence) is None
