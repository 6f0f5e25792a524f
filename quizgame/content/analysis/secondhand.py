"""Secondhand claims: what the article takes from another outlet, wherever the outlet stands in the sentence.

An outlet may be the speaker ("Znak.com reported ..."), the one spoken to ("told WESH 2 News",
"speaking to newspaper Star of Mysore"), the publisher of the source ("according to a report by
Tasnim News Agency", "BBC's Jonathan Marcus said"), or referred back to ("The website further
reported ..."). A sentence with no verb of saying can still rest on an outlet ("Per numbers
reported by The Associated Press, ...", "Projections by CNN and NPR indicated ...").
The outlet a cue's own sentence names is read in cue_outlets.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.attributions import Found
from quizgame.content.analysis.cue_outlets import outlet_of
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import Secondhand
from quizgame.content.analysis.outlet_links import back_to_named
from quizgame.content.analysis.outlet_positions import cited_verb
from quizgame.content.analysis.outlets import Mention, known_outlets, outlet_mentions, same_outlet
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.secondhand_claims import claim_of
from quizgame.content.analysis.uncued_sources import REPORT_NOUNS, uncued_secondhand
from quizgame.content.analysis.voice import set_apart

# Confidence: the outlet's own (0.95 listed, 0.9 described, 0.85 known from earlier in the article, 0.8 by
# the form of its name), lowered as the link between outlet and statement loosens (the outlet named in the
# cue, beside it, referred back to, or only as the source of a sentence with no cue: 0.6). Measured on the
# tuning folders (python -m quizgame.content.analysis.calibration tests/data/devcorpus tests/data/styles
# tests/data/styles2, 2026-12-06): 95% right (43/45) from 0.8, 88% (7/8) from 0.7, 92% (11/12) below;
# the question gate keys items from 0.7.
# "in an interview with CNN", "in an appearance on Fox": the outlet where what follows was said.
_SETTINGS = frozenset(["interview", "appearance"])


def find_secondhand(reading: Reading, found: list[Found], lexicon: Lexicon, own_outlet: str) -> list[Secondhand]:
    first = [outlet_mentions(sentence, lexicon) for sentence in reading.sentences]
    known = known_outlets([m for found_here in first for m in found_here])
    mentions = [
        [m for m in (_again(s, lexicon, known) or first[i]) if not same_outlet(m.name, own_outlet)]
        for i, s in enumerate(reading.sentences)
    ]

    def mentions_in(index: int) -> list[Mention]:
        return mentions[index]

    result: list[Secondhand] = []
    sources: list[str] = []  # outlets already cited, for "the website further reported"
    cited_at = -2  # the sentence that cited the last of them, for "The same report states ..."
    by_cue: dict[int, tuple[str, float] | None] = {}
    cue_sentences: set[int] = set()
    sourced: set[int] = set()  # sentences whose cues gave an outlet
    known = frozenset(name for name in known if not same_outlet(name, own_outlet))
    for item in sorted(found, key=lambda f: f.attribution.start):
        index = reading.sentence_index(item.cue.verb.i)
        if index is None:
            continue
        cue_sentences.add(index)
        if _habitual(item.cue.verb) or _scoop_clause(item.cue.verb):
            continue
        key = item.cue.verb.i
        if key not in by_cue or by_cue[key] is None:
            # a cue with its own speaker inside a blockquote or a post is the quoted writer's; a blockquote's
            # speaker comes from the article's lead-in
            others_words = item.cue.speaker is not None and set_apart(reading, reading.sentences[index])
            # "the newspaper said" stands for the last outlet cited unless another was named since
            latest = sources if not any(mentions[i] for i in range(max(0, cited_at + 1), index)) else []
            by_cue[key] = outlet_of(item, mentions_in(index), latest, own_outlet, known, others_words) or (
                None
                if others_words
                else _same_report(item, sources if index - cited_at <= 1 else [])
                or _interview_before(item, mentions_in(index - 1) if index - 1 not in cue_sentences else [])
                or _back_to_named(item, _named_before(mentions, index, item.cue.verb.i))
            )
        source = by_cue[key]
        if source is None:
            continue
        outlet, confidence = source
        sources.append(outlet)
        sourced.add(index)
        cited_at = index
        claim = claim_of(reading, item, reading.sentences[index])
        attribution = item.attribution
        result.append(Secondhand(outlet, attribution.cue, claim, attribution.start, attribution.end, confidence))
        for cited in _cited(item, mentions_in(index), outlet):  # "AFP, citing daily Mwanzo, reported": both
            result.append(
                Secondhand(cited.name, attribution.cue, claim, attribution.start, attribution.end, 0.8 * confidence)
            )
    for index, sentence in enumerate(reading.sentences):
        # a sentence whose cues gave no outlet may still name one as its source ("told Sauti" the parse did not
        # link to the statement)
        if index in sourced or _inside_found(sentence, found) and index not in cue_sentences:
            continue
        uncued = uncued_secondhand(reading, sentence, mentions_in(index))
        if uncued is not None:
            result.append(uncued)
    return _one_per_statement(sorted(result, key=lambda s: s.start))


def _one_per_statement(items: list[Secondhand]) -> list[Secondhand]:
    """'X said the 36 must face charges, adding Iran will pursue ...': the added words are inside the claim
    already taken from the same outlet, one statement, not two."""
    kept: list[Secondhand] = []
    for item in items:
        claim = item.claim.rstrip(" .,;:\"'”’")  # "blamed Palestinian gunmen." inside "... blamed Palestinian gunmen"
        if any(k.outlet == item.outlet and claim in k.claim for k in kept):
            continue
        kept.append(item)
    return kept


def _again(sentence: Span, lexicon: Lexicon, known: frozenset[str]) -> list[Mention] | None:
    """The sentence's mentions with the article's known outlets, when it names one of them (else None)."""
    lowered = sentence.text.lower()
    if not any(name in lowered for name in known):
        return None
    return outlet_mentions(sentence, lexicon, known)


def _cited(item: Found, mentions: list[Mention], outlet: str) -> list[Mention]:
    """The outlets a reporting outlet cites as its own source: 'AFP, citing daily Mwanzo, reported ...'."""
    verb = item.cue.verb
    doc = verb.doc
    result = []
    for mention in mentions:
        root = doc[mention.start : mention.end].root
        citing = cited_verb(root)
        relayed = citing is not None and citing.head in (verb, item.cue.speaker) or _as_quoted_by(root, verb)
        if relayed and not same_outlet(mention.name, outlet):
            result.append(mention)
    return result


def _as_quoted_by(root: Token, verb: Token) -> bool:
    """'X said in an interview with Sky News, as quoted by the Times': the outlet that relayed the words given to
    another; the parse may hang the 'as' clause on the words said ('told Sky News that ..., as reported by')."""
    agent = root.head
    if root.dep_ != "pobj" or agent.dep_ != "agent" or agent.lower_ != "by":
        return False
    participle = agent.head
    return (
        participle.lemma_.lower() in ("quote", "report")
        and participle.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in participle.children)
        and verb.is_ancestor(participle)
    )


def _named_before(mentions: list[list[Mention]], index: int, before: int) -> list[str]:
    """The outlets named in the two sentences before and earlier in this one, in order."""
    earlier = [m for i in range(max(0, index - 2), index) for m in mentions[i]]
    return [m.name for m in earlier + [m for m in mentions[index] if m.end <= before]]


def _back_to_named(item: Found, named: list[str]) -> tuple[str, float] | None:
    outlet = back_to_named(item.cue.verb, item.cue.speaker, named)
    return (outlet, 0.65) if outlet else None


def _interview_before(item: Found, before: list[Mention]) -> tuple[str, float] | None:
    """'In an appearance on CNN, Durkan was pressed on ... "I don't know," she said.': the answer, given by
    a pronoun in the next sentence, was given on the outlet named as the setting just before (a setting
    sentence with a cue of its own has its statement; what follows is not surely from the same interview)."""
    speaker = item.cue.speaker
    if speaker is None or speaker.pos_ != "PRON":
        return None
    for mention in before:
        root = item.cue.verb.doc[mention.start : mention.end].root
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ in ("with", "on", "to") and prep.head.lemma_.lower() in _SETTINGS:
            return mention.name, 0.6 * mention.confidence
    return None


def _habitual(verb: Token) -> bool:
    """'When the Israeli media reports a rape, it ...': what the press does as a rule, not one report."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever", "if", "unless") for c in verb.children
    )


def _scoop_clause(verb: Token) -> bool:
    """'TechCrunch, which first reported the layoffs, said ...': the relative clause says what the outlet is known
    for; its object names a story, it states nothing (the outlet's statement is the main verb's)."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _same_report(item: Found, sources: list[str]) -> tuple[str, float] | None:
    """'Xinhua reported ... The same report states ...': a report named again right after an outlet's."""
    speaker = item.cue.speaker
    if not sources or speaker is None or speaker.lemma_.lower() not in REPORT_NOUNS:
        return None
    children = list(speaker.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children):
        return None
    if any(c.dep_ not in ("det", "amod", "punct") or c.dep_ == "amod" and c.lower_ != "same" for c in children):
        return None  # "the government's report", "the annual report" are other documents
    return sources[-1], 0.65


def _inside_found(sentence: Span, found: list[Found]) -> bool:
    return any(f.content[0] <= sentence.start_char and sentence.end_char <= f.content[1] for f in found)
