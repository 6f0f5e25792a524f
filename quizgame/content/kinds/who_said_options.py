"""Who a who_said item offers beside its key: people the coverage credits with words, of the key's type.

Other speakers of the article first, then people other outlets quote, then people the article only
names; never a storm, a place, a name found only in a photo credit (`speakers.credit_only`), a clipped name (`speakers.clean`), someone dead or of the past
(`bygone`), or a name found only in a passage in another language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgame.content.kinds import bygone, gate, speakers
from quizgame.content.kinds.common import Checks, Coverage, display_name, once, surname
from quizgame.content.kinds.readable import is_english

# With this many other speakers the coverage credits with words, an item offers no one it only names:
# a politician only mentioned ("Perry Christie") is a weaker choice than a blogger who wrote beside the
# key; with fewer, named people fill in (the analysis misses speakers, and two make a question).
_CREDITED_ENOUGH = 2


def candidates(
    item: Coverage,
    others: Sequence[Coverage],
    speaker: str,
    anonymous: bool = False,
    introduced: Sequence[str] = (),
    checks: Checks | None = None,
) -> list[str]:
    """Other speakers of this article first, then people other outlets quote, then people it only names
    (someone quoted somewhere is a more plausible speaker than someone only mentioned). Only clean names
    of the key's type: a person for a person, an organisation for an organisation; a described source
    ("one resident") may stand beside people, since the question is who, not which kind."""
    checks = {} if checks is None else checks
    known = speakers.institutions(item.analysis)
    # The key is a named speaker already: a person unless its name says institution.
    want_person = anonymous or (speakers.kind_of(speaker) == speakers.PERSON and speakers.bare(speaker) not in known)
    pools = [
        [(a.speaker, item) for a in item.analysis.attributions if a.speaker_kind in ("named", "social_media")],
        *([(a.speaker, o) for a in o.analysis.attributions if a.speaker_kind == "named"] for o in others),
        [(p, item) for p in item.analysis.people],
    ]
    # A speaker the analysis kinds a person from the band where that kind is right 97% of the time
    # (bands.WAY_BANDS) is a person, though named once and with no title ("Selvarasa Pathmanathan").
    speaking = {speakers.bare(a.speaker) for a in item.analysis.attributions if gate.keys_way(a)}
    names: list[str] = []
    taken = {surname(speaker)}
    # People a lead-in line introduces as authors ("Hadeel Maaitah tweeted:"): people, and speakers.
    for name in introduced:
        if surname(name) not in taken and want_person:
            taken.add(surname(name))
            names.append(display_name(name))
    for index, pool in enumerate(pools):
        if index == len(pools) - 1 and len(names) >= _CREDITED_ENOUGH:
            break  # enough people the coverage credits with words: none it only names (reading4's cause 3)
        for raw, source in pool:
            body = source.body
            name = once(checks, speakers.clean, source, raw, raw, body)
            if not name or surname(name) in taken or not once(checks, named_in_english, source, name, name, body):
                continue
            if once(checks, speakers.credit_only, source, name, name, body):
                continue  # a photographer named only in a credit: no one the article has speaking
            institution = name in known or speakers.kind_of(name) == speakers.ORGANISATION
            person = once(checks, speakers.is_person, source, name, name, body, known) or (
                source is item and name in speaking and not institution and len(name.split()) > 1
            )
            if not (person if want_person else institution):
                continue
            taken.add(surname(name))
            # "Valéry Giscard" is "Valéry Giscard d'Estaing"
            whole = once(checks, speakers.whole_name, source, name, name, body)
            taken.add(surname(whole))
            if want_person and not once(checks, bygone.could_have_spoken, source, whole, source, whole):
                continue  # dead, or named only as a figure of the past: no one who could have said it
            if once(checks, is_alias, source, whole, whole, body):
                continue  # a second name of someone ("the ring name Luke Harper"): one person offered twice
            names.append(display_name(whole))
    return names


def named_in_english(name: str, body: str) -> bool:
    """Does the article name this person in its English text, not only inside a passage in another
    language ("Presidente Samora Machel" in a Portuguese blockquote)? A foreign title makes an
    option the odd one out, and the student cannot read where it came from."""
    for found in re.finditer(re.escape(name), body):
        start = body.rfind("\n", 0, found.start()) + 1
        end = body.find("\n", found.end())
        if is_english(body[start : end if end >= 0 else len(body)]):
            return True
    return False


# A name the article gives as someone's other name: a ring, stage or pen name, "known as", "aka".
_ALIAS_BEFORE = r"\b(?:(?:ring|stage|pen|screen|professional|performing) name|(?:also |better |popularly )?known as|a\.?k\.?a\.?)\s+"


def is_alias(name: str, body: str) -> bool:
    """Is `name` another name of someone the article names ("under the ring name Luke Harper")? Offered,
    it puts one person in two options (reading5's obituary: "Jon Huber" and "Luke Harper")."""
    return re.search(_ALIAS_BEFORE + re.escape(name) + r"\b", body, re.IGNORECASE) is not None
