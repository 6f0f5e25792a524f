"""A series of reported clauses after one cue: 'researchers reported that deaths were caused by coal; that race
was a factor; and that a substantial fraction crossed state lines'. The parser hangs the clauses after the
semicolons elsewhere (often making one of them the sentence's root), so the cue's content stops at the first
semicolon; each later clause opened by 'that' is what the same cue reported.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import load_lexicon
from quizgame.content.analysis.reading import token_span

_JOINERS = frozenset({"and", "or", "but", "also"})


def series_after(verb: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the 'that' clauses that follow the content after semicolons, in the verb's sentence."""
    if not _semicolons(verb):
        return []
    sentence = verb.sent
    tokens = [t for t in sentence if t.idx >= content[1] and not t.is_space]
    spans: list[tuple[int, int]] = []
    while tokens and tokens[0].is_punct and tokens[0].text != ";":
        tokens.pop(0)  # a closing quotation mark or comma before the semicolon
    while tokens and tokens[0].text == ";":
        tokens.pop(0)
        while tokens and tokens[0].lower_ in _JOINERS:
            tokens.pop(0)
        if not tokens or tokens[0].lower_ != "that":
            break
        clause: list[Token] = []
        for token in tokens[1:]:
            if token.text == ";" or token.is_punct and token.i == sentence.end - 1:
                break
            clause.append(token)
        tokens = tokens[1 + len(clause) :]
        while clause and clause[-1].is_punct:
            clause.pop()
        if not any(t.pos_ in ("VERB", "AUX") for t in clause):
            break
        spans.append(token_span(clause))
    return spans


def within_semicolons(verb: Token, tokens: list[Token]) -> list[Token]:
    """'The minister said the bridge would open; the mayor added that it would cost more': a semicolon parts two
    statements the parser may hang on one verb. Content on the far side of a semicolon belongs to another statement
    when a statement of its own stands there (a subject with a verb of saying; a series of 'that' clauses after
    the verb is the verb's own, see series_after)."""
    if not _semicolons(verb):
        return tokens
    sentence = verb.sent
    marks = [t.i for t in sentence if t.text == ";"]
    if not marks:
        return tokens
    before = max((i for i in marks if i < verb.i), default=None)
    if before is not None:
        opening = max((i for i in marks if i < before), default=sentence.start - 1)
        if _states(list(verb.doc[opening + 1 : before])):
            tokens = [t for t in tokens if t.i > before]
    after = min((i for i in marks if i > verb.i), default=None)
    if after is not None:
        words = [t for t in verb.doc[after + 1 : sentence.end] if not t.is_space]
        while words and words[0].lower_ in _JOINERS:
            words.pop(0)
        upto = next((k for k, t in enumerate(words) if t.text == ";"), len(words))
        if words and words[0].lower_ != "that" and _states(words[:upto]):
            tokens = [t for t in tokens if t.i < after]
    return tokens


def _states(words: list[Token]) -> bool:
    """The words hold a statement of their own: a subject with a verb of saying."""
    lexicon = load_lexicon()
    saying = lexicon.strong_cues | lexicon.clausal_cues | lexicon.weak_cues
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in saying and t.head in words for t in words)


def _semicolons(verb: Token) -> bool:
    """Whether a semicolon stands near the verb, within any sentence's reach (the document's semicolons are found
    once: most documents have none, and a sentence is costly to find for every cue)."""
    doc = verb.doc
    marks = doc.user_data.get("semicolon_offsets")
    if marks is None:
        marks = [m.start() for m in re.finditer(";", doc.text)]
        doc.user_data["semicolon_offsets"] = marks
    return any(abs(offset - verb.idx) < 1500 for offset in marks)
