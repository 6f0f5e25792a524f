"""'They' and 'it': the party a plural or collective pronoun stands for, read from the small model's parse, and
which subjects can speak at all (a name, a group, people, a document: not "margins" or "the attack").

Split from pronouns.py (which resolves 'he' and 'she' and calls `collective` for the rest).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon

_WINDOW = 3  # sentences back in which a pronoun looks for its antecedent first (as pronouns.py)


def collective(head: Token, lexicon: Lexicon, plural: bool) -> Token | None:
    """'They concluded ...' after 'an assembly of foreign ministers denounced ...'; 'it said' after a company.
    The antecedent is a subject that can speak: a name, a group, people, officials. A 'they' that says
    something most often continues the last party that said something ('US authorities claimed ... They
    also stated ...'), further back than the people who merely did something in between."""
    governing = _governing_subject(head, lexicon, plural)
    if governing is not None:
        return governing
    if plural:
        same = _antecedent(head, lexicon, plural, 1, speaking=False, collective=True)
        if same is not None:  # "after the network dropped the ads, which they said ...": one body as 'they'
            return same
    if plural and _says(head.head, lexicon):
        speaker = _antecedent(head, lexicon, plural, _SPEAKER_WINDOW, speaking=True)
        if speaker is not None:
            return speaker
    return _antecedent(head, lexicon, plural, _WINDOW, speaking=False)


_MAIN_CLAUSE = ("ROOT", "conj", "parataxis")
_SPEAKER_WINDOW = 5  # sentences back in which a 'they' that speaks looks for a party that spoke


def _antecedent(
    head: Token, lexicon: Lexicon, plural: bool, window: int, speaking: bool, collective: bool = False
) -> Token | None:
    """The nearest subject before `head` that can speak and agrees in number; with `collective`, a 'they'
    may also stand for one body (an organisation, a company, a party)."""
    doc = head.doc
    sent = head.sent
    tokens = list(doc[sent.start : head.i])
    for _ in range(window):
        for token in reversed(tokens):
            if not plural and _document_subject(token, lexicon):
                return token  # 'The inquiry's report was released in February. It recommended ...': the report
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
                continue
            if not can_speak(token, lexicon) and (plural or not _named_body(token)):
                continue
            if speaking and (
                token.dep_ != "nsubj" or not _says(token.head, lexicon) or token.head.dep_ not in _MAIN_CLAUSE
            ):
                continue  # 'in which Turkey and Libya agreed on borders' is no party speaking in the story
            if _agrees(token, lexicon, plural, collective):
                return token
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        tokens = list(sent)
    return None


def _agrees(token: Token, lexicon: Lexicon, plural: bool, collective: bool) -> bool:
    many = (
        token.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in token.children)
        or any(p.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in p.children) for p in token.children)
    )  # "an assembly of foreign ministers"
    group = token.lemma_.lower() in lexicon.organization_nouns or token.ent_type_ in ("ORG", "NORP", "GPE")
    if not plural and not group:  # 'The operator, Serra Verde Mineração, ... It also said ...'
        group = _named_body(token)
    return (plural and (many or collective and group)) or (not plural and group and not many)


def _governing_subject(head: Token, lexicon: Lexicon, plural: bool) -> Token | None:
    """'The guild wants Google to drop the books, as they claim ...': a 'they' or 'it' opening an adverbial
    clause stands for the subject of the clause it hangs from, not for a party named inside that clause."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    governor = verb.head
    while governor.dep_ in ("xcomp", "ccomp") and governor.head.i != governor.i and _infinitive(governor):
        governor = governor.head  # 'wants Google to drop them, as they claim': the wanting party claims it
    subject = next((c for c in governor.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject.pos_ == "PRON" or not (can_speak(subject, lexicon) or _named_body(subject)):
        return None
    named = plural and subject.pos_ == "PROPN"  # a body by its name ('The Authors Guild') may be 'they'
    return subject if named or _agrees(subject, lexicon, plural, collective=True) else None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _named_body(token: Token) -> bool:
    """'The mine's operator, Serra Verde Mineração,': a common noun whose name, set beside it, is no person's."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" for c in token.children
    )


def _document_subject(token: Token, lexicon: Lexicon) -> bool:
    """A singular document noun as a main clause's subject ('The audit was published on Monday', 'The report,
    released in February, concluded ...'): an 'it' after it that says or finds something is the document."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.lemma_.lower() in lexicon.document_nouns
        and token.head.dep_ in _MAIN_CLAUSE
    )


def _says(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of saying, believing or judging ('stated', 'concluded', 'denounced')."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (
        lemma in lexicon.strong_cues or lemma in lexicon.clausal_cues or lemma in lexicon.weak_cues
    )


_COMPOUNDED = ("witness", "worker", "resident", "official", "activist", "member")


def can_speak(token: Token, lexicon: Lexicon) -> bool:
    """A name, a group, people or a document: not "margins", "the attack" or "the frequency of ..."."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or lemma in lexicon.anonymous_nouns
        or any(lemma.endswith(noun) for noun in _COMPOUNDED if noun in lexicon.anonymous_nouns)  # "eyewitness"
        or lemma in lexicon.organization_nouns
        or lemma in lexicon.titles
        or lemma in lexicon.outlet_nouns
        or lemma in lexicon.document_nouns
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )
