"""Tokens compared by position: spaCy makes a new Token object at every access, so `is` cannot tell."""

from quizgame.content.analysis.nlp import load_nlp
from quizgame.content.analysis.reading import same_token


def test_the_same_token_reached_two_ways_is_the_same_and_a_root_is_its_own_head():
    doc = load_nlp()("Smith said the bridge was safe.")
    root = doc[1]
    assert root.head is not root  # why the helper exists
    assert same_token(root.head, root) and same_token(doc[0].head, doc[1])
    assert not same_token(doc[0], doc[1])
    assert same_token(None, None) and not same_token(None, doc[0])
