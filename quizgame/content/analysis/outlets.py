"""News outlets named in a sentence, recognised by the form of the name, not only by a list.

A name is an outlet when the lexicon lists it, when it ends in a word that only a newsroom's name
ends in ("NT News", "al-Masirah TV"), or when the text says what it is: "newspaper Népszava",
"news site Znak.com", "Domain.com, a real estate site". Words that also end the names of other
bodies ("Agency", "Review", "Network", "Press") count only with such a description, so the
"National Security Agency" and the "World Population Review" are not newsrooms. The runs of name words a
name is read from are found in outlet_name_runs.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.outlet_descriptions import (
    DESCRIPTORS,
    NEWS_WORDS,
    NEWSROOM_STAFF,
    NEWSROOM_WORKS,
    described,
    listed_among_outlets,
    newsroom_work,
)
from quizgame.content.analysis.outlet_name_runs import name_runs, name_word, opening_descriptor, web_address
from quizgame.content.analysis.outlet_people import persons_name, said_to_be_a_newsroom, surname_of_someone_named
from quizgame.content.analysis.outlet_positions import newsroom_position
from quizgame.content.analysis.outlet_titles import titled_source

# Last words that name a newsroom and hardly anything else.
_NEWSROOM_ENDINGS = frozenset(
    "news times post journal herald tribune gazette telegraph chronicle tv radio television magazine newspaper "
    "inquirer courier dispatch examiner daily fm".split()
    # the same words in the languages whose papers keep them untranslated: "Al Akhbar", "Asahi Shimbun", "La
    # Gazzetta dello Sport" (read up to the lower-case "dello")
    + "akhbar zeitung shimbun ilbo pravda gazeta gazzetta giornale jornal noticias nachrichten".split()
)
_NAMES_OTHER_THINGS = frozenset(["LAW", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON"])
# Words that name a paper on their own after "the": "the Citizen", "the Standard" (not words that as often name
# a place, a train or a star: "the Nation", "the Express", "the Sun", "the Globe").
_PAPER_TITLES = frozenset(
    "citizen standard herald observer guardian telegraph tribune gazette chronicle courier examiner inquirer "
    "sentinel spectator post times journal".split()
)
# First words of a broadcaster's or paper's name: "Radio France Internationale", "Diario Libre".
_NEWSROOM_OPENINGS = frozenset("radio television tv diario daily weekly news gazzetta giornale corriere jornal".split())
# Articles of the languages whose papers keep their names untranslated ("La Gazzetta dello Sport", "Il Giornale").
_FOREIGN_ARTICLES = frozenset("la il el le lo o".split())
# Last words of a company's name: "News Corp" owns newsrooms, it is none.
_COMPANY_ENDINGS = frozenset("corp corporation inc ltd limited group holdings international plc".split())
# Addresses of associations, encyclopaedias and academic portals (waccglobal.org, wikipedia.org, cairn.info): a
# site, but by its address alone no newsroom.
_NOT_NEWS_DOMAIN = re.compile(r"\.(?:org|info|edu|gov)(?:\.[a-z]{2})?$", re.IGNORECASE)
# Media in general, not one outlet: "said on TV", "told the press".
GENERIC_MEDIA = frozenset("tv television radio press media internet web online".split())
SOCIAL_PLATFORMS = frozenset(
    "facebook twitter x youtube instagram tiktok whatsapp telegram weibo wechat vkontakte reddit linkedin".split()
)
# A descriptor after the name: "the Zambian Watchdog website", "the Al Akhbar website".
_TRAILING_DESCRIPTORS = frozenset(["website", "newspaper", "daily", "weekly", "magazine", "portal"])
_PRESS_ENDINGS = _NEWSROOM_ENDINGS | GENERIC_MEDIA
# Two-word endings of news agencies' and broadcasters' names ("Saudi Press Agency", "Tasnim News Agency", "Malawi
# Broadcasting Corporation", "Korean Broadcasting System"; not a regulator's "Broadcasting Authority").
_AGENCY_ENDINGS = frozenset(
    {"press agency", "news agency", "news service", "press service", "news channel"}
    | {f"broadcasting {end}" for end in "corporation system station service company network".split()}
)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen".split())


@dataclass(frozen=True)
class Mention:
    name: str  # as written, without a leading "the" or a possessive
    start: int  # token indices in the doc
    end: int
    confidence: float  # a listed or self-described outlet is surer than one known by its last word


def outlet_mentions(sentence: Span, lexicon: Lexicon, known: frozenset[str] = frozenset()) -> list[Mention]:
    """Every named outlet in the sentence, in order. `known` holds names the article has already
    shown to be outlets ("daily Népszava" makes a later bare "Népszava" one)."""
    if known:
        return _mentions(sentence, lexicon, known)
    # Secondhand and coreference both ask for every sentence's outlets: read once per document.
    cache = sentence.doc.user_data.setdefault("outlet_mentions", {})
    key = (sentence.start, sentence.end, id(lexicon))
    if key not in cache:
        cache[key] = _mentions(sentence, lexicon, known)
    return list(cache[key])


def _mentions(sentence: Span, lexicon: Lexicon, known: frozenset[str]) -> list[Mention]:
    mentions: list[Mention] = []
    for start, end in name_runs(sentence):
        tokens = sentence.doc[start:end]
        name = re.sub(r"(?:’s|'s|’|')$", "", tokens.text).strip()
        if bare_name(name) in SOCIAL_PLATFORMS:
            continue  # a platform carries posts, it does not report them
        confidence = _outlet_confidence(name, tokens, lexicon)
        if not confidence and bare_name(name) in known and not _describes_a_noun(tokens):
            confidence = 0.85
        if not confidence:  # a masthead's form where a source stands, or the position alone
            confidence = titled_source(tokens, lexicon) or newsroom_position(tokens, lexicon)
        if 0 < confidence < 0.95 and _a_person(tokens, name, known, lexicon):
            continue  # "Broadcaster Piers Morgan", "Regina Martínez's fellow journalist": a person, no newsroom
        if confidence and surname_of_someone_named(tokens):
            continue  # "Liam Fox said ... Fox said": the person named in full before, not the network
        if confidence:
            mentions.append(Mention(re.sub(r"^(?:the|The) ", "", name), start, end, confidence))
    return mentions


def _a_person(tokens: Span, name: str, known: frozenset[str], lexicon: Lexicon) -> bool:
    return persons_name(tokens, _PRESS_ENDINGS, lexicon) and not said_to_be_a_newsroom(tokens, bare_name(name) in known)


def _describes_a_noun(tokens: Span) -> bool:
    """'the Zambian blogosphere' after 'The Zambian website': the word describes another thing here, not the site
    ('a Mwananchi reporter', 'the Mwananchi website' still name it)."""
    newsroom_words = DESCRIPTORS | NEWSROOM_STAFF | NEWSROOM_WORKS | {"report", "article", "story"}
    root = tokens.root
    after = tokens.doc[tokens.end] if tokens.end < tokens.sent.end else None
    if len(tokens) == 1 and root.ent_type_ == "NORP" and after is not None and after.is_lower and after.is_alpha:
        return after.lemma_.lower() not in newsroom_words  # a nationality before a word the parse did not join
    head = root.head
    if root.dep_ not in ("compound", "amod") or head.pos_ != "NOUN":
        return False
    return head.lemma_.lower() not in newsroom_words


def bare_name(name: str) -> str:
    return re.sub(r"^the ", "", name.lower())


def same_outlet(outlet: str, own: str) -> bool:
    """'ABC News' is 'ABC News'; 'VOA' is 'Voice of America'."""

    def norm(name: str) -> str:
        return re.sub(r"^the |[’']s?$", "", name.lower().strip())

    def initials(name: str) -> str:
        return "".join(word[0] for word in name.split())

    own = re.sub(r"\s*\(.*?\)", "", own)  # "Voice of America (Studio 7 for Zimbabwe)"
    a, b = norm(outlet), norm(own)
    if not a or not b:
        return False
    if a == b or a in b or b in a or a == initials(b) or b == initials(a):
        return True
    first = a.split()[0]  # "VOA reporter Jonga Kandemiiri" in a VOA report
    return first == initials(b) or first == b


# Last words too plain to stand for the outlet on their own ("the News", "the Agency").
_NOT_SHORT_NAMES = GENERIC_MEDIA | NEWS_WORDS | DESCRIPTORS | frozenset("daily weekly service online".split())


def known_outlets(mentions: list[Mention]) -> frozenset[str]:
    """The names an article has shown to be outlets by a list, a description or their form (a site named
    with "website" after it counts here: the article has said what it is), and the last word of a longer
    name, which later sentences use alone ("Zambian Watchdog" ... "Watchdog reported")."""
    names = {bare_name(m.name) for m in mentions if m.confidence >= 0.75}
    short = {name.split()[-1] for name in names if len(name.split()) > 1}
    return frozenset(names | {word for word in short if word not in _NOT_SHORT_NAMES and len(word) > 3})


def _outlet_confidence(name: str, tokens: Span, lexicon: Lexicon) -> float:
    words = re.findall(r"[\w.’'-]+", name)
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return 0.0
    bare = " ".join(w.lower() for w in words if w.lower() != "the")
    if bare in lexicon.outlet_set or f"the {bare}" in lexicon.outlet_set:
        return 0.95
    if tokens.start > 0 and opening_descriptor(tokens.doc[tokens.start - 1]):
        return 0.9  # "Broadcaster NRK reported", described as "broadcaster NRK" would be mid-sentence
    if described(tokens) or listed_among_outlets(tokens) or _listed_first(words, lexicon):
        return 0.9
    if newsroom_work(tokens, lexicon):
        return 0.85
    after = tokens.end
    if (
        after < tokens.sent.end
        and tokens.doc[after].lower_ in _TRAILING_DESCRIPTORS
        and not _introduces(after, tokens)
        and not _indefinite(tokens)
    ):
        return 0.75  # "the Cyber War Zone website": a site, not surely a newsroom
    if web_address(words[-1]) and not _NOT_NEWS_DOMAIN.search(words[-1]):
        return 0.8
    lowered = [w.lower() for w in words]
    if len(words) > 1 and lowered[-1] in _NEWSROOM_ENDINGS:
        return 0.8
    if "-" in lowered[-1] and lowered[-1].rsplit("-", 1)[1] in ("tv", "fm"):
        return 0.8  # "KDKA-TV", "Kiss-FM": a station's call letters and its medium
    opening = lowered[1] if len(lowered) > 2 and lowered[0] in _FOREIGN_ARTICLES else lowered[0]
    if (
        len(words) > 1
        and opening in _NEWSROOM_OPENINGS
        and lowered[-1] not in _COMPANY_ENDINGS
        and not _names_another_body(lowered[-1], tokens, lexicon)
    ):
        return 0.8  # "Radio France Internationale"
    if len(words) == 2 and lowered[0] == "channel" and (words[1].isdigit() or lowered[1] in _NUMBER_WORDS):
        return 0.8  # "Israel's Channel 12", "Channel One": a television channel known by its number
    if " ".join(lowered[-2:]) in _AGENCY_ENDINGS:
        return 0.85
    if len(words) == 1 and name[:4].lower() == "the " and lowered[0] in _PAPER_TITLES and _stands_alone(tokens):
        return 0.75  # "told the Citizen", "the Standard reported": a paper known by its title word
    return 0.0


def _listed_first(words: list[str], lexicon: Lexicon) -> bool:
    """'BBC World', 'CNN International': a listed outlet's acronym opening a longer name is one of its services
    (an acronym only: 'Vice President', 'Time Warner' open with listed words that are no outlet there)."""
    first, last = words[0], words[-1].lower()
    if last in _COMPANY_ENDINGS or last in lexicon.organization_nouns or last in lexicon.document_nouns:
        return False  # "ABS-CBN Corporation": the company that owns the newsroom, "BBC Charter"
    return 1 < len(words) <= 3 and first.isupper() and len(first) > 1 and first.lower() in lexicon.outlet_set


def _indefinite(tokens: Span) -> bool:
    """'Danas, a Belgrade daily, reported': after 'a' the name says where the paper is from, it is not the paper's."""
    return tokens.start > tokens.sent.start and tokens.doc[tokens.start - 1].lower_ in ("a", "an")


def _introduces(descriptor: int, tokens: Span) -> bool:
    """'the Tanzanian daily Mwananchi': the descriptor introduces the name after it, the word before says where."""
    following = descriptor + 1
    return following < tokens.sent.end and name_word(tokens.doc[following])


def _stands_alone(tokens: Span) -> bool:
    """'the Independent' as a name, not 'the Independent candidate' (a word describing another)."""
    root = tokens.root
    return root.pos_ == "PROPN" and root.dep_ not in ("compound", "amod", "nmod")


def _names_another_body(last: str, tokens: Span, lexicon: Lexicon) -> bool:
    """'The Radio Control Law', 'the Television Licensing Authority': a name about broadcasting, not a newsroom."""
    if last in lexicon.document_nouns or last in lexicon.organization_nouns:
        return True
    return bool(_NAMES_OTHER_THINGS & {t.ent_type_ for t in tokens})
