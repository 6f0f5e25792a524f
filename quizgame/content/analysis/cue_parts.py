"""The pieces a cue is made of: the Cue record, the subject of its verb, the span of its words (whether it governs
a clause is in cue_clauses.py, what it governs in cue_content.py).

Kept apart from the finders (cues.py for verbs of saying, cue_phrases.py for source phrases such as
"according to" and "in a statement") so that both read the parse the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon, load_lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.mute_subjects import is_mute_thing, saying_verb, subordinate_speaker
from quizgame.content.analysis.quoted_persons import aside_subject, quoted_person
from quizgame.content.analysis.reading import token_span

_RELATIVE = {"who", "which", "that", "whom"}
CLAUSE_HEADS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "pcomp"}


@dataclass
class Cue:
    verb: Token
    text: str
    speaker: Token | None
    content: tuple[int, int] | None  # reported content (chars), None when it is a quotation
    weak: bool  # attributes only with a quotation
    kind_hint: SpeakerKind | None = None
    via_outlet: str | None = None  # "told KOMO": the statement reached the article through KOMO
    strength: float = 1.0  # how surely the cue attributes (a belief or hearsay less than "said")
    unnamed: str | None = None  # the source a speakerless cue implies ("was accused of": "unnamed accusers")
    in_document: bool = False  # the speaker was named behind a document ("a statement from the group")

    @property
    def offset(self) -> int:
        return self.verb.idx


def subject_of(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and _set_apart(subjects):
        # 'Ana Ruiz, the successor should Lee resign, has said ...': the parser folded a clause set off by commas
        # into the main one; the subject before the commas is the main clause's
        return subjects[0]
    if len(subjects) > 1:  # 'study co-author Professor Carl Lipo' misparsed as several subjects: the name
        return next((c for c in reversed(subjects) if c.pos_ == "PROPN"), subjects[-1])
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":  # '... Lage and minister Balaguer who adds'
                before = verb.doc[child.i - 1]  # the parser hangs 'who' on the first of two joined: the last
                joined = before.i != verb.head.i and before.pos_ == "PROPN" and before.head.dep_ in ("conj", "appos")
                return before if joined and verb.head in before.ancestors else verb.head
            if child.lower_ == "who" and child.i >= 2 and verb.doc[child.i - 1].text == ",":
                before = verb.doc[child.i - 2]  # '..., according to police, who said ...' read as a clause of its own
                if before.pos_ in ("NOUN", "PROPN"):
                    return before
            return child
        if child.dep_ == "nsubjpass":  # 'X is quoted by Fox 32 responding ...': X speaks, the agent reports it
            return child if verb.lemma_.lower() == "quote" else passive_agent(verb)
    agent = passive_agent(verb)
    if agent is not None:  # "described as 'knife-obsessed' by the police"
        return agent
    aside = aside_subject(verb)
    if aside is not None:
        return aside
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
        governor = verb.head.head
        if governor.lemma_.lower() == "quote":  # "was quoted as saying", "quoted the minister as saying"
            subject = next((c for c in governor.children if c.dep_ in ("nsubjpass", "dobj")), None)
            subject = subject or next((c for c in governor.children if c.dep_ == "nsubj"), None)
            return subject or subject_of(governor)
        return subject_of(governor)
    reporter = reporting_verb_above(verb)
    if reporter is not None:
        return subject_of(reporter)
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "acomp") and verb.head.i != verb.i:
        shared = quoted_person(verb) or _passive_subject(verb) or subordinate_speaker(verb, load_lexicon())
        if shared is not None:
            return shared
        return subject_of(verb.head)  # "acomp": 'was more forceful in blaming Iran': the subject of 'was'
    if verb.tag_ == "VBG" and verb.sent.root.i != verb.i:  # "..., stating the airport ..." (misparsed)
        return next((c for c in verb.sent.root.children if c.dep_ == "nsubj"), None)
    return None


def _set_apart(subjects: list[Token]) -> bool:
    """The first subject is followed by a comma before the next one starts (not one long name), and the two are
    not joined by 'and' ('X, which makes Y, and Z ... emphasized' is said by both)."""
    first, second = subjects[0], subjects[1]
    between = first.doc[first.i + 1 : second.left_edge.i]
    joined = any(t.pos_ == "CCONJ" for t in between)
    return first.pos_ == "PROPN" and not joined and any(t.text == "," for t in between)


def _passive_subject(verb: Token) -> Token | None:
    """'Mukherjee was elected in 2012 and served his term, but did not seek reelection, citing his health': an
    active verb joined to a passive one shares its grammatical subject, who acts; the passive's missing agent
    does not ('was criticised by X and responded' keeps the subject too)."""
    clause = verb
    while clause.dep_ in ("advcl", "xcomp", "conj") and clause.head.i != clause.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in clause.children):
            return None  # a clause with a subject or a passive of its own
        if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            if clause.tag_ == "VBN" and not any(c.dep_ == "aux" for c in clause.children):
                return None  # 'was arrested and charged': passive too, its agent unnamed
            subject = next((c for c in clause.head.children if c.dep_ == "nsubjpass"), None)
            passive = any(c.dep_ == "auxpass" for c in clause.head.children)  # 'was elected', not a misparse
            if not passive or subject is None or subject.lower_ in ("it", "this", "that", "which"):
                return None  # 'it is seen as conservative and MPs have complained': no one who acts
            return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None
        clause = clause.head
    return None


def reporting_verb_above(verb: Token) -> Token | None:
    """'He noted that the House did not ratify it, and mentioned an arbitration route': a second verb of saying
    the parser joined to the reported clause ('ratify') belongs with the verb reporting it ('noted'), whose
    subject is speaking; 'she said he denied it and called it a lie' keeps 'he', who denied."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    lexicon = load_lexicon()
    if verb.doc[verb.i - 1].lower_ not in ("and", "but"):
        return None
    if verb.doc[verb.i - 2].text != "," and not _mute_clause(clause, lexicon):
        return None
    if not (saying_verb(verb, lexicon) and saying_verb(clause.head, lexicon)) or saying_verb(clause, lexicon):
        return None
    return clause.head


def _mute_clause(clause: Token, lexicon: Lexicon) -> bool:
    """'said the decision was unlawful and called for an inquiry': with no comma before 'and' the second verb
    may share the reported clause's subject ('said he denied it and called it a lie'), unless that subject is
    a thing that cannot speak (mute_subjects.py)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_mute_thing(subject, lexicon)


def trailing_participle(verb: Token) -> bool:
    """A participle after a comma that the parser hung on a reported clause ('X concurred that the vote was
    a landmark, saying:') rather than on the verb reporting it: when that clause's subject cannot speak
    ('the vote'), the reporting verb's subject is saying it (cues.py decides)."""
    clause = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return subject_of(clause.head) is not None


def passive_agent(verb: Token) -> Token | None:
    """'was declared a pandemic by the WHO': the agent of a passive verb of saying."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def clean_span(anchor: Token, tokens: list[Token]) -> tuple[int, int] | None:
    """The tokens' span within the anchor's paragraph, without spaces and edge punctuation."""
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    paragraph = paragraph_of(anchor)
    tokens = [t for t in tokens if paragraph_of(t) == paragraph]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct and tokens[-1].text != "%" or tokens[-1].dep_ == "cc"):  # "... and"
        tokens.pop()
    tokens = _without_open_aside(tokens)
    if not tokens:
        return None
    return token_span(tokens)


def _without_open_aside(tokens: list[Token]) -> list[Token]:
    """'... a "bridge to the north" (in reference to the Plan Nord)': a bracket the span opens but whose close
    was trimmed as edge punctuation holds the reporter's aside, not the words reported; the span ends before it."""
    depth, opened = 0, None
    for position, token in enumerate(tokens):
        for char in token.text:  # by character: the tokenizer leaves brackets inside words ("hu))Hungarian")
            if char == "(":
                depth, opened = depth + 1, position if depth == 0 else opened
            elif char == ")" and depth:
                depth -= 1
    if not depth or opened is None:
        return tokens
    kept = tokens[:opened]
    while kept and (kept[-1].is_punct and kept[-1].text != "%" or kept[-1].dep_ == "cc"):
        kept.pop()
    return kept


def paragraph_of(token: Token) -> int:
    """Tokens between the same blank lines; counted once per document and cached on it."""
    doc = token.doc
    marks = doc.user_data.get("paragraph_of_token")
    if marks is None:
        marks, current = [], 0
        for t in doc:
            if t.is_space and t.text.count("\n") >= 2 or "\n\n" in t.whitespace_:
                marks.append(current)
                current += 1
            else:
                marks.append(current)
        doc.user_data["paragraph_of_token"] = marks
    return marks[token.i]


def clause_of(token: Token) -> Token:
    """The verb heading the clause a modifier hangs in ('Rescuers, working ..., according to X recovered')."""
    head = token.head
    while head.head.i != head.i and not (head.pos_ in ("VERB", "AUX") and head.dep_ in CLAUSE_HEADS):
        head = head.head
    return head
