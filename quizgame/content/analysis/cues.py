"""Cues: the words that attribute a statement ("said", "told KOMO", "according to", "in a post").

A cue knows its verb, its wording, the token of its speaker (still to be resolved), the span of
any reported content it governs, and hints about the source ("tweeting" is social media, "told
KOMO" passes through an outlet).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.reading import Reading, token_span

_CONTENT_DEPS = {"ccomp", "xcomp", "oprd", "dobj", "attr"}
_CONTENT_PREPS = {"of", "as", "about", "that"}
_ADDRESSEE_VERBS = {"tell", "inform", "brief", "ask", "warn", "urge", "thank"}
_ISSUING_VERBS = {"issue", "release", "publish", "send", "post", "put"}
_SOCIAL_VERBS = {"tweet", "post", "retweet"}


@dataclass
class Cue:
    verb: Token
    text: str
    speaker: Token | None
    content: tuple[int, int] | None   # reported content (chars), None when it is a quotation
    weak: bool                        # attributes only with a quotation
    kind_hint: SpeakerKind | None = None
    via_outlet: str | None = None     # "told KOMO": the statement reached the article through KOMO

    @property
    def offset(self) -> int:
        return self.verb.idx


_CLAUSE_DEPS = {"ROOT", "advcl", "conj", "relcl", "ccomp", "xcomp", "acl", "parataxis", "pcomp"}
_RELATIVE = {"who", "which", "that", "whom"}


def find_cues(reading: Reading, lexicon: Lexicon, surnames: set[str]) -> list[Cue]:
    cues: dict[int, Cue] = {}
    for token in reading.doc:
        if token.is_space or reading.in_quote(token):
            continue
        lemma = _cue_lemma(token, lexicon)
        if lemma is not None:
            if not _negated(token) and not _reduced_passive(token):
                weak = lemma not in lexicon.strong_cues and not _calls_for(token)
                cue = _verb_cue(token, lexicon, weak=weak, lemma=lemma)
                if cue.speaker is None:
                    cue.speaker = _name_before(token, surnames)
                cues[token.i] = cue
        elif token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            cue = _according_cue(token)
            if cue is not None:
                cues[token.i] = cue
        elif token.dep_ == "prep" and token.lower_ in ("in", "on", "via"):
            _statement_cue(token, lexicon, cues)
        elif token.pos_ == "VERB" and token.lemma_.lower() in _ISSUING_VERBS:
            _issued_cue(token, lexicon, cues)
    return sorted(cues.values(), key=lambda c: c.offset)


def _cue_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The verb of saying a token is, if any; the tagger takes "tweeting" for a noun at times."""
    if token.pos_ != "VERB" and not (token.dep_ in _CLAUSE_DEPS and token.tag_ in ("NN", "VBG")):
        return None
    for form in (token.lemma_.lower(), token.lower_.removesuffix("ing"), token.lower_.removesuffix("ed")):
        if form in lexicon.strong_cues or form in lexicon.weak_cues:
            return form
    return None


_HEARSAY = {"say", "report", "believe", "think", "know", "rumor", "rumour", "expect", "allege"}


def _reduced_passive(verb: Token) -> bool:
    """'an attack said to have killed 140', 'soldiers, reported to number about 100': hearsay, no speaker."""
    doc = verb.doc
    if verb.lemma_.lower() in _HEARSAY and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to":
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children
    )


def _calls_for(verb: Token) -> bool:
    """'called for the election to be postponed' is a public demand, quoted or not."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() in ("call", "ask")
        and any(c.dep_ in ("prep", "mark") and c.lower_ == "for" for c in children + [g for c in children for g in c.children])
        and not any(c.dep_ == "dobj" for c in children)
    )


def _issued_cue(verb: Token, lexicon: Lexicon, cues: dict[int, "Cue"]) -> None:
    """'Ban Ki-moon issued a statement deploring the violence': the statement's content is reported."""
    if verb.i in cues:
        return
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.statement_nouns), None)
    if noun is None:
        return
    tokens = [t for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp", "appos") for t in c.subtree]
    tokens += [t for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree]
    tokens = [t for t in tokens if not t.is_space and not t.is_punct]
    content = token_span(tokens) if tokens else None
    words = verb.doc[verb.i : noun.i + 1].text
    kind: SpeakerKind | None = "social_media" if noun.lemma_.lower() in ("tweet", "post") else None
    cues[verb.i] = Cue(verb, words, subject_of(verb), content, weak=False, kind_hint=kind)


def _name_before(verb: Token, surnames: set[str]) -> Token | None:
    """'Best added ...' where the tagger read 'Best' as an adverb: a known surname just before."""
    sentence_start = verb.sent.start
    for i in range(verb.i - 1, max(sentence_start, verb.i - 3) - 1, -1):
        token = verb.doc[i]
        if token.text in surnames:
            return token
    return None


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head is not verb.head:
        governor = verb.head.head
        if governor.lemma_.lower() == "quote":  # "was quoted as saying"
            subject = next((c for c in governor.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            return subject or subject_of(governor)
        return subject_of(governor)
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and verb.head is not verb:
        return subject_of(verb.head)
    if verb.tag_ == "VBG" and verb.sent.root is not verb:  # "..., stating the airport ..." (misparsed)
        return next((c for c in verb.sent.root.children if c.dep_ == "nsubj"), None)
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _verb_cue(verb: Token, lexicon: Lexicon, weak: bool, lemma: str) -> Cue:
    words = [verb.text]
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "reportedly"), None)
    if adverb is not None:
        words.insert(0, adverb.text)
    addressee: list[Token] = []
    via_outlet = None
    if lemma in _ADDRESSEE_VERBS:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                addressee = [t for t in child.subtree]
                words.append(verb.doc[addressee[0].i : addressee[-1].i + 1].text)
                if lexicon.outlet_kind(_phrase(child)) == "outlet":
                    via_outlet = _outlet_name(child)
    kind_hint: SpeakerKind | None = "social_media" if lemma in _SOCIAL_VERBS else None
    if lemma == "write" and _mentions_social_media(verb.doc, lexicon):
        kind_hint = "social_media"  # "..., the president wrote." in a story about tweets
    acted = False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and via_outlet is None:
            via_outlet = _source_phrase(child, lexicon)[0]
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "via"):
            outlet, hint, phrase = _source_phrase(child, lexicon)
            via_outlet = via_outlet or outlet
            kind_hint = kind_hint or hint
            if phrase and hint:
                words.append(phrase)
            if _statement_noun(child, lexicon) and weak:
                weak = False
                acted = True
    via_outlet = via_outlet or _interview_outlet(verb, lexicon)
    content = _acted(verb) if acted else _content(verb, addressee)
    return Cue(verb, " ".join(words), subject_of(verb), content, weak, kind_hint, via_outlet)


def _mentions_social_media(doc: Doc, lexicon: Lexicon) -> bool:
    found = doc.user_data.get("mentions_social_media")
    if found is None:
        found = any(t.lower_ in lexicon.social_words or t.lower_ in ("tweeted", "tweeting") for t in doc if t.is_alpha)
        doc.user_data["mentions_social_media"] = found
    return bool(found)


def _interview_outlet(verb: Token, lexicon: Lexicon) -> str | None:
    """'Best, in an interview with "Good Morning America", said ...': the outlet the words were given to."""
    for token in verb.sent:
        if token.lemma_.lower() in ("interview", "appearance") and token.pos_ == "NOUN":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "to")):
                outlet = _source_phrase(prep, lexicon)[0]
                if outlet:
                    return lexicon.outlet_name(outlet)
    return None


def _acted(verb: Token) -> tuple[int, int] | None:
    """'thanked Best' in 'The mayor thanked Best in a post': the act itself is the statement."""
    objects = [t for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for t in c.subtree]
    return token_span([verb, *objects])


def _statement_noun(prep: Token, lexicon: Lexicon) -> bool:
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in lexicon.statement_nouns


def _content(verb: Token, skip: list[Token]) -> tuple[int, int] | None:
    tokens: list[Token] = []
    for child in verb.children:
        if child in skip or child.dep_ in ("nsubj", "nsubjpass"):
            continue
        if child.dep_ in _CONTENT_DEPS or (child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS):
            tokens.extend(child.subtree)
    if not tokens and _calls_for(verb):  # "called for the election to be postponed"
        tokens = [t for c in verb.children if c.dep_ in ("prep", "advcl") and c.i > verb.i for t in c.subtree]
    if not tokens and verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i:
        own = set(verb.subtree)
        tokens = [t for t in verb.head.subtree if t not in own and t.i < verb.i]
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    paragraph = _paragraph(verb)
    tokens = [t for t in tokens if _paragraph(t) == paragraph]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return token_span(tokens)


def _paragraph(token: Token) -> int:
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


def _according_cue(according: Token) -> Cue | None:
    to = next(c for c in according.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    own = set(according.subtree)
    head = according.head
    clause = [t for t in head.subtree if t not in own and t.sent == according.sent] if head is not according else []
    clause = [t for t in clause if not t.is_space and not t.is_punct]
    content = token_span(clause) if clause else None
    return Cue(according, "according to", source, content, weak=False)


def _statement_cue(prep: Token, lexicon: Lexicon, cues: dict[int, Cue]) -> None:
    """'The mayor thanked Best in a post on Twitter': the verb attributes through the post."""
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i in cues:
        return
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in lexicon.statement_nouns:
        return
    outlet, hint, phrase = _source_phrase(prep, lexicon)
    kind: SpeakerKind = hint or ("document" if noun.lemma_.lower() in lexicon.document_nouns else "named")
    cues[verb.i] = Cue(verb, phrase, subject_of(verb), _acted(verb), weak=False, kind_hint=kind if hint else None, via_outlet=outlet)


def _source_phrase(prep: Token, lexicon: Lexicon) -> tuple[str | None, SpeakerKind | None, str]:
    """('CNN', None, 'in an interview with CNN') or (None, 'social_media', 'in a post on Twitter')."""
    subtree = list(prep.subtree)
    phrase = prep.doc[subtree[0].i : subtree[-1].i + 1].text
    outlet = None
    hint: SpeakerKind | None = None
    for token in subtree:
        if token.dep_ == "pobj":
            kind = lexicon.outlet_kind(_phrase(token))
            if kind == "outlet":
                outlet = _outlet_name(token)
            if kind == "social_media" or token.lemma_.lower() in ("tweet", "post") and token.pos_ == "NOUN":
                hint = "social_media"
    return outlet, hint, phrase


def _phrase(head: Token) -> str:
    """The name a noun heads, with its compounds ('Good Morning America'), without quotation marks."""
    start = head.left_edge.i
    while start < head.i and (head.doc[start].is_punct or head.doc[start].dep_ in ("det", "case")):
        start += 1
    return head.doc[start : head.i + 1].text.strip("\"“”'’ ")


def _outlet_name(head: Token) -> str:
    text = _phrase(head)
    for suffix in ("’", "'", "’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.removeprefix("the ").removeprefix("The ")
