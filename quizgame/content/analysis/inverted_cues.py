"""A quotation closed with no comma before its inverted cue: '"I am in awe ..." tweeted Mayor of London Sadiq
Khan (no relation).', '"... ISIS remnants;" read the statement; "we will not ..."'. Without the comma the parser
reads the verb as a modifier of the name, or the whole as one clause, and no cue is found: the quotation fell to
the previous speaker. Read from the punctuation instead: a quotation opening its sentence, its closing mark
followed at once by a verb of saying, then a bare noun phrase that ends the clause (at '.', ';' or a bracket).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.cues import SOCIAL_VERBS
from quizgame.content.analysis.found import Found, make_found
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.quotes import Quote
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People

_VERB_AFTER = re.compile(r"[ \t]+(?=[a-z])")  # '..." tweeted': no comma between the mark and the verb
_OPENS = re.compile(r"(^|[.!?:]['\"”’)]?)\s*$")  # the quotation opens its sentence (or its paragraph)
_NOUN_PHRASE = frozenset({"DET", "PROPN", "NOUN", "ADJ"})
_CLAUSE_ENDS = frozenset({".", ";", "(", "!", "?"})
_READS = "read"  # 'read the statement': a document's words (a verb of saying only with a document)
_LINK = 0.9  # the speaker is sure; the cue is read off punctuation, not the parse


def inverted_cue(reading: Reading, people: People, lexicon: Lexicon, quote: Quote) -> Found | None:
    text = reading.text
    gap = _VERB_AFTER.match(text, quote.end)
    paragraph_start = reading.paragraph_starts[reading.paragraph_of(quote.start)]
    if gap is None or not _OPENS.search(text[paragraph_start : quote.start]):
        return None
    verb = reading.token_at(gap.end())
    if verb is None or verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return None  # the tag itself is unreliable here ('tweeted' VBN, 'read' VB): the parse is what failed
    speaker = _noun_phrase_after(verb)
    if speaker is None or not (_says(verb, speaker, lexicon) or _closes_words(verb, speaker, quote, text, lexicon)):
        return None
    hint = "social_media" if verb.lemma_.lower() in SOCIAL_VERBS else None
    cue = Cue(verb, verb.text, speaker, None, weak=False, kind_hint=hint)
    made = make_found(
        reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_LINK
    )
    phrase = _name_words(speaker)
    if made is None or speaker.pos_ != "PROPN" or _names_same(made.attribution.speaker, phrase):
        return made
    # the words name the speaker; a person of the same surname met earlier ('Sadiq Khan (no relation)' after
    # the attacker Usman Khan) is someone else
    attribution = replace(made.attribution, speaker=phrase, speaker_kind=hint or "named")
    return replace(made, attribution=attribution)


def _name_words(head: Token) -> str:
    words = [t for t in head.subtree if t.i >= head.i or t.dep_ == "compound"]
    run = [t for t in words if t.pos_ == "PROPN" or (t.lower_ == "of" and t.i > head.i)]
    return " ".join(t.text for t in run).removesuffix(" of")


def _names_same(resolved: str, phrase: str) -> bool:
    words = set(phrase.lower().split())
    return all(w in words for w in resolved.lower().split())


def _says(verb: Token, speaker: Token, lexicon: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == _READS:
        nouns = lexicon.document_nouns | lexicon.statement_nouns
        return speaker.pos_ == "NOUN" and speaker.lemma_.lower() in nouns
    return lemma in lexicon.strong_cues


def _closes_words(verb: Token, speaker: Token, quote: Quote, text: str, lexicon: Lexicon) -> bool:
    """'"All control will rest with the authors," continued Manber.': a verb that is a cue only with a quotation
    ('continue', 'demand', 'ask') closes one right before it, an utterance ending in a comma, question or
    exclamation mark inside the closing mark (not a title: '"The Crown" continued its run'), said by a party
    that can speak."""
    if verb.lemma_.lower() not in lexicon.weak_cues or verb.lemma_.lower() in lexicon.naming_cues:
        return False
    closing = text[quote.start : quote.end].rstrip("\"”’' ")
    return closing.endswith((",", "?", "!")) and (can_speak(speaker, lexicon) or speaker.ent_type_ == "PERSON")


def _noun_phrase_after(verb: Token) -> Token | None:
    """The head of the bare noun phrase after the verb ('Mayor' of 'Mayor of London Sadiq Khan'; 'the
    statement'), or None when the clause goes on after it (then it is not only a speaker)."""
    words: list[Token] = []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.text in _CLAUSE_ENDS:
            break
        if token.pos_ not in _NOUN_PHRASE and not (token.lower_ == "of" and words):
            return None
        words.append(token)
    else:
        if verb.sent.end < len(verb.doc):
            return None  # the sentence ran on without a mark
    heads = [w for w in words if w.head not in words and w.pos_ in ("PROPN", "NOUN")]
    return heads[0] if len(heads) == 1 else None  # one phrase, named by its head ('Mayor', with 'of ... Khan')
