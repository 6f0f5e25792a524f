"""Attributions: every direct quotation and reported statement, with its speaker, cue and confidence.

Quotations are tied to a cue by quote_links.py; a quotation with no cue of its own takes its speaker
from around it (quote_fallbacks.py); blockquotes and interview answers are speech set apart by form
(set_apart.py). Reported speech is the content a cue governs; an embedded question ("explains why
...") is a topic, not a statement. A short quoted
term ("called it "a non-starter"") is what a cue says when it stands in that cue's content; a
quoted name or a capitalised title is not speech (quoted_speech.py).

Confidence multiplies how surely the cue attributes (a statement over a belief), how surely the
speaker was resolved (a name over a title, a title over a pronoun) and how the quotation was linked
(its own sentence over a continuation or a colon).
"""

from __future__ import annotations

from dataclasses import replace

from quizgame.content.analysis.captions import in_caption
from quizgame.content.analysis.cue_verbs import names_a_topic
from quizgame.content.analysis.cues import Cue, find_cues
from quizgame.content.analysis.deed_clauses import unstated_inside
from quizgame.content.analysis.empty_contents import says_nothing
from quizgame.content.analysis.found import Found, make_found, quoted_share
from quizgame.content.analysis.framing import without_lead_ins
from quizgame.content.analysis.inverted_cues import inverted_cue
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.nested_sources import (
    before_phrase,
    cited_sources,
    evidence,
    quoting_source,
    relay_of,
    states_relayed,
)
from quizgame.content.analysis.person_names import person_noun
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.quote_fallbacks import (
    after_addressing,
    after_colon,
    after_quoted_statement,
    carried_back,
    continuation,
    previous_sentence,
    runs_on,
    woven,
)
from quizgame.content.analysis.quote_links import cue_after, cue_before, joined, statement_before_colon
from quizgame.content.analysis.quoted_speech import embedded, holds_quoted_term, is_speech
from quizgame.content.analysis.quotes import Quote
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.relayed_labels import relayed_labels
from quizgame.content.analysis.series import series_after
from quizgame.content.analysis.set_apart import blockquoted, interview_answers
from quizgame.content.analysis.side_speakers import split_side_speakers
from quizgame.content.analysis.speakers import People
from quizgame.content.analysis.subject_phrase import in_organisation_name

__all__ = ["Found", "find_attributions"]

_DIRECT_SHARE = 0.8
_SHORT_QUOTE = 0.75  # a weak cue with a short quoted term


def find_attributions(reading: Reading, people: People, lexicon: Lexicon) -> list[Found]:
    cues = find_cues(reading, lexicon, {p.surname for p in people.people})
    split_side_speakers(cues, lexicon)
    text = reading.text
    quotes = [q for q in reading.quotes.quotes if not embedded(q, cues, text) and is_speech(text, q)]
    found: list[Found] = []
    used: set[int] = set()
    clipped: dict[int, int] = {}  # cues whose content runs over a colon into the quotation they introduce
    waiting: list[Quote] = []
    for index, quote in enumerate(quotes):
        previous = quotes[index - 1] if index else None
        next_start = quotes[index + 1].start if index + 1 < len(quotes) else len(text)
        shared = joined(previous, quote, text)
        limit = 0 if shared else (previous.end if previous else 0)
        cue = cue_after(quote, next_start, cues, reading) or cue_before(quote, limit, cues, reading, shared)
        made: Found | None = None
        if cue is not None:
            colon = statement_before_colon(reading, cue, quote)
            if colon is not None:
                clipped[cue.verb.i] = colon
            elif cue.content is None or cue.content[1] > quote.start:
                used.add(cue.verb.i)  # a cue whose own clause ends before the quotation also reports it
            made = make_found(reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end))
            if made is not None:  # 'The agency quotes the minister saying, "..."': the agency passes it on
                found.extend(quoting_source(reading, people, lexicon, replace(cue, content=quote.inner)))
        if made is None:
            made = inverted_cue(reading, people, lexicon, quote)
        if made is None:
            made = after_colon(reading, people, lexicon, quote, cues)
        if made is None:
            made = previous_sentence(reading, people, lexicon, quote, cues, found)
        if made is None:
            made = after_addressing(reading, people, lexicon, quote, found)
        if made is None:
            made = after_quoted_statement(reading, people, lexicon, quote, cues, found)
        if made is None:
            made = continuation(reading, found, quote)
        if made is None:
            made = woven(reading, people, lexicon, quote)
        if made is None and runs_on(reading, quote, next_start):
            waiting.append(quote)  # its cue may come with the quotation's last paragraph
            continue
        if made is not None:
            found.extend(carried_back(reading, made, waiting))
            found.append(made)
        waiting = []
    for cue in cues:
        if cue.verb.i in used or cue.content is None:
            continue
        quiet = cue.strength < 1.0 or _mute(cue, lexicon) or unstated_inside(cue.verb, lexicon)
        if quiet and _nested(cue, cues) and not evidence(cue, lexicon):
            continue
        if cue.verb.i in clipped:
            cue = replace(cue, content=(cue.content[0], clipped[cue.verb.i]))
        share = quoted_share(reading, cue.content)
        naming = cue.verb.lemma_.lower() in lexicon.naming_cues
        relay = relay_of(cue, cues)
        if cue.weak and not holds_quoted_term(reading, cue, short=naming) and not (relay and states_relayed(cue)):
            continue
        if relay is not None:  # '..., according to Reuters': the relay is a source of its own, not the words
            start, end = cue.content
            cue = replace(cue, content=(start, max(start, min(end, before_phrase(reading, relay)))))
        if _asks(reading, cue) or cue.content[0] <= cue.offset and names_a_topic(cue.verb):
            continue
        if share < _DIRECT_SHARE and says_nothing(reading.doc, *cue.content):
            continue  # 'as saying of the letter, "..."', 'made the comments in his first appearance'

        if share >= _DIRECT_SHARE and _covered(cue.content, found):
            continue
        made = make_found(
            reading,
            people,
            lexicon,
            cue,
            cue.content,
            direct=share >= _DIRECT_SHARE,
            extra=None,
            link=_SHORT_QUOTE if cue.weak else 1.0,
        )
        if made is not None:
            found.append(made)
            found.extend(cited_sources(reading, people, lexicon, cue))
            found.extend(quoting_source(reading, people, lexicon, cue))
            for span in series_after(cue.verb, cue.content):  # '...; that B; and that C'
                more = make_found(reading, people, lexicon, cue, span, direct=False, extra=None, link=0.9)
                found.extend([more] if more is not None else [])
    found += _coordinated(reading, people, lexicon, found)
    found = blockquoted(reading, people, lexicon, cues, found)
    found = interview_answers(reading, people, found)
    found = relayed_labels(reading, people, lexicon, found)
    found = without_lead_ins(reading, found)
    found = [f for f in found if not in_caption(reading, f.attribution.start)]
    return sorted(found, key=lambda f: f.attribution.start)


def _coordinated(reading: Reading, people: People, lexicon: Lexicon, found: list[Found]) -> list[Found]:
    """'Both Saudi Arabia and the United States have alleged Iranian involvement': each party said it."""
    result = []
    for item in found:
        speaker = item.cue.speaker
        sourced = speaker is not None and speaker.dep_ == "pobj" and item.cue.text in ("according to", "per")
        if speaker is None or speaker.dep_ != "nsubj" and not sourced:
            continue  # 'according to a union spokesman and local media': each source said it
        for other in speaker.conjuncts:
            if other.i <= speaker.i or not (
                other.pos_ == "PROPN" or other.pos_ == "NOUN" and can_speak(other, lexicon)
            ):
                continue
            if in_organisation_name(speaker, [other]):
                continue  # 'The National Oceanic and Atmospheric Administration has confirmed': one body
            cue = replace(item.cue, speaker=other)
            made = make_found(
                reading,
                people,
                lexicon,
                cue,
                item.content,
                item.attribution.direct,
                None,
                link=item.attribution.confidence / max(0.05, item.cue.strength),
            )
            if made is not None and made.attribution.speaker != item.attribution.speaker:
                result.append(made)
    return result


_QUESTION_WORDS = {"what", "whether", "if", "why", "how"}  # not "which", "who": often a relative clause
_ASKING = {"ask", "question", "wonder", "inquire", "enquire", "query"}


def _asks(reading: Reading, cue: Cue) -> bool:
    """'explains why pastors are against his visit', 'wrote what', 'found if they all have': an embedded
    question names a topic, not a statement (unless the cue is one of asking)."""
    assert cue.content is not None
    words = reading.text[cue.content[0] : cue.content[1]].split()
    if cue.verb.lemma_.lower() in _ASKING or not words:
        return False
    if len(words) == 1:
        return True  # "ask Josep Maria what he's thinking": a lone "what" says nothing
    first = words[0].lower().strip('"“,')
    if cue.content[0] < cue.offset:  # "protest what they said was evidence of ...": the clause around the
        asked = any(t.lemma_.lower() in _ASKING for t in cue.verb.ancestors)  # verb is the statement, unless
        return first in _QUESTION_WORDS and asked  # asked ("ask X what he thinks")
    return first in _QUESTION_WORDS and not quoted_share(reading, cue.content)


def _nested(cue: Cue, cues: list[Cue]) -> bool:
    """'claimed the current results show that ...': the showing is part of what was claimed (a weak cue
    with no quotation claims nothing: 'questioning about accusations that ...' keeps the accusation)."""
    return any(
        o is not cue
        and not o.weak
        and (o.speaker is not None or o.unnamed)  # 'equipment is being added': no one's words, nothing nested
        and o.content is not None
        and o.content[0] <= cue.offset < o.content[1]
        for o in cues
    )


def _mute(cue: Cue, lexicon: Lexicon) -> bool:
    """'He added there is evidence that suggests ...': a thing that cannot speak (a singular common noun, not
    'dissidents'), inside what someone said, is part of their words, not a source of its own."""
    speaker = cue.speaker
    if speaker is None or speaker.tag_ != "NN" or can_speak(speaker, lexicon):
        return False
    named = any(  # 'the contractor Tom Vance'
        c.pos_ == "PROPN" and c.dep_ in ("compound", "appos", "flat", "nmod", "poss") for c in speaker.children
    )
    return not named and not person_noun(speaker.lemma_.lower(), lexicon)


def _covered(span: tuple[int, int], found: list[Found]) -> bool:
    return any(f.attribution.start <= span[0] and span[1] <= f.attribution.end for f in found)
