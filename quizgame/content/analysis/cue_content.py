"""What a cue's verb governs: the reported content of "said that ...", "accused him of fraud", "called for the
vote to be postponed", and the act itself when the act is the statement ("thanked Best in a post").
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import clean_span, passive_agent, reporting_verb_above
from quizgame.content.analysis.cue_verbs import calls_for
from quizgame.content.analysis.deed_clauses import purpose_clause
from quizgame.content.analysis.lexicon import Lexicon, load_lexicon
from quizgame.content.analysis.mid_cues import around_cue, set_off
from quizgame.content.analysis.occasion_clauses import occasion_clause
from quizgame.content.analysis.reading import token_span
from quizgame.content.analysis.series import within_semicolons
from quizgame.content.analysis.split_clauses import split_clause

_CLAIMED = {"claim", "confirm", "deny", "announce", "acknowledge", "admit"}  # in the passive, the subject is said
_CONTENT_DEPS = {"ccomp", "xcomp", "oprd", "dobj", "attr"}
_CONTENT_PREPS = {"of", "as", "about", "that"}


_PERCEIVING = {"see", "hear", "watch", "notice", "witness", "observe", "spot", "overhear"}


def _perceived(verb: Token) -> bool:
    """'Neighbours heard the couple shouting', 'she saw two groups arguing': a verb of saying seen or heard being
    done, with nothing said of its own, is an act someone perceived; the words before it are not its content."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _PERCEIVING


def statement_noun(prep: Token, lexicon: Lexicon) -> Token | None:
    """The statement a preposition introduces: 'in a statement', 'on Twitter in a post', 'via a release'."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun if noun is not None and noun.lemma_.lower() in lexicon.statement_nouns else None


def _statement_clause(verb: Token) -> list[Token]:
    """'Police said in a statement that the man remained in custody', parsed with the that-clause hung on
    'statement' (a clause saying what the statement holds): the clause is what was said. A relative clause ('in a
    statement that was released on Friday') has no 'that' as its mark and is left out."""
    lexicon = load_lexicon()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "through", "via")):
        noun = statement_noun(prep, lexicon)
        if noun is None:
            continue
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return list(clause.subtree)
    return []


def acted(verb: Token) -> tuple[int, int] | None:
    """'thanked Best' in 'The mayor thanked Best in a post': the act itself is the statement."""
    objects = [t for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd") for t in c.subtree]
    return token_span([verb, *objects])


def content_of(verb: Token, skip: list[Token], calls_for: bool) -> tuple[int, int] | None:
    split = split_clause(verb)  # "claimed Iran ... is influencing": the parser split a clause from its subject
    if split is not None:
        return clean_span(verb, within_semicolons(verb, _without_other_statements(verb, split)))
    around = around_cue(verb)  # "The guardrail would be examined, Roberts said, to determine ...": both sides
    if around is not None:
        return clean_span(verb, within_semicolons(verb, _without_other_statements(verb, around)))
    tokens: list[Token] = []
    for child in verb.children:
        if child in skip or child.dep_ in ("nsubj", "nsubjpass") or _addressee(verb, child) or purpose_clause(child):
            continue
        content = child.dep_ in _CONTENT_DEPS or (child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS)
        if content or _second_that_clause(verb, child):
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "on" and any(c.dep_ == "xcomp" for c in verb.children):
            tokens.extend(child.subtree)  # "called on Turkey to halt the drilling": whom it was asked of
        elif child.dep_ == "npadvmod" and child.i > verb.i and any(c.dep_ == "dobj" for c in verb.children):
            tokens.extend(child.subtree)  # "reported Monday's attack the deadliest since ..."
    if tokens and all(_topic(t) for t in tokens):
        tokens = []  # "warned people about the outbreak", "told us about her ordeal": a topic, nothing stated
    if tokens and max(t.i for t in tokens) > verb.i:
        tokens.extend(_rest_of_statement(verb, skip, max(t.i for t in tokens)))
        objects = any(c.dep_ == "dobj" for c in verb.children)
        clause = any(c.dep_ in ("ccomp", "xcomp", "oprd") and not purpose_clause(c) for c in verb.children)
        said = any(c.lower_ in ("that", "about") or (c.lower_ == "of" and not objects) for c in verb.children)
        if not clause and not said:  # "acknowledged the deal", "claimed victory", "accused him of fraud": the act
            tokens.append(verb)
            tokens.extend(c for c in verb.lefts if c.i == verb.i - 1 and _manner(c))  # "sharply criticized"
    if not tokens:
        tokens = _statement_clause(verb) or occasion_clause(verb, load_lexicon())  # 'told them after the vote that'
    if (
        not tokens
        and verb.lemma_.lower() in _CLAIMED
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and (passive_agent(verb) is not None)
    ):
        tokens = list(verb.subtree)  # "The attack was claimed by the Houthi movement": all of it
    if not tokens and calls_for:  # "called for the election to be postponed"
        tokens = [t for c in verb.children if c.dep_ in ("prep", "advcl") and c.i > verb.i for t in c.subtree]
    reported = set_off(verb) if not tokens else None
    if reported:
        tokens = reported
    if not tokens and verb.dep_ == "ccomp" and _reported_by(verb):
        tokens = []  # 'Witnesses said Rourke often boasted about his connections': what the witnesses said
    elif not tokens and verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i and not _perceived(verb):
        own = set(verb.subtree)
        tokens = [t for t in verb.head.subtree if t not in own and t.i < verb.i]
    elif not tokens and verb.dep_ == "parataxis":  # "These orcas, she suggested, specialize in ..."
        own = set(verb.subtree)
        tokens = [t for t in verb.head.subtree if t not in own]
    elif not tokens and verb.dep_ == "ROOT":
        tokens = _fronted_words(verb)
    return clean_span(verb, within_semicolons(verb, _without_other_statements(verb, tokens)))


def _second_that_clause(verb: Token, child: Token) -> bool:
    """'said that 19 countries had begun using it, and that supplies were no longer a problem': after a comma the
    parser joins the second that-clause to the verb as a conjunct; its 'that' says it is a second thing said."""
    if child.dep_ != "conj" or child.i < verb.i:
        return False
    marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
    return marked and any(c.dep_ == "ccomp" and c.i < child.i for c in verb.children)


def _addressee(verb: Token, child: Token) -> bool:
    """'told the newspaper O Globo that ...': the parser makes both 'newspaper' and 'Globo' objects of 'told' (or
    the name a clause of its own); whom one tells stands before the clause told, so an object of 'tell' before its
    clause is no content."""
    if verb.lemma_.lower() != "tell" or child.dep_ not in ("dobj", "ccomp"):
        return False
    if child.dep_ == "ccomp" and (
        child.pos_ != "PROPN" or any(c.dep_ not in ("compound", "punct") for c in child.children)
    ):
        return False  # a clause; but 'told the news website Sahelien.com that ...' may make the bare name one
    return any(c.dep_ == "ccomp" and c.left_edge.i > child.i for c in verb.children)


def _fronted_words(verb: Token) -> list[Token]:
    """'A new vaccine cut infections by 77 percent, researchers reported on Thursday.': the parser read no clause
    before the comma ('cut' as a noun) and hung its words on the verb (a bare 'dep', a second subject, a long
    noun phrase of measure); 'words, subject verb (when).' still reports the words before the comma."""
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= verb.sent.start:
        return []
    comma = verb.doc[subject.left_edge.i - 1]
    if comma.text != "," or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.rights):
        return []
    before = [t for t in verb.sent if t.i < comma.i]
    misread = any(t.head == verb and (t.dep_ in ("dep", "nsubj") or _long_noun_phrase(t)) for t in before)
    return before if misread else []


_TIME_NOUNS = frozenset("second minute hour day night week month year decade time moment morning evening".split())


def _long_noun_phrase(token: Token) -> bool:
    """'A new malaria vaccine cut infections by 77 percent in young children, researchers reported': the words read
    as a noun phrase of measure on the verb, too long and timeless for one ('Last week, researchers reported')."""
    timed = token.lemma_.lower() in _TIME_NOUNS or any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)
    return token.dep_ == "npadvmod" and not timed and sum(1 for _ in token.subtree) >= 6


def _reported_by(verb: Token) -> bool:
    """A verb inside the clause of a verb of saying that has its own subject before it ('Colleagues said the
    senator often complained about the schedule') is part of that statement; the words before it are the
    statement's source, not what this verb says."""
    head = verb.head
    if head.lemma_.lower() not in load_lexicon().strong_cues or not head.i < verb.i:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or own is None or not subject.i < head.i < own.i < verb.i:
        return False  # '"We're a tough regime, no one denies that," says an official': inverted, it closes
    return subject.left_edge.i == head.left_edge.i  # '..., CNN reported the governor said': a statement before


def _topic(token: Token) -> bool:
    """Inside a phrase 'about X' hung on the verb: what the words were about, not what they said ('about a
    dozen officers blocked the road' is a number's 'about', a quantity modifier, not this preposition)."""
    head = next((a for a in [token, *token.ancestors] if a.dep_ == "prep" and a.lower_ == "about"), None)
    return head is not None and head.head.pos_ in ("VERB", "AUX")


def _without_other_statements(verb: Token, tokens: list[Token]) -> list[Token]:
    """'Officials say the dam is safe, while residents say it could burst': a clause inside the content with a
    subject and a verb of saying of its own, joined after it, is another statement, not part of this one."""
    lexicon = load_lexicon()
    inside = set(tokens)
    others = [
        t
        for t in tokens
        if t.i > verb.i
        and t.dep_ in ("advcl", "conj")
        and t.pos_ == "VERB"
        and t.lemma_.lower() in lexicon.strong_cues
        and any(c.dep_ == "nsubj" for c in t.children)
        and t.head in inside
        and not _subordinate_time(t)
    ]
    # 'told MPs that the detention was "arbitrary" and called for her release': a verb of saying joined with no
    # comma to a reported clause whose subject is a thing (cue_parts.reporting_verb_above) is a statement of its
    # own, attributed to this verb's subject; with a comma ('noted that ..., and mentioned') it stays in
    others += [
        t
        for t in tokens
        if t.dep_ == "conj"
        and t.i > verb.i
        and t.doc[t.i - 2].text != ","
        and (t.lemma_.lower() in lexicon.strong_cues or calls_for(t))
        and reporting_verb_above(t) == verb
    ]
    if not others:
        return tokens
    cut = set()
    for other in others:
        cut.update(other.subtree)
        cut.update(c for c in other.head.children if c.dep_ in ("cc", "mark") and c.i < other.left_edge.i)
    return [t for t in tokens if t not in cut]


_TIME_OR_CAUSE = frozenset("when after before until once since because as if".split())


def _subordinate_time(clause: Token) -> bool:
    """'Hariri said the breakthrough came when Siniora conceded to the opposition': a clause of time or cause on a
    verb of the content tells when or why the reported thing happened; it is part of what was said, not a second
    statement ('while residents say it could burst' is one)."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_OR_CAUSE and c.i < clause.i for c in clause.children
    )


_NOT_MANNER = {
    "only",
    "early",
    "reportedly",
    "allegedly",
    "previously",
    "recently",
    "initially",
    "subsequently",
    "finally",
    "repeatedly",
    "apparently",
    "likely",
}


def _manner(token: Token) -> bool:
    """How something was said ('sharply criticized') belongs to it; when ('also', 'previously') does not."""
    return token.dep_ == "advmod" and token.lower_.endswith("ly") and token.lower_ not in _NOT_MANNER


_CONTRAST = {"while", "whereas", "although", "though", "but", "before", "after", "when"}
_NOT_CONTENT = {"conj", "cc", "punct", "nsubj", "nsubjpass", "dative", "agent"}


def _rest_of_statement(verb: Token, skip: list[Token], end: int) -> list[Token]:
    """'reported Monday's attack the deadliest since an assault in Ghazni': what follows the content
    in the verb's clause still belongs to it, except another verb joined by 'and' or 'while'."""
    rest: list[Token] = []
    for child in verb.rights:
        if child.i <= end or child in skip or child.dep_ in _NOT_CONTENT or purpose_clause(child):
            continue  # 'declared a state of emergency so she could move money': why it was done, not what was said
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in child.children):
            break  # "..., while noting ...": another statement, not more of this one
        rest.extend(child.subtree)
    return rest
