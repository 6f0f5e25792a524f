"""The lesson of a "Nobody: the reporter tells us" key (attribution_type), by one judgement with
unsourced_claim's (`judgement.needs_source`): whether the sentence in the reporter's own voice needs a
source, and which question a careful reader asks of it."""

from __future__ import annotations

import re

from quizgame.content.kinds import covering, gate, judgement
from quizgame.content.kinds.common import Coverage, sentence_at

NO_SOURCE_LESSON = (
    "The sentence names no person, document or outlet. It reads as the outlet's own account, and nothing in it "
    "shows whether the reporter saw this or where it comes from, so a careful reader asks how the reporter knows."
)

# "Nobody" is the right key for a public event, a scene, history on the record or a plain fact too, and the
# lesson must not call it a failure; a sentence that interprets (judgement.needs_source), a toll or a forecast
# needs a source, and its lesson asks how the reporter knows.
_CASE_LESSON = {
    "record": "The sentence names no source, and needs none: it tells something done in public or kept on the "
    "public record (a gathering, a speech, an order, a vote, an election or a match result), which readers could check "
    "for themselves.",
    "scene": "The sentence names no source, and needs none: it describes a scene in public, there for the reporter "
    "or anyone present to see. An eyewitness account is the reporter's own, and it is fine.",
    "history": "The sentence names no source, and needs none: it tells history that is on the record (what "
    "happened years before this story, or who someone is), which readers could look up for themselves.",
    # A plain present state (judgement.plain_state), which unsourced_claim keys as no claim either:
    # reading4's obituary list of survivors ("Imus is survived by ...") and "are still available on its
    # website".
    "fact": "The sentence names no source, and needs none: it states how things stand now (who survives the "
    "dead, what is still available or open), a plain fact a reader could check, not the reporter's judgement, "
    "feeling, cause or generalisation. Sources matter most where a reporter interprets.",
    # Any other plain fact judgement.needs_source finds no interpretation in (what happened, who did what):
    # the same call unsourced_claim makes, which keys no item on it.
    "plain": "The sentence names no source, and needs none here: it reports a plain fact (what happened, or how "
    "things stand) with no judgement, feeling, cause or generalisation of the reporter's in it, something readers "
    "can check against other reports. Sources matter most where a reporter interprets.",
    # In an article reporting a study, "check it against other reports" would present a result of the
    # study as the reporter's own fact (reading5's Seager: a growth curve called "a plain fact"): a
    # finding needs its study, and the lesson says which sentences do not.
    "plain_research": "The sentence names no source, and needs none here: it states background (what things are "
    "or how they work) with no judgement, feeling, cause or generalisation of the reporter's in it. A result of "
    "the study would be different: a finding is the study's, not the reporter's, so it needs its study named.",
    "claim": "The sentence names no source. Only a scene the reporter saw, something on the public record (a vote, "
    "a speech, an arrest) or history can go without one, and nothing here shows it is one of those, so it needs a "
    "source: a careful reader asks how the reporter knows. Did the reporter see it, or who told them?",
}
# A count of harm or loss ("seven people died", "cost thousands of jobs"): somebody counted.
_COUNT = re.compile(
    r"(\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?))\b"
    r"[^.;]{0,40}?\b(killed|dead|died|deaths|lives|injured|wounded|hurt|missing|homeless|lost|jobs|damage|cost)\b",
    re.IGNORECASE,
)
# What is to come, or may be: a forecast or a possibility is nobody's plain fact (reading3's Malawi).
_FORECAST = re.compile(r"\b(will|would|could|might|may|is expected to|are expected to|is likely to)\b", re.IGNORECASE)
_COUNT_LESSON = " A count like this one (how many died, were hurt or lost) is a claim too: who counted?"


def lesson(item: Coverage, start: int, text: str) -> str:
    """The lesson of a statement in the reporter's own voice, by one judgement with unsourced_claim's
    (`judgement.needs_source`): an interpretation (a judgement, a feeling, a cause, a count nobody
    made, a generalisation) or a hidden source needs one, and a careful reader asks its question; a
    scene, a record, history on the record or any other plain fact needs none ("Nobody, and that is
    fine": reading4's obituary list of survivors had been told it needed a source, while unsourced_claim
    called it a plain fact). A toll ("seven people died") is the one plain-looking count that still asks
    who counted."""
    sentence = sentence_at(item.analysis, start)
    found = judgement.needs_source(item.analysis, sentence) if sentence is not None else None
    cause = judgement.stated_cause(text)
    if cause is not None and (found is None or found[0] not in judgement.LESSON):
        # "Nobody" is still the key, but a sentence that says why something happened is no plain fact nor
        # a matter of record (a teacher's reading of styles8: "the fleet is ageing, with sanctions
        # restricting ..." was called "a plain fact with no cause"): the lesson names the claim of cause.
        found = (judgement.CAUSE, cause)
    case = gate.account_case(text)
    if case in _CASE_LESSON and case != "claim" and cause is None:
        return _CASE_LESSON[case]
    history = sentence is not None and gate.long_past(item.body, sentence, item.year)
    if history and found is not None and found[0] in judgement.RECORD_IN_HISTORY and cause is None:
        return _CASE_LESSON["history"]  # "dozens of hostages" in 1979: in the history books, no "who counted?"
    if found is not None and found[0] in judgement.LESSON:
        what, ask = judgement.lesson(*found, text)
        return (
            f'The sentence names no person, document or outlet, yet it {what} ("{found[1]}"): not a matter of '
            f"record anyone could check, so a careful reader asks how the reporter knows: {ask}"
        )
    if found is not None or judgement.hides_source(text):
        return NO_SOURCE_LESSON
    if history:
        return _CASE_LESSON["history"]
    if sentence is not None and judgement.plain_state(item.analysis, sentence):
        return _CASE_LESSON["fact"]
    if _COUNT.search(text):
        return _CASE_LESSON["claim"] + _COUNT_LESSON
    if _FORECAST.search(text):
        return _CASE_LESSON["claim"]  # "Malawi will be the first country ...": a forecast is no fact yet
    return _CASE_LESSON["plain_research" if covering.reports_research(item.body) else "plain"]
