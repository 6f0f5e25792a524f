"""What the text says a name is: "newspaper Népszava", "news site Znak.com", "Domain.com, a real estate site",
"a columnist for Haaretz", "a Mwananchi reporter", "news websites such as Zambian Watchdog". Words that other
bodies share ("agency", "network", "site") describe a newsroom only with a word of the news beside them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.lexicon import Lexicon

# Nouns that say what a name is: "newspaper X", "X, a news site".
DESCRIPTORS = frozenset(
    "newspaper daily weekly tabloid broadcaster magazine website site outlet portal publication "
    "channel agency network station paper newsletter".split()
)
# Of those, the ones that need "news", "television" or the like beside them to mean a newsroom.
NEEDS_NEWS = frozenset("agency network station channel site paper".split())
NEWS_WORDS = frozenset("news television tv radio broadcasting media".split())
# People whose role ties them to a newsroom: "contributor to Slate", "a columnist for Haaretz".
_JOURNALIST_ROLES = frozenset(
    "contributor columnist correspondent reporter journalist editor writer commentator blogger "
    "editorialist anchor host".split()
)
# The staff and the works of a newsroom, which other bodies do not have ("report", "article", "editor" and "story"
# they do: "an Amnesty report", "a Wikipedia editor").
NEWSROOM_STAFF = frozenset("reporter journalist correspondent columnist anchor newsreader".split())
NEWSROOM_WORKS = frozenset("editorial op-ed newscast bulletin headline frontpage".split())
_PLACES = frozenset(["GPE", "LOC", "FAC"])


def described(tokens: Span) -> bool:
    """'newspaper The Hindu', 'news site, Znak.com', 'Domain.com, a real estate site'."""
    doc = tokens.doc
    before = tokens.start - 1
    if before >= tokens.sent.start and doc[before].lower_ == "the":
        before -= 1
    if before >= tokens.sent.start and (descriptor(doc[before]) or _medium(doc[before])):
        return True
    if _journalists_outlet(tokens):
        return True
    head = tokens.root
    named = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
    if head.dep_ in ("pobj", "oprd") and named.lemma_.lower() in ("know", "call", "name") and descriptor(named.head):
        return True  # "the website popularly known as ZWD", "a news site called Mwananchi"
    related = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        related.append(head.head)
        if head.head.dep_ == "pobj":  # "newspaper in Mozambique, @Verdade": the parse hangs it on the place
            related.append(head.head.head.head)
    if _broke_the_news(head):
        return True
    return any(descriptor(t) and not _has_own_name(t) for t in related) or _described_after_comma(tokens)


# "ESPN, which first reported the talks", "Axios, which broke the story": what a newsroom does first.
_SCOOP_VERBS = frozenset("report publish reveal break".split())
_SCOOPS = frozenset("story news scoop".split())


def _broke_the_news(name: Token) -> bool:
    """A relative clause saying the name was first with the news ('which first reported the talks', 'which broke
    the story'): a newsroom's scoop. Police and ministries report things too, so 'first' or the story is needed."""
    for clause in (c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in _SCOOP_VERBS):
        if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children):
            continue
        if any(c.lower_ == "first" for c in clause.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SCOOPS for c in clause.children
        ):
            return True
    return False


def _medium(token: Token) -> bool:
    """'state television TVR', 'public radio NPR': a medium in lower case right before a name says what it is."""
    return token.lower_ in ("television", "tv", "radio") and token.text.islower()


def _has_own_name(descriptor_token: Token) -> bool:
    """'Hakainde Hichilema, the Daily Nation newspaper, radio station Hot FM ...': a descriptor with a name of its
    own describes that name, not the one before the comma (a list the parse read as an apposition)."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in descriptor_token.children)
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP" and not (indefinite and _place(c))
        for c in descriptor_token.children
    )  # "a Belgrade daily" is a daily from Belgrade: no name of its own


def _place(token: Token) -> bool:
    return token.ent_type_ in _PLACES


def _described_after_comma(tokens: Span) -> bool:
    """'African Confidential, a fortnightly newsletter covering ..., reported': the description the parse did
    not join to the name (a few words after a comma and an article, up to the next comma)."""
    doc = tokens.doc
    i = tokens.end
    if i + 1 >= tokens.sent.end or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    if len(tokens) > 1 and all(t.ent_type_ == "PERSON" for t in tokens):
        return False  # "Hakainde Hichilema, the Daily Nation newspaper, ...": a list of those sued, not a description
    for token in doc[i + 2 : min(i + 6, tokens.sent.end)]:
        if token.text == "," or token.pos_ == "PROPN" and token.ent_type_ != "NORP" and not _after_a(token, i + 1):
            return False  # a name between: the descriptor is that name's ("the Daily Nation newspaper")
        if descriptor(token):  # "..., the newspaper La Tercera reported": the descriptor is the next name's
            following = doc[token.i + 1] if token.i + 1 < tokens.sent.end else None
            return following is None or not (following.pos_ == "PROPN" and following.text[:1].isupper())
    return False


def _after_a(token: Token, article: int) -> bool:
    """'Danas, a Belgrade daily, reported': a place after 'a' says where the paper is, it names no other paper."""
    return _place(token) and token.doc[article].lower_ in ("a", "an")


def listed_among_outlets(tokens: Span) -> bool:
    """'news websites such as Zambian Watchdog and Tumfweko': named as examples of outlets."""
    head = tokens.root
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "as":
        return False
    such_as = head.head
    if not any(c.lower_ == "such" for c in such_as.children):
        return False
    return such_as.head.pos_ == "NOUN" and descriptor(such_as.head)


def _journalists_outlet(tokens: Span) -> bool:
    """'contributor to Slate', 'a columnist for Haaretz': the newsroom of a journalist."""
    head = tokens.root
    if head.dep_ != "pobj" or head.head.lower_ not in ("to", "for", "at", "of", "with"):
        return False
    governor = head.head.head
    return governor.lemma_.lower() in _JOURNALIST_ROLES


def newsroom_work(tokens: Span, lexicon: Lexicon) -> bool:
    """What only a newsroom has or makes names it one: 'a Mwananchi reporter', 'Mwananchi's correspondent',
    'a Mwananchi editorial', 'Mwananchi said in an editorial', 'Mwananchi ran an op-ed'. A beat is no newsroom
    ('a White House correspondent', 'a Kenya correspondent': a place or a body)."""
    if {t.ent_type_ for t in tokens} & _PLACES or any(t.lower_ in lexicon.organization_nouns for t in tokens):
        return False
    root = tokens.root
    head = root.head
    if root.dep_ in ("poss", "compound") and head.pos_ == "NOUN":
        return head.lemma_.lower() in NEWSROOM_STAFF | NEWSROOM_WORKS
    if root.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in NEWSROOM_WORKS  # "an editorial in Mwanzo"
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        made = [c for c in head.children if c.dep_ == "dobj"]
        made += [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"
        ]
        return any(t.lemma_.lower() in NEWSROOM_WORKS for t in made)
    return False


def descriptor(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.lower_ in ("daily", "weekly"):
        return True  # "daily Népszava", whatever part of speech the parser gives "daily"
    if lemma not in DESCRIPTORS or token.pos_ not in ("NOUN", "ADJ"):
        return False
    return lemma not in NEEDS_NEWS or _described_as_news(token)


def _described_as_news(token: Token) -> bool:
    """'a news agency', 'a television channel'; a language's name is the news too ('a Persian-language channel',
    'a Spanish-language station': the medium of a broadcast or a paper, not of a ministry or a company)."""
    near = token.doc[max(token.sent.start, token.i - 3) : token.i]
    if any(t.lower_ == "language" and t.i > near.start and t.nbor(-1).text == "-" for t in near):
        return True
    return any(t.lower_ in NEWS_WORDS for t in near) or any(c.lower_ in NEWS_WORDS for c in token.children)
