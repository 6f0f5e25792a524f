"""Cues: the words that attribute a statement ("said", "told KOMO", "believes that", "according to").

A cue knows its verb, its wording, the token of its speaker (still to be resolved), the span of
any reported content it governs, and hints about the source ("tweeting" is social media, "told
KOMO" passes through an outlet). Verbs of saying attribute on their own; verbs of believing,
showing and finding attribute when the parse gives them a subject and a clausal complement;
weak verbs ("called", "praised") attribute with a quotation. Source phrases are in cue_phrases.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.closing_sources import closing_source
from quizgame.content.analysis.cue_content import acted, content_of, statement_noun
from quizgame.content.analysis.cue_lemmas import cue_lemma, document_says
from quizgame.content.analysis.cue_parts import (
    Cue,
    clean_span,
    subject_of,
    trailing_participle,
)
from quizgame.content.analysis.cue_phrases import (
    interview_outlet,
    noun_words,
    outlet_name,
    phrase_cue,
    source_behind,
    source_phrase,
)
from quizgame.content.analysis.cue_subjects import (
    as_subject,
    clip_trailing_speaker,
    dropped_subject,
    fronted_subject,
    inverted_subject,
    medium_owner,
    name_before,
    own_subject,
    participle_subject,
    subject_before_participle,
    told_clause,
)
from quizgame.content.analysis.cue_verbs import (
    ACCUSING,
    adds_a_thing,
    as_put,
    calls_for,
    cites_a_reason,
    judges,
    ongoing_act,
    reduced_passive,
    takes_or_refuses,
)
from quizgame.content.analysis.deeds import a_deed
from quizgame.content.analysis.existential_reports import existential_report, held_view, voices_a_worry
from quizgame.content.analysis.impersonal import impersonal_source
from quizgame.content.analysis.in_documents import is_document_noun
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.nested_sources import quoted_party
from quizgame.content.analysis.not_stated import negated, states_nothing
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.reading import Reading, same_token
from quizgame.content.analysis.rejoinders import caveat_noun, clip_before, rejoinder_cue, rejoinder_noun
from quizgame.content.analysis.social_cues import commenting_on, social_media_nearby
from quizgame.content.analysis.source_openers import speaker_past_opener
from quizgame.content.analysis.told_outlets import glued_addressee, quoting_outlet

__all__ = ["Cue", "find_cues", "subject_of"]

_ADDRESSEE_VERBS = {"tell", "inform", "brief", "ask", "warn", "urge", "thank"}
SOCIAL_VERBS = {"tweet", "post", "retweet"}
_EVALUATIVE_STRENGTH = 0.75
_CLAUSAL_STRENGTH = 0.8  # a belief or a finding is attributed less surely than a statement
_DOCUMENT_STRENGTH = 0.7  # "the guidelines list ...": any verb of a document reports what it says


def find_cues(reading: Reading, lexicon: Lexicon, surnames: set[str]) -> list[Cue]:
    cues: dict[int, Cue] = {}
    for token in reading.doc:
        if token.is_space or reading.in_quote(token):
            continue
        found = cue_lemma(token, lexicon)
        if found is not None and adds_a_thing(token, found[0]) and inverted_subject(token, lexicon) is None:
            found = None  # "trying to add the question", "added three players": no words
        if found is not None and takes_or_refuses(token, found[0]):
            found = None  # "claimed refunds worth $400 million", "denied a motion to postpone": no words
        if found is not None and found[0] in lexicon.weak_cues and document_says(token, lexicon):
            found = None  # "The guidelines cite the H1N1 outbreak as an example": the document says it
        if found is not None:
            lemma, clausal = found
            if not _negated(token) and not reduced_passive(token):
                weak = (
                    lemma not in lexicon.strong_cues
                    and not clausal
                    and not calls_for(token)
                    and not voices_a_worry(token)
                )
                judged = weak and (judges(token, lemma) or cites_a_reason(token, lemma, lexicon))
                cue = _verb_cue(token, lexicon, weak=weak and not judged, lemma=lemma)
                cue.speaker = quoted_party(token) or cue.speaker  # 'quotes the minister saying': the minister
                inverted = inverted_subject(token, lexicon)
                if inverted is not None:  # 'Added the minister, "..."': the speaker, not what was said
                    cue.speaker, cue.content = inverted, content_of(token, [inverted], False)
                    if cue.content is None and inverted.i > token.i > token.sent.start:  # '..., reported officials.'
                        cue.content = clean_span(token, [t for t in token.sent if t.i < token.i - 1])
                if judged:
                    cue.strength = _EVALUATIVE_STRENGTH
                if cue.speaker is not None and trailing_participle(token) and not can_speak(cue.speaker, lexicon):
                    cue.speaker = subject_of(token.head.head)
                if cue.speaker is None and not _passive(token):
                    cue.speaker = (
                        name_before(token, surnames)
                        or as_subject(token)
                        or fronted_subject(token)
                        or dropped_subject(token)
                        or subject_before_participle(token)
                    )
                if cue.speaker is not None and not can_speak(cue.speaker, lexicon):
                    cue.speaker = participle_subject(token, lexicon) or cue.speaker
                cue.content = clip_trailing_speaker(token, cue.content)
                if cue.speaker is None and lemma in ACCUSING and _passive(token):
                    cue.unnamed = "unnamed accusers"  # "Gaga was accused of corrupting ...": someone accused her
                if cue.speaker is None and cue.unnamed is None:
                    cue.unnamed = impersonal_source(token)  # "It was reported he was in a coma": someone said it
                if clausal:
                    cue.strength = _CLAUSAL_STRENGTH
                if lemma in lexicon.strong_cues and ongoing_act(token) or states_nothing(token):
                    cue.content = None  # what they were doing; a quotation after it can still be linked
                if inverted is None and a_deed(token, lexicon):  # 'defended Kim', 'demanding K500 million'
                    cue.content = None  # what they were doing; a quotation after it can still be linked
                cues[token.i] = cue
        elif as_put(token):
            # '"ground to a halt" — as the Supreme Court decision put it': the quotation is the source's words
            cues[token.i] = Cue(token, f"as ... {token.text} it", subject_of(token), None, weak=False)
        elif document_says(token, lexicon):
            cue = _verb_cue(token, lexicon, weak=False, lemma=token.lemma_.lower())
            cue.strength = _DOCUMENT_STRENGTH
            cues[token.i] = cue
        elif (closing := closing_source(token, lexicon)) is not None:
            cues[token.i] = closing  # '..., data from the agriculture department show.' ('show' tagged a noun)
        elif (noun_cue := existential_report(token) or held_view(token)) is not None:
            cues[token.i] = noun_cue  # 'There are reports that ...', 'a belief by some that ...'
        else:
            phrase_cue(token, lexicon, cues)
    _rejoinders(reading, cues)
    for cue in cues.values():
        cue.speaker = speaker_past_opener(cue, list(cues.values())) or cue.speaker
        owner = medium_owner(cue.speaker, lexicon)
        if owner is not None:  # 'A tweet sent from Biden's account said': Biden said it, on social media
            cue.speaker, cue.kind_hint = owner, "social_media"
        behind = source_behind(cue.speaker, lexicon)
        cue.in_document = not same_token(behind, cue.speaker) and is_document_noun(cue.speaker, lexicon)
        cue.speaker = behind
    return sorted(cues.values(), key=lambda c: c.offset)


def _rejoinders(reading: Reading, cues: dict[int, Cue]) -> None:
    """'..., a charge Dravia rejected': the rejoining party's own cue, and the claim before it ends at the comma."""
    for token in reading.doc:
        if reading.in_quote(token):
            continue
        caveat = caveat_noun(token)  # '..., a figure that could not be independently verified': the reporter's
        for other in cues.values() if caveat is not None else ():
            if other.verb.sent == token.sent and other.verb.i < caveat.i:
                clip_before(other, caveat)
        noun = rejoinder_noun(token)
        if noun is None:
            continue
        rejoinder = rejoinder_cue(token, noun)
        for other in cues.values():
            if other.verb.sent == token.sent and other.verb.i < noun.i:
                clip_before(other, noun)
                if rejoinder.content is not None and rejoinder.content[0] == other.verb.sent.start_char:
                    rejoinder.content = other.content or rejoinder.content  # what the first party said
        cues[token.i] = rejoinder


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _negated(verb: Token) -> bool:
    return negated(verb)


def _verb_cue(verb: Token, lexicon: Lexicon, weak: bool, lemma: str) -> Cue:
    words = [verb.text]
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "reportedly"), None)
    if adverb is not None:
        words.insert(0, adverb.text)
    addressee: list[Token] = []
    via_outlet = None
    if lemma in _ADDRESSEE_VERBS:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                told = told_clause(child)
                addressee = [t for t in child.subtree if told is None or t not in told.subtree]
                words.append(verb.doc[addressee[0].i : addressee[-1].i + 1].text)
                if told is not None and told.left_edge.i > addressee[-1].i + 1:  # 'told a briefing that ...'
                    addressee += [t for t in verb.children if t.lower_ == "that" and t.i == addressee[-1].i + 1]
                if lexicon.outlet_kind(noun_words(child)) == "outlet":
                    via_outlet = outlet_name(child)
    glued = glued_addressee(verb, lexicon)  # "told media network EURACTIV safety procedure had been followed"
    if glued is not None:
        addressee = list(verb.doc[verb.i + 1 : glued.end])
        words.append(verb.doc[verb.i + 1 : glued.end].text)
        via_outlet = glued.name
    kind_hint: SpeakerKind | None = "social_media" if lemma in SOCIAL_VERBS else None
    if lemma == "write" and social_media_nearby(verb, lexicon):
        kind_hint = "social_media"  # "..., the president wrote." in a story about tweets
    if commenting_on(verb):
        kind_hint = "social_media"  # "Commenting on the story, X wrote:": a reader's comment under it
    is_act = False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and via_outlet is None:
            via_outlet = source_phrase(child, lexicon)[0]
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "via"):
            outlet, hint, phrase = source_phrase(child, lexicon)
            via_outlet = via_outlet or outlet
            kind_hint = kind_hint or hint
            if phrase and hint:
                words.append(phrase)
            if statement_noun(child, lexicon) is not None and weak:
                weak = False
                is_act = True
    via_outlet = via_outlet or interview_outlet(verb, lexicon) or quoting_outlet(verb, lexicon)
    if any(c.dep_ == "xcomp" or c.dep_ == "ccomp" and not own_subject(c) for c in verb.children):
        addressee = []  # "urged the embassy to reconsider", "urged the fee be waived": part of what was said
    content = acted(verb) if is_act else content_of(verb, addressee, calls_for(verb))
    if glued is not None and content is not None:  # what was told starts after the outlet's name
        content = (max(content[0], verb.doc[glued.end].idx), content[1])
    told = next((told_clause(c) for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if content is None and told is not None and lemma in _ADDRESSEE_VERBS:
        more = [c for c in verb.children if c.dep_ == "conj" and any(m.lower_ == "that" for m in c.children)]
        content = clean_span(verb, [*told.subtree, *(t for c in more for t in c.subtree)])  # ", but that ..."
    return Cue(verb, " ".join(words), subject_of(verb), content, weak, kind_hint, via_outlet)
