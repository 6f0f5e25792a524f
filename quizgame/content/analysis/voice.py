"""How surely a sentence is a checkable statement in the reporter's own voice.

Blogs and news sites set other people's words apart by form as often as by quotation marks: a
blockquote ("> ..."), a tweet ("@user: ..."), a paragraph after one that ends in a colon, a
translation after words in another language. Opinion reads differently from report: the first
person, a modal or a condition ("might", "if ... wins"), an exclamation. A heading, a caption or a
line of verse has no finite verb with a subject. Each of these lowers the confidence that the
sentence is the reporter asserting a checkable fact; names, numbers and dates raise it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.credits import CREDIT
from quizgame.content.analysis.reading import Reading

_BLOCKQUOTE = re.compile(r"^\s*(?:>|@\w+\s*:|\w+\s+@\w+\s*:|RT @\w+)")
_CAPTION_OR_LIST = re.compile(r"^\s*(?:[—–]|[*•]\s)")
_HASHTAG_LINE = re.compile(r"^(?:\s*#\w+)+\s*$")
_FIRST_PERSON = frozenset("i me my mine we us our ours myself ourselves".split())
# a guess, or a hope or certainty about what is to come ('This will hopefully be ...', 'Undoubtedly there will be ...')
_HOPE = frozenset("hopefully undoubtedly doubtless".split())
_SPECULATION = frozenset("perhaps maybe probably possibly arguably surely".split()) | _HOPE
_FUNCTION_WORDS = frozenset("that which who whom whose and but or to of for with as than when while where".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
_ANCHORS = frozenset("PERSON ORG GPE LOC FAC NORP DATE TIME CARDINAL MONEY PERCENT QUANTITY EVENT LAW".split())


def claim_confidence(reading: Reading, sentence: Span) -> float:
    """0..1; below one half the sentence is not reported as an unsourced claim."""
    text = sentence.text.strip()
    line = _line_of(reading, sentence.start_char)
    if _BLOCKQUOTE.match(line) or _HASHTAG_LINE.match(text) or not english(sentence):
        return 0.0
    if _CAPTION_OR_LIST.match(line):
        return 0.3  # a caption or signature ("—The mayor of London"), a list item set apart
    if _after_colon(reading, sentence) or text.endswith(":") and _introduces_quotation(reading, sentence):
        return 0.2  # introduces others' words set apart below, or is them
    if _presents_what_follows(sentence) or _where_to_look(sentence.root):
        return 0.2  # 'Here are some reactions of netizens.', '... can be seen in full on YouTube.': a pointer
    if text.endswith("!") or not _finite(sentence.root) or _fragment(text):
        return 0.25  # an exclamation; a heading, caption or verse line
    if any(_first_person(t) for t in sentence if not reading.in_quote(t)):
        return 0.3  # the writer's own experience or opinion
    if _speculative(sentence):
        return 0.4
    confidence = 0.75
    if any(t.ent_type_ in _ANCHORS or t.like_num for t in sentence):
        confidence += 0.15  # names, numbers and dates make it checkable
    quoted = sum(len(t.text) for t in sentence if reading.in_quote(t)) / max(1, len(sentence.text))
    if quoted > 0.5:
        return 0.3  # mostly someone else's words
    if quoted:
        confidence -= 0.1  # part of it is someone else's words
    return round(confidence, 2)


def set_apart(reading: Reading, sentence: Span) -> bool:
    """Others' words set apart by form: a blockquote, a tweet, a paragraph under a colon, another language."""
    line = _line_of(reading, sentence.start_char)
    return bool(_BLOCKQUOTE.match(line)) or not english(sentence) or _after_colon(reading, sentence)


def _line_of(reading: Reading, offset: int) -> str:
    start = reading.text.rfind("\n", 0, offset) + 1
    end = reading.text.find("\n", offset)
    return reading.body[start : end if end >= 0 else len(reading.body)]


# The verb of saying a lead-in ends on, with the language tag a translated post may carry ('Hoder writes [fa]:');
# blockquotes.py reads the paragraph under such a lead-in as the message copied.
LEAD_IN_VERBS = (
    r"\b(?:wrote|writes|said|says|added|adds|explained|explains|noted|notes|commented|comments|argued|argues|"
    r"tweeted|tweets|posted|posts|replied|replies|responded|continued|continues|concluded|concludes)"
    r"(?: \[[a-z]{2}\])?"
)
# A lead-in that ends on its verb of saying: 'Hoder writes:', 'On Tuesday, at 5 PM, Joichi Ito wrote:'.
_LEAD_IN_VERB = re.compile(LEAD_IN_VERBS + r"\s*:$", re.IGNORECASE)


def _after_colon(reading: Reading, sentence: Span) -> bool:
    """A paragraph set under 'Fans criticized the decision:' is their words, not the report. Blogs print a
    message or a post they copy as plain paragraphs as well; under a lead-in that ends on its verb of saying
    ('Hoder writes:', 'Joichi Ito wrote:') the first paragraph is the message."""
    paragraph = reading.paragraph_of(sentence.start_char)
    if paragraph == 0:
        return False
    before = reading.text[: reading.paragraph_starts[paragraph]].rstrip()
    if not before.endswith(":"):
        return False
    first = reading.text[reading.paragraph_starts[paragraph] :].lstrip()[:1]
    if first in ('"', "“", ">", "@"):
        return True
    lead_in = before[before.rfind("\n") + 1 :]
    return first not in ("-", "*", "•") and bool(_LEAD_IN_VERB.search(lead_in))


# Function words of the languages quoted most in English blogs (Spanish, Portuguese, French, Italian,
# Catalan, Indonesian, Turkish), none of them an English word: "a", "no", "me", "in" are left out.
_FOREIGN_FUNCTION_WORDS = frozenset(
    "de la el los las y que en por para con una un es del se lo su sus al le les des du et est une dans pour "
    "qui pas sur il elle nous vous ils ne ce cette mais ou au aux da do dos das em um uma não com é e o os "
    "di che non per sono della yang dan ini itu dengan untuk dari tidak ve bir bu ile için mis muy pero "
    "como més amb els per perquè".split()
)


def english(sentence: Span) -> bool:
    """Quoted tweets and poems in their own language: English prose is full of short function words,
    and not of another language's ("Voy a casi todas las protestas, no por mí ...")."""
    words = [t for t in sentence if t.is_alpha]
    if not words:
        return True
    share = sum(1 for t in words if t.is_stop) / len(words)
    accented = sum(1 for t in words if not t.text.isascii()) / len(words)
    foreign = sum(1 for t in words if t.lower_ in _FOREIGN_FUNCTION_WORDS)
    native = sum(1 for t in words if t.is_stop and t.lower_ not in _FOREIGN_FUNCTION_WORDS)
    if len(words) >= 6 and foreign >= 2 and foreign > native:
        return False
    return not (len(words) >= 4 and (share == 0 or accented > 0.3) or len(words) >= 8 and share < 0.1)


def _finite(root: Token) -> bool:
    """A clause, not a heading or caption ('Photo from ...', 'To live and to die at ...')."""
    return root.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children)


def _fragment(text: str) -> bool:
    """A piece cut from a sentence ('that is fighting for ...') or led by a language tag ('[ca] (Stop ...)')."""
    first = re.match(r"[\s\"“(]*(\[|[a-z]+\b)", text)
    return first is not None and (first.group(1) == "[" or first.group(1) in _FUNCTION_WORDS)


def _first_person(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in _FIRST_PERSON and token.text != "US"


def _introduces_quotation(reading: Reading, sentence: Span) -> bool:
    """'Here are more reactions on Twitter:' before a quoted tweet; not a list of facts after a colon. A photo's
    caption may stand between the introduction and the words ('The network's description on its website reads:',
    then 'Brenda Zulu - Zambian journalist and blogger. Photo courtesy: Brenda Zulu.', then '> This is a ...')."""
    for line in reading.text[sentence.end_char :].lstrip().split("\n"):
        if not line.strip() or CREDIT.search(line):
            continue
        return bool(_BLOCKQUOTE.match(line)) or line.startswith(('"', "“")) or bool(_LIST_ITEM.match(line))
    return False


# 'Three cities come to mind:' above '- Kuala Lumpur, Malaysia': the sentence introduces a list set out below.
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]\s|\d{1,2}[.)]\s)")


_POINTERS = frozenset(["here", "below"])


def _presents_what_follows(sentence: Span) -> bool:
    """'Here are some reactions of netizens.', 'Below are some social media reactions from the Philippines:', 'Here
    is one example of zombobox humor: ...', 'This is how the right to protest is respected in Spain:' (before a
    video): the sentence points at quotations, photos or a video set below it, it states nothing to check."""
    root = sentence.root
    if root.lemma_ != "be":
        return False
    words = [t for t in sentence if not t.is_punct]
    if words and words[0].lower_ in _POINTERS and words[0].head == root:
        return True
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return sentence.text.rstrip().endswith(":") and subject is not None and subject.lower_ in ("this", "these")


def _speculative(sentence: Span) -> bool:
    """'One might question ...', 'If the party wins, it would ...', 'It would seem that ...', 'Perhaps ...'."""
    root = sentence.root
    modals = {c.lower_ for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if (
        modals & {"might", "may"}
        or modals
        and any(c.lower_ in ("one", "it") and c.dep_ == "nsubj" for c in root.children)
    ):
        return True
    if modals and any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in root.children):
        return True
    if root.lemma_ in ("seem", "appear") and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in root.children
    ):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _HOPE for c in root.children):
        return True  # 'The bridge will hopefully open in May' (not 'slowly but surely turning into')
    return any(t.lower_ in _SPECULATION for t in sentence[:4])


_LOOKING = frozenset(["find", "see", "watch", "view", "read", "access", "download", "follow", "hear"])


def _where_to_look(root: Token) -> bool:
    """'Zambian Bloggers Network can also be found on Facebook.', 'The debate can be seen in full on YouTube.': tells
    the reader where to look, as a promo does; it reports nothing that happened."""
    children = list(root.children)
    return (
        root.lemma_.lower() in _LOOKING
        and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in children)
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "prep" and c.lower_ in ("on", "at", "via") for c in children)
    )
