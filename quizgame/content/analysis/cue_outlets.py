"""The outlet a statement comes from, as its cue's own sentence names it, and how surely.

The outlet is the speaker ("Znak.com reported"), named in the cue ("told newspaper The Jakarta Globe", not the
network owning the station named next), the one told after a description ("told the sports newspaper AS"), named
beside the cue and governed by it (not as an owner's title: 'Washington Post owner Jeff Bezos'), the newsroom the
cue went through, one referred back to, the publisher or quoter of the report, or the press in general ("state
media"). secondhand.py asks here for each statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quizgame.content.analysis.found import Found
from quizgame.content.analysis.outlet_descriptions import DESCRIPTORS, NEEDS_NEWS, descriptor
from quizgame.content.analysis.outlet_links import (
    carried_by_press,
    family,
    framing_verb,
    governed_by,
    names_a_source,
    press,
    press_phrase,
    press_quoted,
    publisher,
    quoted_by,
    told_press,
)
from quizgame.content.analysis.outlet_references import of_its_kind, refers_back
from quizgame.content.analysis.outlets import Mention, bare_name, same_outlet


def outlet_of(
    item: Found, mentions: list[Mention], sources: list[str], own: str, known: frozenset[str], others_words: bool
) -> tuple[str, float] | None:
    start, end = item.content
    verb, speaker = item.cue.verb, item.cue.speaker
    doc = verb.doc
    frame = framing_verb(verb, speaker)
    around = set(frame.subtree) | (set(speaker.subtree) if speaker is not None else set())
    if speaker is not None and family(speaker):
        around -= set(speaker.subtree)
    for mention in mentions:  # the outlet is the speaker (even when the parse runs the content over it)
        if speaker is not None and mention.start <= speaker.i < mention.end:
            return mention.name, mention.confidence
        if bare_name(mention.name) == bare_name(item.attribution.speaker):  # "newspaper X, ..., saying ..."
            return mention.name, mention.confidence
    in_cue = [m for m in mentions if m.name in item.attribution.cue]
    for mention in in_cue:  # the outlet is named in the cue ("told newspaper The Jakarta Globe")
        told = _station_after(mention, mentions, doc) or mention
        return told.name, 0.9 * told.confidence
    told = _told_by_description(verb, mentions)
    if told is not None:  # "told the sports newspaper AS that ...": the name after the one told
        return told.name, 0.9 * told.confidence
    if item.attribution.speaker.startswith("@"):
        return None  # a post that names its author's handle: an outlet named in the lead-in only carried it
    beside = [
        m
        for m in mentions
        if not start <= doc[m.start].idx < end
        and doc[m.start : m.end].root in around
        and governed_by(doc[m.start : m.end].root, verb, speaker, frame)
        and not _owners_title(doc[m.start : m.end].root)
    ]
    if beside:
        nearest = min(beside, key=lambda m: abs(m.start - verb.i))
        return nearest.name, 0.85 * nearest.confidence
    work = next((m for m in mentions if speaker is not None and _its_work(doc[m.start : m.end].root, speaker)), None)
    if work is not None:  # "told the court that, according to a Guardian report, ...": inside another's words
        return work.name, 0.85 * work.confidence
    if item.via_outlet and _via_a_newsroom(item.via_outlet, mentions) and not same_outlet(item.via_outlet, own):
        return item.via_outlet, 0.8
    if speaker is not None and sources and of_its_kind(speaker, sources[-1]) and refers_back(speaker, sources[-1]):
        return sources[-1], 0.7
    if others_words:
        return None  # inside a blockquote or a post the writer's own references are not the article's to infer
    if bare_name(item.attribution.speaker) in known:  # "Reported the website popularly known as ZWD: ..."
        return item.attribution.speaker, 0.8
    source = publisher(verb, mentions) or quoted_by(verb, mentions)
    if source is not None:  # "a report from ABC Australia in which they said ..."
        return source.name, 0.75 * source.confidence
    carrier = carried_by_press(speaker) if speaker is not None else None
    if carrier is not None:  # "A report aired on Syrian state TV said"
        return doc[carrier.left_edge.i : carrier.i + 1].text, 0.55
    if speaker is not None and press(speaker):  # "media reports", "the local news outlet", "state media"
        return press_phrase(speaker, verb) or item.attribution.speaker, 0.55
    joined = next((c for c in speaker.conjuncts if press(c)), None) if speaker is not None else None
    if joined is not None:  # "according to residents and local media": the press is one of the sources
        return joined.doc[joined.left_edge.i : joined.i + 1].text, 0.55
    told = told_press(verb) or press_quoted(verb)  # "told state television", "State TV quoted him as saying"
    return (told, 0.55) if told else None


# A newsroom's works, which speak for it: "according to a Guardian report", "the Guardian's story".
_PRESS_WORKS = frozenset("report article story editorial broadcast".split())


def _its_work(root: Token, speaker: Token) -> bool:
    return root.head == speaker and root.dep_ in ("compound", "poss") and speaker.lemma_.lower() in _PRESS_WORKS


# A newsroom's owners and officers speak for themselves or the business, not as its reporters ('Washington Post
# owner Jeff Bezos said', 'BBC chairman Richard Sharp said'; 'Fox News host Sean Hannity said' is the network's).
_OWNERS = frozenset("owner co-owner founder co-founder proprietor chairman chairwoman chairperson ceo investor".split())


def _owners_title(root: Token) -> bool:
    return root.dep_ in ("compound", "poss") and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in _OWNERS


def _told_by_description(verb: Token, mentions: list[Mention]) -> Mention | None:
    """'told the sports newspaper AS that ...', 'told the news website Kibaru.ml that ...': a named outlet right
    after the noun 'tell' takes as its object, whatever the parse made of the name."""
    if verb.lemma_.lower() != "tell":
        return None
    for mention in mentions:
        before = verb.doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.head == verb and before.dep_ in ("dobj", "dative") and descriptor(before):
            return mention
    return None


def _via_a_newsroom(outlet: str, mentions: list[Mention]) -> bool:
    """'disclosed this matter to the U.S. Environmental Protection Agency': a name ending in a word other bodies
    share ('Agency', 'Network') is a newsroom only as the sentence's outlets know it (listed, described)."""
    if not names_a_source(outlet):
        return False
    return outlet.split()[-1].lower() not in NEEDS_NEWS or any(bare_name(m.name) == bare_name(outlet) for m in mentions)


def _station_after(mention: Mention, mentions: list[Mention], doc: Doc) -> Mention | None:
    """'told CBS station KDKA-TV', 'ABC affiliate KOMO', "told CNN's Turkish sister network, CNN Turk": a network
    before a descriptor names the owner of the station named next, which is the one spoken to (even where the
    parse ends the cue's object before that name)."""
    following = next((m for m in mentions if mention.end < m.start <= mention.end + 6), None)
    if following is None or doc[following.start : following.end].root.dep_ in ("nsubj", "nsubjpass"):
        return None  # "told the Xinhua news agency Burghol had received threats": the told words' subject
    between = [t.lower_ for t in doc[mention.end : following.start] if not t.is_punct and t.lower_ != "'s"]
    return following if between and between[-1] in DESCRIPTORS | {"affiliate", "affiliates"} else None
