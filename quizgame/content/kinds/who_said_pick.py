"""Which of one article's who_said candidates a student gets, and with which options.

Teacher readings (reading3's cause 6, reading4's cause 7) found two faults in an article's set:
- two blockquoted posts of a string of posts, one made through the lead-in line and one through the
  analysis's own speaker, so the cap on posts (`_POSTS`) held for one path only;
- items sharing one pool of names, each key a distractor of the other: having answered the first,
  a student strikes its key from the second.
So a post is any item whose evidence stands in a blockquote, however it was made, and an item is
remade without the keys of the items kept before it (dropped when no one else is left to offer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizgame.content.kinds import trace
from quizgame.content.kinds.common import Coverage
from quizgame.content.kinds.readable import in_blockquote
from quizgame.content.question_files import QuestionRecord

POSTS = 1  # blockquoted posts per article (two had the same options and the same lesson)
CONTROLS = 1  # quotations whose speaker the sentence names, per article
_CONTROL_WORDS = 9  # 'Who said "..."?' with six words quoted or more

Remake = Callable[[frozenset[str]], "QuestionRecord | None"]


def is_post(item: Coverage, question: QuestionRecord) -> bool:
    """Is the question about a blockquoted post or quotation (whichever path made it)?"""
    return question.evidence is not None and in_blockquote(item.body, question.evidence.start)


def key_of(question: QuestionRecord) -> str:
    return question.choices[question.answer[0]]


def pick(
    item: Coverage, regular: Sequence[QuestionRecord], controls: Sequence[QuestionRecord], remake: dict[str, Remake]
) -> list[QuestionRecord]:
    """The article's items: every regular item but the posts beyond `POSTS`, then `CONTROLS` controls,
    each with options that hold no key of an item kept before it."""
    posts = sorted((q for q in regular if is_post(item, q)), key=lambda q: q.id)
    chosen = [q for q in regular if not is_post(item, q) or q in posts[:POSTS]]
    for q in posts[POSTS:]:
        trace.drop(item.slug, q.kind, q.prompt, f"one blockquoted post per article (who_said_pick.POSTS={POSTS})")
    # The control with words enough to weigh ("Witch Hunt garbage." says little of who would say it).
    chosen += sorted(controls, key=lambda q: (len(q.prompt.split()) < _CONTROL_WORDS, q.id))[:CONTROLS]
    kept: list[QuestionRecord] = []
    for question in chosen:
        keys = frozenset(key_of(k) for k in kept)
        if keys & set(question.choices):
            remade = remake[question.id](keys) if question.id in remake else None
            if remade is None:
                trace.drop(item.slug, question.kind, question.prompt, "its options hold an earlier item's key")
                continue
            question = remade
        kept.append(question)
    return kept
