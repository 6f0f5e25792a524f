"""How an outlet named in a sentence is tied to a cue: the press as a speaker ("state media"), the publisher of
the report a cue sits in, and whether an outlet belongs to the cue or its speaker at all (not to another
speaker's clause, not as the topic the cue talks about, not when a journalist speaks as family).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgame.content.analysis.outlet_references import of_its_kind, refers_back
from quizgame.content.analysis.outlets import GENERIC_MEDIA, SOCIAL_PLATFORMS, Mention
from quizgame.content.analysis.uncued_sources import REPORT_NOUNS

# A common-noun source is an outlet only when its head is one of these ("media reports", "Iranian state
# television", "local media"; not "this current paper", "a television reporter").
_PRESS_HEADS = frozenset(
    "media news press outlet newspaper report broadcaster television tv radio agency tabloid daily station channel "
    "website".split()
)
# Heads other bodies share: a source only with a word of the press beside them ("media reports", "a local radio
# station", "a news website"; not "the annual report", "a police station", "the government's website").
_SHARED_HEADS = frozenset(["report", "agency", "station", "channel", "website"])
# ... and, for a head that other bodies share ("report", "agency"), a word of the press beside it.
_PRESS_WORDS = frozenset("media news press newspaper television tv radio broadcaster".split())
# "X, speaking to BBC, said", "writing for Slate": the clause is how the words reached the outlet.
_SPEAKING = frozenset(["speak", "talk", "write", "tell", "interview", "appear", "describe", "explain", "recount"])
# "in an interview with a local radio station", "in comments to state television": where the words were given.
_SETTINGS = frozenset(["interview", "comment", "remark", "conversation"])
# Verbs by which an outlet puts out what someone else said.
_PUBLISHING = frozenset("publish air broadcast release print run carry obtain".split())
# Verbs by which an outlet puts a speaker's words in its report.
_QUOTING = frozenset(["quote", "cite", "interview"])
# A journalist described as a relative of the article's subject.
_KIN = frozenset(
    "son daughter wife husband mother father brother sister widow widower child nephew niece grandson "
    "granddaughter cousin relative".split()
)
# "wrote on social media", "posted on social networks": platforms that carry anyone's posts, no newsroom.
_PLATFORM = re.compile(r"^(?:the )?(?:social (?:media|networks?|platforms?)|internet|web)$", re.IGNORECASE)
# "its website", "their Facebook page": a channel of the speaker's own.
_OWN_CHANNEL = re.compile(r"^(?:its|their|his|her|our|my) ", re.IGNORECASE)
# "Commenting on the Zambian Watchdog attack story, X wrote": the outlet is what X answers, not X's source.
_ANSWERING = frozenset("comment respond react reply refer discuss criticize criticise mock dismiss".split())


def press(head: Token) -> bool:
    """'State media', 'Iranian state television', 'local news outlets', 'media reports': the press as a source.
    'The network' alone names no one (it refers back, or not at all); a person ('a television reporter')
    is not the press."""
    lemma = head.lemma_.lower()
    if lemma not in _PRESS_HEADS and head.lower_ not in _PRESS_HEADS or _bare(head):
        return False
    modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod")}
    if lemma in _SHARED_HEADS:  # "media reports", "reports in Iranian media", "reports by state TV"
        placed = [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return bool(modifiers & _PRESS_WORDS) or any(press(g) for g in placed) or carried_by_press(head) is not None
    return bool(modifiers) or head.lower_ == "media"


def carried_by_press(head: Token) -> Token | None:
    """'A report aired on Syrian state TV said ...', 'a statement carried by state media': the press that carried
    the report, named in the clause that describes it."""
    for clause in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _PUBLISHING):
        for prep in (c for c in clause.children if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "in", "by")):
            found = next((g for g in prep.children if g.dep_ == "pobj" and press(g)), None)
            if found is not None:
                return found
    return None


def press_phrase(head: Token, verb: Token) -> str | None:
    """'Reports in Iranian media' rather than 'Reports': the source's words before the cue, when short."""
    words = [t for t in head.subtree if t.i < verb.i]
    if not words or len(words) > 6 or words[-1].i - words[0].i + 1 != len(words):
        return None
    return head.doc[words[0].i : words[-1].i + 1].text


def publisher(verb: Token, mentions: list[Mention]) -> Mention | None:
    """The outlet whose report or interview the cue sits in: 'a report from ABC Australia in which they said',
    'in an interview published by Le Monde, he said'."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ != "NOUN":
            continue
        for mention in mentions:
            root = verb.doc[mention.start : mention.end].root
            if ancestor.lemma_.lower() in REPORT_NOUNS and (
                root.dep_ == "poss"
                and root.head == ancestor
                or root.dep_ == "pobj"
                and root.head.lower_ in ("from", "by", "in", "of")
                and root.head.head == ancestor
            ):
                return mention
            if (  # "Semana published a recording in which ..."
                root.dep_ == "nsubj"
                and ancestor.dep_ == "dobj"
                and root.head == ancestor.head
                and ancestor.head.lemma_.lower() in _PUBLISHING
            ):
                return mention
        return None
    return None


def back_to_named(verb: Token, speaker: Token | None, named: list[str]) -> str | None:
    """'The paper reported ...', 'the minister told the daily': a common noun standing for the outlet the article
    named just before (even one it has not cited yet: 'Mwanzo, a Tanzanian daily, ran a story. The daily said')."""
    if not named:
        return None
    told = [c for c in verb.children if c.dep_ in ("dative", "dobj")] if verb.lemma_.lower() == "tell" else []
    for token in ([speaker] if speaker is not None else []) + told:
        fitting = [name for name in named if of_its_kind(token, name)]  # "The station" passes over a paper
        if fitting and refers_back(token, fitting[-1], near=True):
            return fitting[-1]
    return None


def told_press(verb: Token) -> str | None:
    """'told state television', 'told local radio', 'said on national television': the press of a kind or a
    country as the one spoken to or on (not 'told the media' or 'told the press', an audience)."""
    lemma = verb.lemma_.lower()
    heard = [c for c in verb.children if c.dep_ in ("dative", "dobj")] if lemma == "tell" else []
    if lemma in ("say", "speak", "tell", "announce"):
        heard += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    heard += _setting(verb)
    for child in heard:
        if (
            child.dep_ in ("dative", "dobj", "pobj")
            and child.pos_ == "NOUN"
            and child.lower_ != "media"
            and press(child)
        ):
            return " ".join(t.text for t in child.subtree if t.dep_ != "det")
    return None


def _setting(verb: Token) -> list[Token]:
    """'Speaking to state television, the mayor said ...', 'In an interview with a local radio station, she said
    ...': the press the words were given to, in the same places a named outlet stands ('speaking to Sauti', 'in an
    interview with Sauti')."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in ("speak", "talk"):
            found += [g for c in child.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
        if child.dep_ == "prep" and child.lower_ == "in":
            for noun in (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in _SETTINGS):
                found += [
                    g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
                ]
    return [g for g in found if g.dep_ == "pobj"]


def press_quoted(verb: Token) -> str | None:
    """'State television quoted the minister as saying ...': the press that quoted the speaker."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in _QUOTING:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None and press(subject):
                return press_phrase(subject, ancestor) or subject.text
            return None
    return None


def quoted_by(verb: Token, mentions: list[Mention]) -> Mention | None:
    """'Sauti quoted the minister as saying ...', 'the minister was quoted by Sauti as saying ...': the outlet that
    quoted the speaker whose words the cue gives."""
    for ancestor in verb.ancestors:
        if ancestor.pos_ != "VERB" or ancestor.lemma_.lower() not in _QUOTING:
            continue
        for mention in mentions:
            root = verb.doc[mention.start : mention.end].root
            if root.dep_ == "nsubj" and root.head == ancestor:
                return mention
            if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head == ancestor:
                return mention
        return None
    return None


def framing_verb(verb: Token, speaker: Token | None) -> Token:
    """'An eyewitness described for news agency PA Media how the attack unfolded, stating, "..."': a participle
    cue hangs on the speaker's own verb, which says to whom or where the words were given; so does the 'by' of a
    passive verb of saying that the parse made the cue."""
    head = verb.head
    if verb.dep_ == "agent" and head.pos_ == "VERB":
        return head  # "is presented by Falila Gbadamassi on the website afrik.com": the cue is the passive's agent
    if (
        speaker is not None
        and verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and head.pos_ == "VERB"
        and speaker.head == head
        and speaker.dep_ == "nsubj"
    ):
        return head
    return verb


def governed_by(head: Token, verb: Token, speaker: Token | None, frame: Token | None = None) -> bool:
    """The outlet belongs to the cue or to its speaker, not to a clause that describes a noun: in 'commenting
    on a story published on MyZimbabwe website, X argues' the site is where a story appeared, not X's source
    (but 'a statement carried by al-Masirah TV' names its source)."""
    # "a statement carried by al-Masirah TV", "a report published on Sauti.co.tz": where the words appeared
    by_agent = head.dep_ == "pobj" and (
        head.head.lower_ == "by" or head.head.lower_ in ("on", "in") and head.head.head.lemma_.lower() in _PUBLISHING
    )
    if _topic_of(head, verb):
        return False
    for ancestor in head.ancestors:
        if ancestor in (verb, speaker, frame):
            return True
        if _own_clause(ancestor, speaker):
            return False  # "..., X said, and experts called this dubious to Népszava": another speaker's clause
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in _ANSWERING:
            return False
        if (
            ancestor.pos_ == "VERB"
            and ancestor.dep_ in ("acl", "relcl")
            and not by_agent
            and ancestor.lemma_ not in _SPEAKING
        ):
            return False
    return True


def _topic_of(head: Token, verb: Token) -> bool:
    """'X describes the objectives of website Y': an outlet inside what the cue acts on, after 'of' or 'about',
    is what is talked about, not where the words were given."""
    node = head
    about = False
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "about", "regarding"):
            about = True
        if node.head.i == verb.i:
            return about and node.dep_ == "dobj"
        node = node.head
    return False


def family(speaker: Token) -> bool:
    """'Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated ...': a journalist described as the
    subject's relative speaks as family, not for the newsroom."""
    return any(t.lemma_.lower() in _KIN for t in speaker.subtree if t.i != speaker.i)


def _own_clause(verb: Token, speaker: Token | None) -> bool:
    """A clause joined to the cue's with a subject of its own is another statement, by someone else."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "parataxis"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c != speaker for c in verb.children)


def names_a_source(outlet: str) -> bool:
    """'KOMO', 'state media' name a source; 'the press', 'the media' and 'TV' are only an audience."""
    if outlet.lower() in GENERIC_MEDIA or _OWN_CHANNEL.match(outlet):
        return False  # "reported on its website": the speaker's own channel, whoever the speaker is
    if _PLATFORM.match(outlet) or re.sub(r"^the ", "", outlet.lower()) in SOCIAL_PLATFORMS:
        return False  # "wrote on social media": the speaker's own post, carried by a platform
    return outlet[:1].isupper() or len(re.sub(r"^the ", "", outlet.lower()).split()) > 1


def _bare(speaker: Token | None) -> bool:
    """'the network' alone names no one; 'media reports', 'the local news outlet' describe a source."""
    return speaker is not None and speaker.tag_ == "NN" and all(c.dep_ in ("det", "punct") for c in speaker.children)
