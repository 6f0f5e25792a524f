"""Sentences that name their source without a verb of saying at their head, read from the parse.

- An estimate: a party that can speak *places* or *puts* a figure somewhere ("The news agency AFP has placed the
  protester death count in the hundreds", "The United States Geological Survey placed the epicenter of the quake
  about eight kilometers southwest of ..."): the figure is that party's, as "estimated" would say.
- An aside opened by 'as' ("..., as the video shows clearly:", "As revealed at trial, the Turpins had kept ...",
  "..., as news sources noted, ..."): the clause hangs on a verb of showing or saying, and what it shows or says
  is the sentence around it.
- An impersonal passive of saying over a clause ("It has been widely argued that ...", "It was reported he ...").
- A sentence opened by the document or talk it reads from ("In the document, the writer supposes ..."), or 'it' and
  'they' finding or showing after a document, a recording or researchers earlier in the paragraph.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.reading import Reading

_PLACING = frozenset(["place", "put"])
# What a party's estimate fixes: "placed the death count", "put the toll at 40", "placed the epicenter".
_MEASURES = frozenset(
    "count toll number figure total tally estimate cost damage epicenter epicentre magnitude death deaths "
    "casualties loss losses size turnout".split()
)
# Verbs an 'as' aside hangs on when it names a source: 'as the video shows', 'as revealed at trial'. Not every
# verb of saying: 'as long as the reusers attribute the author' and 'as agreed' tell no source.
_SHOWING = frozenset(
    "show reveal report confirm announce say state note illustrate document demonstrate indicate explain".split()
)


def sourced_without_cue(reading: Reading, sentence: Span, lexicon: Lexicon) -> bool:
    root = sentence.root
    return (
        _estimate(root, lexicon)
        or any(_as_aside(t) for t in sentence)
        or _impersonal(root)
        or _in_a_document(root, lexicon)
        or _read_from_a_document(reading, sentence, lexicon)
    )


def _estimate(root: Token, lexicon: Lexicon) -> bool:
    if root.lemma_.lower() not in _PLACING:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (can_speak(subject, lexicon) or subject.ent_type_ in ("ORG", "PERSON")):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _MEASURES for c in root.children)


def _as_aside(token: Token) -> bool:
    """'as' marking a clause on a verb of showing or saying that hangs on the main clause ('as the video shows'),
    or opening a past participle of one ('As revealed at trial')."""
    if token.lower_ != "as" or token.dep_ != "mark":
        return False
    verb = token.head
    return verb.dep_ == "advcl" and verb.lemma_.lower() in _SHOWING and verb.head.pos_ in ("VERB", "AUX")


_IMPERSONAL = frozenset("argue report say claim allege suggest believe think rumour rumor state note estimate".split())


def _impersonal(root: Token) -> bool:
    """'It has been widely argued that social media has made it unfeasible ...', 'It was reported he was in a
    coma': an impersonal passive of saying over a clause tells that the clause was said, by people it leaves
    unnamed; the clause is theirs, not the reporter's (annotators do not list these; 'reportedly', in the
    reporter's clause, they do)."""
    children = list(root.children)
    return (
        root.lemma_.lower() in _IMPERSONAL
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in children)
        and any(c.dep_ == "ccomp" for c in children)
    )


_SPOKEN = frozenset(["interview", "speech"])
_RESEARCHERS = frozenset(["researcher", "scientist", "study", "survey"])


def _in_a_document(root: Token, lexicon: Lexicon) -> bool:
    """'In the document, the writer supposes a "cultural and ethnic replacement"', 'In the filing itself Ford also
    made this point, writing "...': a sentence opened by the document or talk it reads from tells what that says."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i == root.sent.start:
            nouns = [c for c in child.children if c.dep_ == "pobj" and _determined(c)]  # not 'In order to ...'
            if any(n.lemma_.lower() in lexicon.document_nouns | _SPOKEN for n in nouns):
                return True
    return False


_READING_VERBS = frozenset(["show", "reveal", "find", "depict", "indicate", "suggest", "conclude"])


def _read_from_a_document(reading: Reading, sentence: Span, lexicon: Lexicon) -> bool:
    """'Here, researchers evaluated CT scans ... They found frogs that had similar ecological niches ...', 'The
    video, "Koboy Palmerah", ... It showed a man ... confronting a motorcyclist': 'it' or 'they' finding or showing,
    after a document, a recording or researchers were the subject of a sentence earlier in the paragraph, is that
    source's finding ('Police searched the house. They found a gun.' has no such subject)."""
    root = sentence.root
    if root.lemma_.lower() not in _READING_VERBS or any(c.dep_ == "neg" for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("it", "they"):
        return False
    start = reading.paragraph_starts[reading.paragraph_of(sentence.start_char)]
    sources = lexicon.document_nouns | _RESEARCHERS
    return any(
        t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in sources
        for t in sentence.doc
        if start <= t.idx < sentence.start_char
    )


def _determined(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in noun.children)
