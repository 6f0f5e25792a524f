"""A name no list knows is an outlet when it has a masthead's form and stands where a source stands.

The form: a capital "The" inside a sentence opens a title ("told The Verge", "a report by The Economist"), and
papers and broadcasters end their names in words other bodies rarely end theirs in ("Yerkir Media", "Jiji
Press", "Hetq Online", "USA Today", "Samoa Observer"). The position: where a name gives or takes
a statement: told, speaking to, in an interview with, quoted by (outlet_positions), "according to X", "a
report by X", "X's report", "X reported that ..." or "X reported:".

Either alone is weak: titles also name places, parties and films ("in The Bahamas", "for The Greens",
"watching The Raid") and the source positions take people and bodies ("according to iLaw"); together they
name a newsroom. A place, a person or a body with a word of its kind in its name is still none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.outlet_positions import another_body, in_position, whole_phrase

# Surer than a position alone (0.7), so the article's later uses of the name count too (0.75 makes it known).
TITLE_CONFIDENCE = 0.75
# Last words of newsrooms' names that other bodies rarely end theirs in (words like "Agency", "Network",
# "Review" or "Service" end ministries' and companies' names as often: those need a word of the news).
# ("Express", "Star" and "Sun" also end airlines', trains' and people's names: "Air India Express", "Tony Star".)
_MASTHEAD_ENDINGS = frozenset(
    "media press online insider today observer standard mirror sentinel guardian independent register weekly "
    "reporter".split()
)
# Bodies that publish reports of their own and take a capital "The" ("a report by The Citizen Lab"), beyond the
# lexicon's organisation nouns.
_RESEARCH_BODIES = frozenset("lab laboratory project initiative observatory watch monitor".split())
# What a newsroom publishes, so that its name after "by" or "from" or before "'s" is the source.
_PRESS_WORKS = frozenset("report article story investigation interview editorial piece reporting coverage".split())
# Verbs of the press whose subject is the source (not "said" or "claimed", which parties and people take as often).
_PRESS_VERBS = frozenset("report reveal publish learn".split())
# Tokens after which a capital "The" still opens a sentence or a heading, not a title.
_OPENERS = frozenset(['"', "“", "‘", "'", "(", "[", ":", "-", "–", "—", "*", ">"])


def titled_source(tokens: Span, lexicon: Lexicon) -> float:
    """TITLE_CONFIDENCE when the name has a masthead's form and stands in a source's position."""
    titled, masthead = _title(tokens), _masthead_ending(tokens)
    if not titled and not masthead:
        return 0.0
    root = tokens.root
    if any(t.lower_ in _RESEARCH_BODIES for t in tokens):
        return 0.0
    if not whole_phrase(root, tokens) or another_body(tokens, lexicon, titled=titled, masthead=masthead):
        return 0.0
    return TITLE_CONFIDENCE if in_position(root) or _source_position(root) else 0.0


def _title(tokens: Span) -> bool:
    """'told The Verge': 'The' capitalised after the sentence's first word, and not after a quotation mark or a
    colon, where a sentence or a heading may begin."""
    first = tokens.doc[tokens.start]
    if first.text != "The" or tokens.start <= tokens.sent.start or len(tokens) < 2:
        return False
    before = tokens.doc[tokens.start - 1]
    return before.text not in _OPENERS and "\n" not in before.text


def _masthead_ending(tokens: Span) -> bool:
    words = [t for t in tokens if t.lower_ != "the"]
    last = words[-1] if words else None
    return last is not None and len(words) > 1 and last.is_title and last.lower_ in _MASTHEAD_ENDINGS


def _source_position(root: Token) -> bool:
    """'according to X', 'a report by X', 'X's report', 'X reported that ...', 'X reported:'."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lower_ == "according"
    if root.dep_ == "pobj" and head.lower_ in ("by", "from", "in"):
        return head.head.lemma_.lower() in _PRESS_WORKS
    if root.dep_ == "poss":
        return head.lemma_.lower() in _PRESS_WORKS
    if root.dep_ == "nsubj" and head.lemma_.lower() in _PRESS_VERBS:  # what it reported, or a lead-in to it
        return any(c.dep_ == "ccomp" for c in head.children) or head.dep_ == "ROOT" and _lead_in(head)
    return False


def _lead_in(verb: Token) -> bool:
    """'Hetq Online reported:': the sentence introduces the outlet's words that follow."""
    last = verb.sent[-1] if not verb.sent[-1].is_space else verb.sent[-2]
    return last.text == ":"
