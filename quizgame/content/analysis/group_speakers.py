"""A person's name modifying a group or a role: 'the Clinton campaign', 'Sanders aides', 'the Trump
administration', 'a Clinton spokesman', 'Ortiz supporters'.

English puts the head of a noun phrase last; the words before it, a name among them, say which one. When
the subject's head is a common noun (written in lower case) and a name stands before it as a compound or a
possessive, the speaker is the group or the role, not the person named: what 'Sanders aides said' is the
aides' word, and 'the Trump administration' speaks for a government, not for one man (the tuned sets write
`[Trump administration, the administration]`, kind organization, and `[Odinga supporters]`, anonymous).
'Clinton spokesman Brian Fallon' is different: its head is the name, and the person speaks.

The resolver then reads the phrase as it reads any description: a group noun is an organization, people
unnamed are anonymous, one unnamed spokesperson speaks for a body (described_kinds.py). Nouns for documents
and posts are left to their own rules ('Lee's tweet said' is Lee's post, medium_owner in cue_subjects.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.person_names import person_noun
from quizgame.content.analysis.speakers import People

_MODIFIERS = ("compound", "nmod", "poss")
# groups around a person the lexicon does not list as speakers: 'Ortiz allies', 'the Ruiz family'
_GROUPS = frozenset({"ally", "family", "adviser", "advisor", "staff", "loyalist"})


def name_modifies_group(head: Token, people: People, lexicon: Lexicon) -> bool:
    """The subject is a group or a role that a person's name only modifies ('the Clinton campaign')."""
    if head.pos_ != "NOUN" or not head.text[:1].islower() or not _group_noun(head, lexicon):
        return False
    names = [c for c in head.lefts if c.dep_ in _MODIFIERS and _is_name(c, people)]
    if not names:
        return False
    # a person named elsewhere in the subject's words before the head is not only a modifier
    modifiers = [(n.left_edge.idx, n.right_edge.idx + len(n.right_edge.text)) for n in names]
    start, end = head.left_edge.idx, head.idx
    return not any(start <= at < end and not any(a <= at < b for a, b in modifiers) for at, _ in people.mentions)


def _group_noun(head: Token, lexicon: Lexicon) -> bool:
    lemma = head.lemma_.lower()
    return (
        lemma in _GROUPS
        or lemma in lexicon.organization_nouns
        or lemma in lexicon.anonymous_nouns
        or lemma in lexicon.titles
        or person_noun(lemma, lexicon)
    )


def _is_name(modifier: Token, people: People) -> bool:
    """'Clinton', 'Mr. Mugabe's', 'Clinton campaign' (in 'Clinton campaign officials'), 'Sanders' (which the
    tagger reads as a plural noun now and then): a modifier holding a written name the article introduced, or
    one the tagger marks as a person's."""
    start, end = modifier.left_edge.idx, modifier.right_edge.idx + len(modifier.right_edge.text)
    if any(start <= at < end for at, _ in people.mentions):
        return True
    return any(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in modifier.subtree)
