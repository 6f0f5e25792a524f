"""Where an outlet's name may stand in a sentence: runs of name words ('The Associated Press', 'Star of Mysore',
'WESH 2 News', 'La Gazzetta dello Sport'), with the words the tagger misses in newsroom names (a capital after a
descriptor, a title after a capital 'The', a web address, an account's handle). outlets.py reads each run.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.outlet_descriptions import DESCRIPTORS, NEEDS_NEWS, descriptor

_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.(?:com|net|org|info|co))?(?:\.[a-z]{2})?$", re.IGNORECASE)
_HANDLE = re.compile(r"^@\w{2,}$")
_HAS_DOT = re.compile(r"\w\.[a-z]{2,4}$", re.IGNORECASE)
# Descriptors that never open a newsroom's own name, so a capital one at a sentence's start is only capitalised.
_OPENING_DESCRIPTORS = DESCRIPTORS - NEEDS_NEWS - {"daily", "weekly"}


def name_runs(sentence: Span) -> list[tuple[int, int]]:
    """Runs of proper nouns and organisation names ('The Associated Press', 'Star of Mysore')."""
    doc = sentence.doc
    runs: list[tuple[int, int]] = []
    i = sentence.start
    while i < sentence.end:
        if not name_word(doc[i]):
            i += 1
            continue
        start = i
        while i < sentence.end and (name_word(doc[i]) or _joins(doc[i], sentence.end)):
            i += 1
        if i < sentence.end and doc[i].lower_ in ("news", "tv", "radio", "television", "magazine", "newspaper"):
            i += 1  # "WESH 2 news", "Rai television"
        elif i < sentence.end and doc[i].like_num and doc[i - 1].lower_ in ("news", "tv", "channel"):
            i += 1  # "News 12", "Channel 4"
        if start > sentence.start and doc[start - 1].text in ("Daily", "Weekly"):
            start -= 1  # "the Daily Sauti", where the parse makes "Daily" an adjective
        if start > sentence.start and doc[start - 1].lower_ == "the":
            start -= 1
        if opening_descriptor(doc[start]) and i - start > 1:
            start += 1  # "Broadcaster NRK reported": the capital at the sentence's start made the noun a name word
        runs.append((start, i))
    return runs


def opening_descriptor(token: Token) -> bool:
    """'Broadcaster NRK', 'Newspaper Aftenposten' opening a sentence: the noun that says what the name is ('Daily'
    and 'Weekly' open papers' own names: 'Daily Nation')."""
    return token.lower_ in _OPENING_DESCRIPTORS and bool(token.is_sent_start)


# Small words inside Italian, Spanish, Portuguese and French names that are no English words ("de" and "la" are
# left out: they open people's names and French phrases as often).
_ROMANCE_JOINERS = frozenset("dello della degli del do da dos das des du".split())


def _joins(token: Token, end: int) -> bool:
    """'Star of Mysore', 'WESH 2 News': a word inside a name when a name word follows it."""
    following = token.i + 1 < end and (name_word(token.doc[token.i + 1]) or token.doc[token.i + 1].lower_ == "news")
    if token.like_num:
        return following
    if token.lower_ in _ROMANCE_JOINERS and token.i > 0 and name_word(token.doc[token.i - 1]):
        return following  # "La Gazzetta dello Sport", "Corriere della Sera": no English word, whatever the tags
    return token.lower_ in ("of", "-") and following and token.ent_iob_ == "I"


def name_word(token: Token) -> bool:
    if _HANDLE.match(token.text):
        return True  # "newspaper @Verdade": an outlet's account named as the outlet
    if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "WORK_OF_ART"):
        return token.text[:1].isupper() or token.text[:1].isdigit() or "-" in token.text or "." in token.text
    if (
        token.is_title
        and token.pos_ in ("ADJ", "NOUN")
        and token.i > 1
        and token.nbor(-1).text == "The"
        and _third_on(token)
    ):
        return True  # "on The Zambian website", "The Information reported": a capital "The" inside a sentence opens a title
    if token.text[:1].isupper() and token.i > 0 and opening_descriptor(token.nbor(-1)):
        return True  # "Newspaper Aftenposten reported": whatever the tagger made of the name
    if token.text.isupper() and token.is_alpha and token.i > 0 and descriptor(token.nbor(-1)):
        return True  # "the sports newspaper AS", "broadcaster SVT": capitals after a descriptor, whatever the tag
    if token.text[:1].isupper() and any(c.dep_ == "appos" and descriptor(c) for c in token.children):
        return True  # "Danas, an independent newspaper, said": the tagger took the name for a noun or a person
    return web_address(token.text)


def _third_on(token: Token) -> bool:
    """At least the sentence's third word (read off the sentence starts: `token.sent` walks the sentence)."""
    return not token.is_sent_start and not token.nbor(-1).is_sent_start


def web_address(word: str) -> bool:
    return bool(_HAS_DOT.search(word) and _WEB_ADDRESS.match(word))
