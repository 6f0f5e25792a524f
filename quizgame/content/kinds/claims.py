"""Is a sentence a bare claim? What the gate checks before "not attributed at all" keys a question.

"Not attributed at all" only for a sentence with no cue, quotation, source word or hedge in it, and
none carried over from the sentence before; background facts (a place's description, a birth, a year
long past) are not sourcing items at all. Part of the confidence gate (kinds/gate.py).

The rule every lesson follows (`account_case`, `long_past`): a sentence in the reporter's own voice
needs no source when it tells a scene in public (what anyone there could see), something done in
public or kept on the public record (a gathering, a speech, an order, a vote count, an arrest), or
history on the record (what happened years before the story). What else needs one is judged by
`judgement.needs_source` for both kinds that teach it (an interpretation: how a fire started, a number
nobody counted; `nobody.py` adds a toll and a forecast); a plain fact told flat needs none."""

from __future__ import annotations

import functools
import re

from quizgame.content.analysis.model import ArticleAnalysis, Sentence
from quizgame.content.kinds import covering, timeframe
from quizgame.content.kinds.common import has_quotation, overlaps
from quizgame.content.kinds.results import sports_result
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
# Sentences that state background rather than news: a description, a birth, a founding, a location.
_BACKGROUND = re.compile(
    r"\b(was born|were born|is located|are located|is situated|was founded|were founded|is known as|"
    r"is the capital|the capital of|is home to|majority nation|is a (country|city|nation|province|state|town|region))\b",
    re.IGNORECASE,
)
# What happened in public, which a reporter could see or check in the public record: a gathering (a
# crowd doing something, not "used by thousands of people": reading4's youtube-dl, an uncounted number
# is a claim, judgement.COUNT), a speech at an event, a candidacy or an election held, a police operation. Stating it needs no source.
_PUBLIC_RECORD = re.compile(
    r"\b((had|have|has) )?(gathered|assembled|marched|rallied)\b|(?<!\bby )\b(thousands|hundreds|crowds) of (people|protesters|demonstrators)\b"
    r"|\b(was|were|is|are) speaking (at|to|during)\b|\bspoke at\b|\bin a speech (at|to)\b"
    r"|\b(stood|stands|ran|runs|running) (as a candidate|for (election|office|re-election|president|parliament|the seat))\b"
    r"|\bas a candidate\b|\bheld (its|their|a|an) (primary|primaries|caucus|caucuses|elections?|referendum|vote)\b"
    r"|\b(primary|primaries|caucus|caucuses|elections?|referendum|vote) (was|were) held\b"
    # a gathering attended: who was at a summit, a session or a funeral is seen by everyone there
    r"|\battended (a|an|the) (summit|meeting|conference|session|ceremony|funeral|rally|hearing)\b"
    r"|\bparticipat(ed|ing) in (a|an|the) [^.,;]{0,60}?\b(march|rally|protest|vigil|ceremony|summit)\b"
    r"|\b(police|troops|officers|agents|soldiers|forces) (also )?(raided|stormed|arrested|detained)\b|\braid(ed)? (on|a)\b"
    # an arrest, a charge, a release on bail: acts of the police and courts, on the public record
    r"|\b(was|were|is|are|has been|have been|had been) (arrested|detained|charged|released on bail|taken into (police )?custody)\b",
    re.IGNORECASE,
)
# A measure given as a description: where a place lies ("about 160 km (100 miles) east of the
# capital") or how big a thing is ("a 75 ft (~23 m) long commercial boat"). Reference facts a
# reporter looks up, not claims about the events that call for a source.
_MEASURE = re.compile(
    r"\b\d[\d,.]*\s*(km|kilometres|kilometers|miles|mi)\b[^.]{0,40}?\b(north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)(ern)?\s+of\b"
    r"|\b\d[\d,.]*[\s-]*(ft|feet|foot|m|metres|meters|metre|meter)\b[^.,;]{0,20}?\b(long|tall|high|wide|deep)\b",
    re.IGNORECASE,
)
# An office held, in the present: "As Attorney General, Barr leads the Department of Justice". A
# reference fact, not news that needs a source.
_ROLE = re.compile(r"^As (the )?[A-Z][\w'-]*( [A-Z][\w'-]*)*, \S+( \S+)? (leads|heads|chairs|runs|oversees)\b")
_COPULA_START = re.compile(r"^(?:\S+\s){1,7}(is|are) (a|an|the|one of)\b")
# A definition by apposition: "Dangdut, an Indian influenced folk music, is very popular ...".
_APPOSITIVE_START = re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)*, (a|an|the) [^,]{3,60}, (is|are)\b")
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


def public_record(text: str) -> bool:
    """An observed scene or a public event: "not attributed" is right, but it is no sourcing failure."""
    return _PUBLIC_RECORD.search(text) is not None


# A scene a reporter on the spot sees: a place's state, a crowd's doing, fire and smoke; or the reporter
# narrating in the first person ("Just in front of us ..."). An eyewitness account, not a claim.
_SCENE = re.compile(
    r"\b(is|are|was|were) (now )?(boarded up|surrounded by|covered (in|with)|filled with|lined with|packed with|"
    r"crowded with|littered with|strewn with|draped (in|with)|deserted|empty|on fire|in flames|ablaze|in ruins)\b"
    r"|\bwent up in flames\b|\b(smoke|flames) (rose|billowed|poured)\b|\bcould be (seen|heard)\b"
    r"|\b(chanted|chanting|waved|waving)\b|\b(held|holding|carried|carrying) (up )?(signs|banners|placards|flags)\b"
    r"|^\W*(\w+\W+){0,3}?(we|us)\b|\b(in front of|beside|around) (us|me)\b",
    re.IGNORECASE,
)
# A public act: an order, an appointment, a vote, a schedule. On the record for anyone to check (not a
# death toll: how many died, and who counted, is a claim that needs a source).
_PUBLIC_ACT = re.compile(
    r"\b(ordered|decreed|appointed|sworn in|signed|ratified|enacted|resigned|stepped down|was elected|were elected|"
    r"won (the|a|an) (election|vote|seat|award|prize)|won (\S+ ){0,3}?(elections?|votes?|seats?|primary|referendum|race)|"
    r"(received|won|got|secured|had|has|have|holds) ([\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(votes|seats|delegates)|(is|are) (set|scheduled|due) to (open|begin|start|close|take place)"
    r"|will (open|begin|start|close|take place) (on|in|at|tomorrow|today|next))\b",
    re.IGNORECASE,
)


def account_case(text: str) -> str:
    """What a sentence in the reporter's own voice is, for its lesson: "scene" (what a reporter on the
    spot sees), "record" (an event in public or an act on the public record) or "claim" (anything
    else, for which a careful reader asks how the reporter knows). A scene or a record is no
    sourcing failure, and an explanation must not teach that it is."""
    if _SCENE.search(text):
        return "scene"
    if public_record(text) or _PUBLIC_ACT.search(text) or sports_result(text):
        return "record"
    return "claim"


# Who someone is or was, by office: "al-Muhandis was the deputy commander of the Popular Mobilization Forces".
_WHO_SOMEONE_IS = re.compile(
    r"^[\w.'’-]+( [\w.'’-]+){0,3} (is|was) (the|a|an) ([\w-]+ ){0,3}(commander|leader|president|minister|chairman|"
    r"chairwoman|head|director|founder|secretary|spokesman|spokeswoman|governor|mayor|chief|member) of\b"
)


def long_past(body: str, sentence: Sentence, year: int | None) -> bool:
    """History on the record: a sentence framed years before the story (by a year or decade of its own,
    or, having no time of its own, by its paragraph's: "The vote to remove him from office failed by
    one vote." among 1867 and 1998), background (a birth, a description), or who someone is by office."""
    if is_background(sentence.text, year) or _WHO_SOMEONE_IS.search(sentence.text.strip()):
        return True
    return year is not None and timeframe.in_the_past(body, sentence.text, sentence.start, sentence.end, year - 1)


def is_background(text: str, year: int | None) -> bool:
    """A trivial background fact: common knowledge, a description, something long past."""
    if (
        _BACKGROUND.search(text)
        or _MEASURE.search(text)
        or _COPULA_START.search(text.strip())
        or _APPOSITIVE_START.search(text.strip())
        or _ROLE.search(text.strip())
    ):
        return True
    first = re.match(r"^\W*(In|By|Since|Until|Before)\s+(\d{4})\b", text.strip())
    return bool(first and year and int(first.group(2)) < year - 1)


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
