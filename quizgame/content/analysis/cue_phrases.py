"""Source phrases that attribute without a verb of saying of their own: "according to X" and "per X"
anywhere in the sentence, "in a statement" / "in a post on Twitter" on any verb, "issued a statement
deploring ...", and the agent behind a source noun ("projections by CNN", "a report from ABC").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgame.content.analysis.cue_content import acted
from quizgame.content.analysis.cue_parts import Cue, clause_of, clean_span, paragraph_of, subject_of
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.not_stated import negated
from quizgame.content.analysis.noun_cues import ANNOUNCING, ISSUING_VERBS, noun_cue
from quizgame.content.analysis.quoted_persons import expressed_by
from quizgame.content.analysis.source_openers import alternative_content, lost_source
from quizgame.content.analysis.split_clauses import split_clause

_PUBLISHING = {"report", "publish", "release", "issue", "provide", "compile", "produce", "sign", "make"}


def phrase_cue(token: Token, lexicon: Lexicon, cues: dict[int, Cue]) -> None:
    """The cue a token opens, if it opens one of the source phrases; added to `cues` by verb index."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        to = next(c for c in token.children if c.lower_ == "to")
        _source_cue(token, to, "according to", cues)
    elif token.lower_ == "per" and token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
        if token.i == token.sent.start or token.doc[token.i - 1].is_punct:  # "Per the decree, ..." not "$5 per day"
            _source_cue(token, token, "per", cues)
    elif token.dep_ == "prep" and token.lower_ in ("in", "on", "via"):
        _statement_cue(token, lexicon, cues)
    elif token.pos_ == "VERB" and token.lemma_.lower() in ISSUING_VERBS:
        _issued_cue(token, lexicon, cues)
    elif token.pos_ == "NOUN":
        noun_cue(token, cues)


def _source_cue(opener: Token, prep: Token, words: str, cues: dict[int, Cue]) -> None:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) > 1 and objects[0].pos_ != "PROPN":  # 'according to vice-premier Carlos Lage' cut at '-'
        objects = [o for o in objects if o.pos_ == "PROPN"][-1:] or objects
    source = expressed_by(objects[0]) if objects else lost_source(opener, prep)
    if source is None:
        return
    alternative = alternative_content(opener)
    if alternative is not None:
        cues[opener.i] = Cue(opener, words, source, clean_span(opener, alternative), weak=False)
        return
    sent = opener.sent
    own = set(opener.subtree)
    if opener.i == sent.start:  # "Per the decree signed by ..., priests ...": the phrase ends at its comma
        comma = next((t for t in sent if t.i > source.i and t.text == ","), None)
        if comma is not None and source.right_edge.i < sent.root.i < comma.i:
            comma = None  # 'According to them the company is responsible for ..., unemployment and deaths': no comma
        if comma is not None:
            own = {t for t in sent if t.i <= comma.i}
        else:
            own |= set(source.subtree)
        clause = [t for t in sent if t not in own]
    elif opener.i > sent.root.i and all(t.is_punct or t.is_space or t in own for t in sent if t.i > opener.i):
        # (the line break closing a paragraph is no word of the sentence)
        clause = [t for t in sent if t.i < opener.i]  # "..., according to X." covers its whole sentence
        text = opener.doc.text  # ... after any quotation that closed a sentence of its own before it
        ends = [m.end() for m in re.finditer(r"[.!?][\"”]", text[sent.start_char : opener.idx])]
        if ends:
            clause = [t for t in clause if t.idx >= sent.start_char + ends[-1]]
    else:
        head = clause_of(opener) if opener.head.i != opener.i else opener
        clause = [t for t in head.subtree if t not in own and t.sent == sent] if head.i != opener.i else []
        if clause and opener.doc[opener.i - 1].text == "," and all(t.i > opener.i for t in clause):
            # '..., according to police, who said officers arrived ...': the parser hung the phrase on the
            # relative clause after it; the phrase sources what comes before its comma
            clause = [t for t in sent if t.i < opener.i - 1]
    content = clean_span(opener, [t for t in clause if not t.is_punct]) if clause else None
    cues[opener.i] = Cue(opener, words, source, content, weak=False)


def source_noun(token: Token, lexicon: Lexicon) -> bool:
    """The lemmatizer makes 'data' 'datum'; the lexicon lists the word as news writes it."""
    return token.lemma_.lower() in lexicon.source_nouns or token.lower_ in lexicon.source_nouns


def source_behind(token: Token | None, lexicon: Lexicon) -> Token | None:
    """'Projections by CNN and NPR', 'a report from ABC Australia', 'numbers reported by the AP',
    'a statement by spokesperson Harry Roque': the source is the agent, not the noun."""
    if token is None or token.pos_ != "NOUN" or not source_noun(token, lexicon):
        return token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is not None:
                return agent
        if child.dep_ == "acl" and child.lemma_.lower() in _PUBLISHING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if pobj is not None:
                return pobj
    if token.dep_ == "dobj" and token.head.lemma_.lower() in ISSUING_VERBS:
        issuer = subject_of(token.head)  # "The company released a statement which read ...": the company
        if issuer is not None and issuer.pos_ in ("PROPN", "NOUN"):
            return issuer
    return token


def _issued_cue(verb: Token, lexicon: Lexicon, cues: dict[int, Cue]) -> None:
    """'Ban Ki-moon issued a statement deploring the violence': the statement's content is reported."""
    if verb.i in cues:
        return
    saying = lexicon.statement_nouns | ANNOUNCING
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in saying), None)
    if noun is None:
        return
    tokens = [
        t
        for c in noun.children
        if c.dep_ in ("acl", "relcl", "ccomp", "appos") and not _reads_out(c, lexicon)
        for t in (split_clause(c) or c.subtree)  # "a statement saying an attack ... produced no casualties"
    ]
    tokens += [t for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree]
    tokens = [t for t in tokens if not t.is_space and not t.is_punct]
    after = noun.right_edge.i + 1
    if not tokens and after < len(verb.doc) and verb.doc[after].text == ":":  # "made an announcement: Wang ..."
        tokens = [t for t in verb.doc[after + 1 : verb.sent.end] if not t.is_space]
        tokens = tokens if tokens and paragraph_of(tokens[0]) == paragraph_of(noun) else []
    content = clean_span(noun, tokens) if tokens else None
    words = verb.doc[verb.i : noun.i + 1].text
    kind: SpeakerKind | None = "social_media" if noun.lemma_.lower() in ("tweet", "post") else None
    cues[verb.i] = Cue(verb, words, subject_of(verb), content, weak=False, kind_hint=kind)


def _reads_out(clause: Token, lexicon: Lexicon) -> bool:
    """'a statement which read, in part, "..."': the clause's own verb of saying carries the words."""
    lemma = clause.lemma_.lower()
    return clause.dep_ == "relcl" and (lemma == "read" or lemma in lexicon.strong_cues)


def _statement_cue(prep: Token, lexicon: Lexicon, cues: dict[int, Cue]) -> None:
    """'The mayor thanked Best in a post on Twitter': the verb attributes through the post."""
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i in cues or negated(verb):  # 'did not admit defeat in his statement'
        return
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in lexicon.statement_nouns:
        return
    outlet, hint, phrase = source_phrase(prep, lexicon)
    kind: SpeakerKind = hint or ("document" if noun.lemma_.lower() in lexicon.document_nouns else "named")
    cues[verb.i] = Cue(
        verb, phrase, subject_of(verb), acted(verb), weak=False, kind_hint=kind if hint else None, via_outlet=outlet
    )


def source_phrase(prep: Token, lexicon: Lexicon) -> tuple[str | None, SpeakerKind | None, str]:
    """('CNN', None, 'in an interview with CNN') or (None, 'social_media', 'in a post on Twitter')."""
    subtree = list(prep.subtree)
    phrase = prep.doc[subtree[0].i : subtree[-1].i + 1].text
    outlet = None
    hint: SpeakerKind | None = None
    for token in subtree:
        if token.dep_ == "pobj":
            kind = lexicon.outlet_kind(noun_words(token))
            if kind == "outlet":
                outlet = outlet_name(token)
            if kind == "social_media" or token.lemma_.lower() in ("tweet", "post") and token.pos_ == "NOUN":
                hint = "social_media"
    return outlet, hint, phrase


def interview_outlet(verb: Token, lexicon: Lexicon) -> str | None:
    """'Best, in an interview with "Good Morning America", said ...': the outlet the words were given to."""
    for token in verb.sent:
        if token.lemma_.lower() in ("interview", "appearance") and token.pos_ == "NOUN":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "to")):
                outlet = source_phrase(prep, lexicon)[0]
                if outlet:
                    return lexicon.outlet_name(outlet)
    return None


def noun_words(head: Token) -> str:
    """The name a noun heads, with its compounds ('Good Morning America'), without quotation marks."""
    start = head.left_edge.i
    while start < head.i and (head.doc[start].is_punct or head.doc[start].dep_ in ("det", "case")):
        start += 1
    return head.doc[start : head.i + 1].text.strip("\"“”'’ ")


def outlet_name(head: Token) -> str:
    text = noun_words(head)
    for suffix in ("’", "'", "’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.removeprefix("the ").removeprefix("The ")
