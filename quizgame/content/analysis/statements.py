"""Does a sentence report what someone said, judged or found? Then that party is its source.

The attribution finder covers quotations and "X said that ..."; a sentence can still rest on a
source in ways that carry no quotation: a stance ("Chinese citizens have criticized the response",
"was criticised by the archbishop"), a parenthetical cue ("The outrage is so high, he added, that
..."), an inverted cue ("Indeed, reports Unzipped, one official ..."), a figure "provided by
officials", or a document as the subject ("Several editorials agreed"). Each is read from the parse, not from a list of sentences.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.deeds import takes_or_refuses
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.reading import same_token

# Verbs that report what a party said, asked or judged, besides the lexicon's verbs of saying.
_JUDGING = frozenset(
    [
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "urge",
        "praise",
        "blame",
        "accuse",
        "ask",
        "advise",
        "instruct",
        "invite",
        "justify",
        "deem",
        "conclude",
        "speculate",
        "suggest",
        "wonder",
        "expect",
        "hope",
        "fear",
        "predict",
        "estimate",
        "recommend",
        "propose",
        "indicate",
        "cite",
        "tweet",
        "voice",
        "react",
        # acts done only in words, whose object or 'to'/'for' phrase is what was said ('lauded his government's
        # economic achievement', 'discussed possible indictments on "Hello VOA"', 'objected to the kiosks',
        # 'apologised to the people ... for "having an idiot as economy minister"'); not 'request' or 'appeal',
        # which ask for a thing done ('requested power line de-energisation', 'appealed to the Court')
        "discuss",
        "apologise",
        "apologize",
        "object",
        "laud",
        "commend",
        "congratulate",
    ]
)
# Judging verbs whose direct object is what is judged: "criticized the decision" is a stance.
_STANCE = frozenset(
    [
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "decry",
        "praise",
        "hail",
        "welcome",
        "slam",
        "blast",
        "lambaste",
        "mock",
        "blame",
        "accuse",
        "thank",
        "applaud",
    ]
)
# Verbs of saying that are also everyday verbs ("added three players", "recalled cars", "declared a state of
# emergency"), and the lexicon's weak cues: a clause or a complement must follow.
_AMBIGUOUS = frozenset(
    [
        "add",
        "agree",
        "counter",
        "maintain",
        "recall",
        "post",
        "brief",
        "inform",
        "read",
        "list",
        "point",
        "call",
        "report",
        "express",
    ]
)
_FINDING = frozenset(
    [
        "find",
        "show",
        "reveal",
        "establish",
        "indicate",
        "suggest",
        "conclude",
        "list",
        "cite",
        "instruct",
        "read",
        "note",
        "agree",
    ]
)
# Subjects that are sources by nature: a study, a report, an editorial, a video.
_DOCUMENTS = frozenset(
    [
        "researcher",
        "scientist",
        "author",
        "study",
        "research",
        "survey",
        "analysis",
        "report",
        "complaint",
        "decree",
        "guideline",
        "guidelines",
        "ruling",
        "judgment",
        "judgement",
        "paper",
        "review",
        "audit",
        "video",
        "footage",
        "photo",
        "image",
        "map",
        "statistics",
        "article",
        "editorial",
        "column",
        "blog",
        "post",
        "commentary",
        "op-ed",
    ]
)
# "figures provided by officials", "numbers released by the ministry": the figure has a source.
_SUPPLIED = frozenset(
    ["provide", "give", "release", "report", "supply", "publish", "issue", "compile", "cite", "quote"]
)
_CUE_FORMS = (
    r"(?:reports|reported|writes|wrote|says|said|notes|noted|adds|added|argues|argued|explains|explained|claims|"
    r"claimed|tweets|tweeted|recalls|recalled|insists|insisted|believes|believed|thinks|thought)"
)
# ", reports Unzipped: Gay Armenia, ...", "..., writes Ana Lopez.": a cue before its speaker.
_INVERTED = re.compile(r"(?:^|[,;:—–-]\s*)(?:\w+,\s+)?" + _CUE_FORMS + r"\s+(?:the\s+)?[A-Z@]")
# ", he added, that ...", ", Smith says, ...": a parenthetical cue set off by commas.
_PARENTHETICAL = re.compile(r",\s+(?:he|she|they|[A-Z][\w.-]+(?:\s[A-Z][\w.-]+){0,2})\s+" + _CUE_FORMS + r"\s*,")
# "..., the research showed.", "..., police said.": a cue closing the sentence after a comma.
_TRAILING = re.compile(
    r",\s+(?:the |a |an |his |her |their |its )?[\w’' -]{1,40}?\s+(?:"
    + _CUE_FORMS
    + r"|shows|showed|finds|found)\.?[\"”]?$"
)
_LIGHT_VERBS = frozenset(["make", "issue", "release", "send", "deliver", "give"])
_SAYING_NOUNS = frozenset(
    ["call", "statement", "announcement", "appeal", "declaration", "plea", "demand", "speech", "warning", "pledge"]
)
_VAGUE_SUBJECTS = frozenset(["it", "there", "this", "that"])


def reports_a_statement(sentence: Span, lexicon: Lexicon) -> bool:
    root = sentence.root
    if cue_by_form(sentence.text) or _statement_made(root) or _source_supplied(sentence):
        return True
    cues = lexicon.strong_cues | _JUDGING
    for verb in [root] + [c for c in root.children if _aside(c, root)]:
        if _negated(verb) or _hedge(verb):
            continue  # "has not commented", "reported to number about 100": no one's statement
        lemma = verb.lemma_.lower()
        if takes_or_refuses(verb, lemma):
            continue  # "A judge denied a motion to postpone", "claimed damages of $5 million": acts, no words
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            if lemma in cues | _STANCE and _agent(verb):
                return True  # "was criticised by archbishop X"
            continue
        if subject.lower_ in _VAGUE_SUBJECTS:
            continue
        if not same_token(verb, root) and lemma in cues | _AMBIGUOUS:
            return True  # "The outrage is so high, he added, that ...": a parenthetical cue
        if subject.lemma_.lower() in _DOCUMENTS and lemma in _FINDING | cues:
            return True
        if lemma in _STANCE and any(c.dep_ == "dobj" for c in verb.children):
            return True  # "Chinese citizens have criticized the response"
        if lemma in _AMBIGUOUS | _FINDING | lexicon.weak_cues:
            if _complement(verb):
                return True  # "police found that ...", "called on Turkey to halt", "declared it a pandemic"
            continue
        if lemma in cues:
            return True
    return False


def _aside(verb: Token, root: Token) -> bool:
    """A clause beside the main one that may be its cue: a parataxis ('The outrage is so high, he added, that ...'),
    or a clause before the main verb that the small model hangs under it as its complement when the cue comes
    first with no 'that' ('Al Jazeera reported on Thursday, coverage had risen', 'In Vietnam, members claim, they
    are oppressed'): the main clause is what was said, not the reporter's claim."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "parataxis" or verb.dep_ == "ccomp" and verb.i < root.i


def cue_by_form(text: str) -> bool:
    """A cue set off by punctuation: inverted (', reports X'), parenthetical (', he added,'), closing (', police said.')."""
    text = text.strip()
    return bool(_INVERTED.search(text) or _PARENTHETICAL.search(text) or _TRAILING.search(text))


def _statement_made(root: Token) -> bool:
    """'The PAH has made a call on its website to stop evictions', 'The ministry issued a statement': a
    light verb whose object is an act of saying."""
    if root.lemma_.lower() not in _LIGHT_VERBS or not any(c.dep_ == "nsubj" for c in root.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _SAYING_NOUNS for c in root.children)


def parenthetical_cue(text: str) -> bool:
    return bool(_PARENTHETICAL.search(text))


def _complement(verb: Token) -> bool:
    return any(
        c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "prep" and c.lower_ in ("on", "for") and not _when(c)
        for c in verb.children
    )


def _when(prep: Token) -> bool:
    """'dismissed the case on Monday': a date says when, not what was called for ('called on Turkey')."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _source_supplied(sentence: Span) -> bool:
    """'Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100.'"""
    for token in sentence:
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in _SUPPLIED and _agent(token):
            head = token.head
            if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head == sentence.root:
                return True
    return False


def _hedge(verb: Token) -> bool:
    """'The soldiers, reported to number about 100, ...', 'is said to be': a vague hedge names no source."""
    return (
        any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        and verb.lemma_.lower() in ("report", "say", "believe", "think", "rumor", "rumour")
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
