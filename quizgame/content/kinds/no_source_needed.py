"""What a reporter may state in their own voice without a source: a scene, the public record, history.

The rule every lesson follows (`account_case`, `long_past`): a sentence in the reporter's own voice
needs no source when it tells a scene in public (what anyone there could see), something done in
public or kept on the public record (a gathering, a speech, an order, a vote count, an arrest), or
history on the record (what happened years before the story). What else needs one is judged by
`judgement.needs_source` for both kinds that teach it (an interpretation: how a fire started, a number
nobody counted; `nobody.py` adds a toll and a forecast); a plain fact told flat needs none. Background
(a place's description, a birth, a year long past) is no sourcing item at all (`is_background`), so
the confidence gate's bare claims (claims.py) leave it out."""

from __future__ import annotations

import re

from quizgame.content.analysis.model import Sentence
from quizgame.content.kinds import timeframe
from quizgame.content.kinds.results import sports_result

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
