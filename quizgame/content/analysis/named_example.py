"""A group as the subject, one of its people named as the example: the blockquote is that person's.

Global Voices introduces a post by the crowd it stands for and names its author after "like" or
"such as": "Others even think that his injury was a product of karma, like Itzel Chavez (@itzelch_07)
[es]:", "Many people, like Alexander Da Silva (@Adasilva507) [es], refuse to believe ...:" (reading4's
baseball post), "Some, like Anahit Markosian, called for his resignation ...:" (styles5, Armenia),
"some questioned President Calderón, like Alessia Corcuera (@top_roping_ale) [es]:" (styles4, Mexico).
The words under such a line are the named person's post, not the crowd's: the speaker is the example,
when the line names one and only one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_parts import Cue

# Subjects that stand for an unnamed crowd ("Others", "Some", "Many people", "citizens", "fans").
_CROWD_PRONOUNS = frozenset("some others many several few most".split())


def _crowd(token: Token) -> bool:
    return token.lower_ in _CROWD_PRONOUNS or (token.pos_ == "NOUN" and token.tag_ == "NNS")


def _examples(sentence: Span) -> list[Token]:
    """The last word of each name that follows "like" or "such as" in the sentence."""
    found: list[Token] = []
    doc = sentence.doc
    for token in sentence:
        opens = token.lower_ == "like" or (token.lower_ == "as" and token.i and doc[token.i - 1].lower_ == "such")
        if not opens:
            continue
        at = token.i + 1
        run: list[Token] = []
        while at < sentence.end and doc[at].pos_ == "PROPN" and not doc[at].text.startswith("@"):
            run.append(doc[at])
            at += 1
        if len(run) >= 2 and any(t.ent_type_ == "PERSON" for t in run):
            found.append(run[-1])
            more = at + 1 < sentence.end and doc[at].lower_ in ("and", "or", "&", ",") and doc[at + 1].pos_ == "PROPN"
            if more:
                found.append(doc[at + 1])  # "like Maria Lopez and Tom Reed": more than one example
    return found


def named_example(cue: Cue | None, sentence: Span | None) -> Cue | None:
    """The cue with the example as its speaker, when its speaker is a crowd and the introducing sentence
    names one person after "like" or "such as"; else the cue as it was."""
    if cue is None or cue.speaker is None or sentence is None or not _crowd(cue.speaker):
        return cue
    examples = _examples(sentence)
    return replace(cue, speaker=examples[0]) if len(examples) == 1 else cue
