"""Nested sources: a statement that reaches the article through a chain of sources credits each of them (the
gold conventions: "Reuters, citing anonymous sources, reported" is Reuters' and the sources'; "Reports citing
officials", "State radio quoted the minister as saying", "X has said ..., according to Reuters" likewise; a document
that shows something inside another source's words too: "According to the statement, a medical test has proven ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, states_a_clause
from quizgame.content.analysis.found import Found, make_found
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People


def cited_sources(reading: Reading, people: People, lexicon: Lexicon, cue: Cue) -> list[Found]:
    """'Reuters, citing anonymous sources, reported ...', 'Reports citing officials have indicated ...': the
    sources said it too (a nested source), whether the citing hangs on the verb or on its subject."""
    result = []
    on_subject = [c for c in cue.speaker.children if c.dep_ == "acl"] if cue.speaker is not None else []
    for child in [*cue.verb.children, *on_subject]:
        if child.lemma_.lower() != "cite" or child.dep_ not in ("advcl", "xcomp", "conj", "acl"):
            continue
        for source in (c for c in child.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.anonymous_nouns):
            nested = Cue(cue.verb, f"{cue.text}, citing", source, cue.content, weak=False, strength=0.8)
            assert cue.content is not None
            made = make_found(reading, people, lexicon, nested, cue.content, direct=False, extra=None)
            if made is not None:
                result.append(made)
    return result


def quoting_source(reading: Reading, people: People, lexicon: Lexicon, cue: Cue) -> list[Found]:
    """'State radio quoted the minister as saying ...', '... was quoted by Reuters as saying': whoever quoted the
    speaker passes the words on, a source of its own (a nested source: both are credited)."""
    verb = cue.verb
    quoting = quoting_verb(verb)
    if quoting is None:
        return []
    agent = next((c for c in quoting.children if c.dep_ == "agent"), None)
    source = next((c for c in quoting.children if c.dep_ == "nsubj"), None)
    source = source or next((c for c in (agent.children if agent else []) if c.dep_ == "pobj"), None)
    if source is None or source is cue.speaker or cue.content is None:
        return []
    nested = Cue(quoting, f"quoted ... as {verb.text}", source, cue.content, weak=False, strength=0.9)
    made = make_found(reading, people, lexicon, nested, cue.content, direct=False, extra=None)
    return [made] if made is not None else []


def quoting_verb(verb: Token) -> Token | None:
    """The 'quote' of 'quoted the minister as saying' or of 'quotes the minister saying, "..."' (no 'as': the
    participle hangs from the quoting verb)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        return verb.head.head
    if verb.dep_ in ("advcl", "ccomp") and verb.tag_ == "VBG" and verb.head.lemma_.lower() == "quote":
        return verb.head  # 'quotes the minister saying': the participle on the verb (with the name as its subject)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.head.lemma_ == "quote":
        return verb.head.head  # 'quoted [the minister saying ...]': the parser hangs the participle on the name
    return None


def quoted_party(verb: Token) -> Token | None:
    """'Reuters quoted the finance minister saying the deal was close': the minister says it, not Reuters."""
    quoting = quoting_verb(verb) if verb.dep_ in ("advcl", "acl") else None
    if quoting is None:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def evidence(cue: Cue, lexicon: Lexicon) -> bool:
    """'According to the statement, a medical test has proven that ...', '..., while footage from the scene showed
    ...': a document or a record whose verb governs what it shows, inside another source's words, is a source of
    its own (a nested source), not a belief of the outer speaker's ('claimed the results show that ...' is)."""
    speaker, content = cue.speaker, cue.content
    if speaker is None or content is None or content[0] <= cue.offset:
        return False  # what a document shows follows its verb, not the words before it nor the act ('the law ignores')
    return speaker.dep_ == "nsubj" and speaker.pos_ == "NOUN" and speaker.lemma_.lower() in lexicon.document_nouns


_RELAYING = ("according to", "per")


def relay_of(cue: Cue, cues: list[Cue]) -> Cue | None:
    """'The mayor has expressed she will not run, according to Reuters': a source phrase hung on the cue's own
    verb, after it, relays the cue's statement (a nested source: the relay says it and so does the speaker)."""
    if cue.text in _RELAYING:
        return None  # '(according to the police, or 3,000 according to the union)': two sources side by side
    return next(
        (
            o
            for o in cues
            if o.text in _RELAYING and o.verb.head.i == cue.verb.i and o.verb.i > cue.verb.i and o.speaker is not None
        ),
        None,
    )


def states_relayed(cue: Cue) -> bool:
    """A weak verb with a clause of its own ('expressed she will not run') states that clause."""
    return cue.speaker is not None and any(c.dep_ == "ccomp" and states_a_clause(c) for c in cue.verb.children)


def before_phrase(reading: Reading, relay: Cue) -> int:
    """Where the words before a trailing source phrase end (its comma left out)."""
    return len(reading.text[: relay.offset].rstrip(" ,"))


def participle_holder(verb: Token) -> Token | None:
    """Who a participle of saying with no subject of its own is about: the giver of what it hangs on ('the police
    giving an excuse saying that ...'), the noun it describes ('protesters chanting ...'), or what a copula with no
    subject presents ('..., is an apparent rape victim, shouting "..."')."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ == "dobj":
            return next((c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        return head
    if verb.dep_ == "advcl" and head.lemma_ == "be" and not any(c.dep_ == "nsubj" for c in head.children):
        return next((c for c in head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    return None
