"""Which organisation a description stands for: 'the company', 'the newspaper', 'the agency' said ...

The organisation named last before the description ('PG&E ... The company said'), a newsroom before any other
body for a word that names only a newsroom, a body the sentence before brought in without a name
(described_bodies.py); a person the tagger read as a body is passed over. coreference.py asks here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quizgame.content.analysis.agencies import acronyms_before, agency_named_before, reads_as_body
from quizgame.content.analysis.described_bodies import introduced_body, named_as_place
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.outlets import bare_name, known_outlets, outlet_mentions
from quizgame.content.analysis.resolved import Resolved
from quizgame.content.analysis.speakers import People

_DESCRIBED_ORGS = {
    "company",
    "firm",
    "network",
    "corporation",
    "group",
    "website",
    "site",
    "newspaper",
    "broadcaster",
    "agency",
    "organisation",
    "organization",
    "board",
    "carrier",
    "airline",
    "utility",
    "retailer",
    "chain",
    "manufacturer",
    "studio",
    "club",
    "team",
    "party",
}


def described_organisation(head: Token, people: People, lexicon: Lexicon) -> Resolved | None:
    """'The company said ...' after 'PG&E ...': the organisation named last before the description, not a
    person the tagger read as one ('Presidential Spokesperson Harry Roque')."""
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if head.lemma_.lower() not in _DESCRIBED_ORGS or det is None or det.lower_ != "the":
        return None
    if any(c.dep_ in ("compound", "amod", "prep") for c in head.children):
        return None  # "the Seattle company", "the company's board": not a bare description
    doc = head.doc
    first = doc[max(0, head.sent.start - 1)].sent.start if head.sent.start else 0
    introduced = introduced_body(head, lexicon)
    if introduced is not None:  # 'An organization supporting ... plans a demonstration ... the group said'
        return Resolved(introduced, "organization", 0.7)
    press = head.lemma_.lower() in lexicon.outlet_nouns
    shared = head.lemma_.lower() == "agency"  # a news agency, or a health, space or disaster agency
    fallback = None
    names = [
        e for e in doc.ents if first <= e.start and e.end <= head.i and e.label_ == "ORG" and not named_as_place(e)
    ]
    if shared:  # 'A WHO spokesperson told the BBC': an acronym before a person's noun names the body they speak for
        names += acronyms_before(head, first)
    shown = outlets_shown(doc, lexicon)
    newsroom = head.lemma_.lower() in _NEWSROOM_NOUNS
    outlets = _outlets_named(doc, first, head.i, lexicon) if newsroom else []
    names = sorted(names + outlets, key=lambda name: name.start, reverse=True)
    if outlets:  # 'The Sacramento Bee reported that workers at Tesla ... The newspaper said': a newsroom named
        names.sort(key=lambda name: name not in outlets)  # before, ahead of any other body
    for ent in names:
        if ent.root.pos_ == "PROPN" and not _names_person(ent, people, lexicon):
            kind = lexicon.outlet_kind(ent.text) or ("outlet" if press and not shared else "organization")
            if (kind == "outlet" or bare_name(ent.text) in shown) and not press:
                continue  # 'told the Daily Courier ... the company said', 'According to The Athletic ... The club
                # said': a company or a club is not the newspaper named before it
            resolved = Resolved(ent.text.removeprefix("the ").removeprefix("The "), kind, 0.7)
            if shared and (kind == "outlet" or not reads_as_body(ent, lexicon)):
                fallback = fallback or resolved  # 'A WHO spokesperson told the BBC ... Malaria killed ..., the
                continue  # agency said': the WHO, not the broadcaster or a name the tagger took for a body
            return resolved
    named = agency_named_before(head, lexicon) if shared and fallback is None else None
    return fallback or (Resolved(named[0], named[1], 0.6) if named else None)


# Nouns that name only a newsroom ('the network' is as often the company that owns the channel).
_NEWSROOM_NOUNS = frozenset(["newspaper", "broadcaster"])


def _outlets_named(doc: Doc, start: int, end: int, lexicon: Lexicon) -> list[Span]:
    """The outlets named between two tokens, whatever the tagger labelled them."""
    sentences = (s for s in doc.sents if s.end > start and s.start < end)
    return [doc[m.start : m.end] for s in sentences for m in outlet_mentions(s, lexicon) if m.end <= end]


def _names_person(span: Span, people: People, lexicon: Lexicon) -> bool:
    start, end = span.start_char, span.end_char
    if any(start <= at < end for at, _ in people.mentions):
        return True
    return any(t.lower_.rstrip(".") in lexicon.titles and t.lower_ not in lexicon.organization_nouns for t in span)


def outlets_shown(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """The outlets the article names anywhere, by their bare names (cached on the doc)."""
    cached = doc.user_data.get("outlets_shown")
    if cached is None:
        cached = known_outlets([m for sentence in doc.sents for m in outlet_mentions(sentence, lexicon)])
        doc.user_data["outlets_shown"] = cached
    return cached
