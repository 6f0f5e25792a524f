"""A verb of saying set between commas is read in two places, for two questions, on invented sentences:

- mid_cues.around_cue: what did the speaker say? The words on both sides of the cue become the statement's
  content, so both must be clauses, none quoted (a quotation is the quotation linker's), and the cue may be the
  parser's root over the clause before it.
- loaded_voice.parenthetical_saying: whose voice is a charged word in? The cue need only be set in the word's
  clause: a subject alone before it, a phrase after it or a quotation changes nothing; a cue the parser made the
  root is said_by_another's (the word then sits in the cue's complement).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from quizgame.content.analysis.loaded_voice import parenthetical_saying, said_by_another
from quizgame.content.analysis.mid_cues import around_cue
from quizgame.content.analysis.nlp import load_nlp

_CUES = frozenset({"say", "tell"})


def _read(sentence: str) -> tuple[str | None, bool]:
    """(the content around_cue finds, whether parenthetical_saying hands 'shameless' to the speaker)."""
    doc = load_nlp()(sentence)
    cue = next(t for t in doc if t.lemma_ in _CUES)
    word = next(t for t in doc if t.lower_ == "shameless")
    around = around_cue(cue)
    return (None if around is None else _text(around)), parenthetical_saying(word, _CUES)


def _text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if not t.is_punct)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The council acted with shameless haste, the union said, because the vote was near.",
            "The council acted with shameless haste because the vote was near",
        ),
    ],
)
def test_a_clause_on_both_sides_is_content_and_the_speakers_voice(sentence: str, content: str) -> None:
    assert _read(sentence) == (content, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan, critics say, is a shameless grab for power.",  # a subject alone before the cue
        "The ferry would resume on Monday, the harbour master said, to the relief of shameless traders.",  # a phrase
        'The talks were a "shameless farce," the envoy said, and the delegates would leave on Friday.',  # quoted
    ],
)
def test_without_a_clause_on_each_side_or_with_a_quotation_only_the_voice_is_the_speakers(sentence: str) -> None:
    assert _read(sentence) == (None, True)


def test_a_cue_the_parser_made_the_root_gives_content_but_the_voice_is_read_elsewhere() -> None:
    sentence = "The council approved the shameless budget, the union told reporters, after the mayor left the room."
    assert _read(sentence) == ("The council approved the shameless budget after the mayor left the room", False)
    doc = load_nlp()(sentence)
    assert said_by_another(next(t for t in doc if t.lower_ == "shameless"), _CUES)  # the word in the complement


def test_a_cue_closing_the_sentence_is_neither_ones() -> None:
    assert _read("The vote was a shameless fraud, she said.") == (None, False)
