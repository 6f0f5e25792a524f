"""Stories a teacher should choose knowingly, by category of harm: deaths of children or teenagers,
suicide, sexual abuse, violence against women or within a family (an honour killing, an acid attack, a
forced marriage), torture, mass killings, wars or persecutions killing thousands, a minority persecuted
for who its people are, and hateful or obscene words on the page (racist or homophobic abuse, Holocaust
denial, slurs or obscenities spelled out). Flagged where a
teacher reads the candidates (`quizgame questions --show`, and the curation pages of an article and of
its questions), never blocking generation: the questions may be right, but a points-scoring recall item
on five dead fifteen-year-olds should be a teacher's choice, not a default (teacher reading of
2026-12-06).

The flag is a documented list of word patterns, not a classifier. Each topic names the words that
raise it; a topic needs its words in the headline, or `times` matches in the body (one for the
topics that are rarely mentioned in passing, two where a passing mention is common). A category names
the harm, not one story's words: an honour killing and a dowry death are both a family's violence
against a woman, whatever the article calls them (teacher reading of reading2, 2026-12-06).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AGES = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
_YOUNG = (
    r"(child|children|kids?|teens?|teenage|teenagers?|(school)?girls?|(school)?boys?|pupils?|students?|infants?|"
    rf"bab(y|ies)|toddlers?|minors?|(\d|1[0-7]|{_AGES})-year-olds?|aged ({_AGES}|\d|1[0-7]))"
)
_DEATH = r"(killed|kills?|killing|dead|die|died|dies|deaths?|murdered|drowned|perished|lost (their|his|her) li(fe|ves))"
# Killing done by a person's hand, and the family members whose killing by kin is family violence.
_KILLED_BY_HAND = r"(killed|killing|murdered|murdering|strangled|strangling|stabbed|stabbing|beat|beaten|burned|shot)"
_KIN = r"(sister|daughter|wife|mother|niece|cousin|fianc[eé]e|girlfriend|bride)"
# A count in the thousands: a bare four-digit number is a year ("2019-nCoV may have killed") unless
# people follow it.
_THOUSANDS = r"(thousands|\d{1,3}(,\d{3})+|\d{4,} (civilians|people|soldiers|troops|fighters))"


@dataclass(frozen=True)
class Topic:
    label: str
    words: re.Pattern[str]
    times: int  # matches in the body that raise it (one in the headline always does)
    unless: re.Pattern[str] | None = None  # a match whose sentence also holds these words does not count


# A natural disaster's toll ("In September of 1999, 2300 people were killed in central Taiwan after a
# magnitude 7.6 quake", reading10's earthquake report) is no war or persecution: the notice named one.
_DISASTER = re.compile(
    r"\b(earthquakes?|quakes?|tsunamis?|floods?|flooding|hurricanes?|cyclones?|typhoons?|tornado(e?s)?|storms?|"
    r"landslides?|mudslides?|avalanches?|eruptions?|volcano(e?s)?|droughts?|famines?|heat ?waves?|epidemics?|pandemics?)\b",
    re.IGNORECASE,
)


TOPICS = (
    Topic(
        "deaths of children or teenagers",
        re.compile(rf"\b{_YOUNG}\b[^.;\n]{{0,60}}\b{_DEATH}\b|\b{_DEATH}\b[^.;\n]{{0,60}}\b{_YOUNG}\b", re.IGNORECASE),
        2,
    ),
    Topic(
        "suicide",
        re.compile(
            r"\bsuicid(e|es|al)\b(?!\s+(bomb|bomber|bombers|bombing|bombings|attack|attacks|attacker|vest|mission))"
            r"|\b(took|take|taking) (his|her|their) own li(fe|ves)\b|\bkilled (himself|herself|themselves)\b"
            r"|\bself-harm\b",
            re.IGNORECASE,
        ),
        1,
    ),
    Topic(
        "sexual abuse",
        re.compile(
            r"\bsexual(ly)? (abuse|abused|assault|assaulted|violence|exploitation|misconduct)\b"
            r"|\bmolest\w*|\bp(a)?edophil\w*|\bchild abuse\b"
            r"|\b(priests?|clergy|clergymen|bishops?|church|diocese)\b[^.;\n]{0,80}\babus(e|ed|es|ing)\b"
            r"|\babus(e|ed|es|ing)\b[^.;\n]{0,40}\b(by|of|from|in) (the )?(priests?|clergy|clergymen|bishops?|church)\b",
            re.IGNORECASE,
        ),
        1,
    ),
    # "rapes, robberies, and all sorts of ..." in a police chief's list is a passing mention: twice.
    Topic("sexual abuse", re.compile(r"\brap(e|ed|es|ing|ist|ists)\b", re.IGNORECASE), 2),
    Topic(
        "violence against women or within a family",
        re.compile(
            rf"\bhono(u)?r[- ](killings?|crimes?|murders?|based violence)\b|\bacid (attacks?|violence|thrown)\b"
            rf"|\b(attack|attacked|attacking|disfigured?|disfiguring|burn(ed|t)?|splashed|threw)\b[^.;\n]{{0,40}}\bwith acid\b"
            rf"|\bdomestic (violence|abuse)\b|\bforced (in)?to marry\b|\bforced (into )?(an? )?(\w+ )?marriages?\b"
            rf"|\bchild (brides?|marriages?)\b|\bdowry (deaths?|killings?|murders?)\b|\bfemicides?\b"
            rf"|\b{_KILLED_BY_HAND}\b[^.;\n]{{0,30}}\b(his|her|their) (own )?{_KIN}\b",
            re.IGNORECASE,
        ),
        1,
    ),
    # "the CIA's torture programme" in a politics story is a passing mention: twice.
    Topic("torture", re.compile(r"\btortur(e|ed|es|ing|ers?)\b|\bmutilat(e|ed|ion|ing)\b", re.IGNORECASE), 2),
    Topic(
        "a mass killing or beheading",
        re.compile(r"\b(massacre[sd]?|mass shooting|mass murder|genocide|behead(ed|ing|ings))\b", re.IGNORECASE),
        1,
    ),
    # A minority punished or attacked for who its people are (their sexuality, race or faith): a law that
    # jails or executes gay people, a hate crime, a homophobic or racist attack (teacher reading of
    # reading3's Malawi post: "punishable by death", a couple "thrown in jail"; styles' Armenia firebombing
    # and Israel's hate crimes against Africans). A stance or a passing word ("his stance on homosexuality",
    # "anti-homosexual comments") is no persecution.
    Topic(
        "persecution of a minority",
        re.compile(
            r"\bhate crimes?\b|\bhomophobic (attacks?|violence|firebombing|bombing|assaults?)\b|\bethnic cleansing\b"
            r"|\bpersecution of\b|\bracism against\b|\banti-gay (bill|law|laws|legislation|crackdown)\b"
            r"|\b(homosexuality|homosexual acts|same[- ]sex (relations|acts)|being gay)\b[^.;\n]{0,60}"
            r"\b(punishable|outlawed|criminali[sz]ed|illegal|a crime|jail|prison|death penalty)\b"
            r"|\b(ban|laws?) (on|against) homosexuality\b"
            r"|\b(gay|lesbian|homosexual) (couples?|men|women|people)\b[^.;\n]{0,60}"
            r"\b(jailed|arrested|imprisoned|sentenced|beaten|attacked)\b",
            re.IGNORECASE,
        ),
        1,
    ),
    # Hateful or obscene words a class would read on the page (reading4: the RuNet slang post spells out
    # slurs, obscenities and a homophobic insult; the Imus obituary quotes his racist remark, called "a
    # racial incident"; styles' Israel post quotes the racist comments it names). A remark named racist or
    # homophobic, or a denial of the Holocaust, once ("racist abuse" is left out: "comments contain racist
    # abuse" in styles3's satire post is a passing mention, nothing quoted); the
    # words "slur", "obscenity", "profanity" twice, since one is often a passing mention ("apologised
    # for a slur").
    Topic(
        "racist or homophobic abuse",
        re.compile(
            r"\bracial (incident|remarks?|slurs?|epithets?|insults?|taunts?)\b"
            r"|\bracist (remarks?|comments?|jokes?|slurs?|language|insults?|chants?|taunts?|rants?)\b"
            r"|\bhomophobic (slurs?|insults?|remarks?|comments?|epithets?|taunts?)\b",
            re.IGNORECASE,
        ),
        1,
    ),
    Topic(
        "Holocaust denial",
        re.compile(r"\b(deny|denies|denied|denying) the Holocaust\b|\bHolocaust (denial|deniers?)\b", re.IGNORECASE),
        1,
    ),
    Topic(
        "slurs or obscenities spelled out",
        re.compile(
            r"\b(slurs?|obscenit(y|ies)|obscene words?|profanit(y|ies)|expletives?|swear ?words?)\b", re.IGNORECASE
        ),
        2,
    ),
    # Killing in the thousands ("7,000 civilians were killed", "tens of thousands ... killed"): a war's
    # or a persecution's toll. A count of deaths alone is not it: an epidemic's or a study's figures
    # ("4,600 deaths", "16,000 premature deaths") are statistics a class can read as such.
    Topic(
        "a war or persecution killing thousands",
        re.compile(rf"\b{_THOUSANDS}\b[^.;\n]{{0,40}}\b(killed|massacred|slaughtered|executed)\b", re.IGNORECASE),
        1,
        unless=_DISASTER,
    ),
)


def sensitive_topics(headline: str, body: str) -> list[str]:
    """The labels of the topics the article deals with, in the order of TOPICS."""
    found = [t.label for t in TOPICS if _matches(t, headline or "") or _matches(t, body or "") >= t.times]
    return list(dict.fromkeys(found))


def _matches(topic: Topic, text: str) -> int:
    """How many of the topic's words the text holds, not counting those in a sentence its `unless` finds."""
    count = 0
    for match in topic.words.finditer(text):
        start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        stops = [at for at in (text.find(". ", match.end()), text.find("\n", match.end())) if at >= 0]
        sentence = text[start : min(stops) if stops else len(text)]
        if topic.unless is None or not topic.unless.search(sentence):
            count += 1
    return count


def notice(topics: list[str]) -> str:
    """What a teacher reads beside such an article's questions."""
    return (
        f"Sensitive story ({', '.join(topics)}): read it before choosing its questions for a class; "
        "the questions are not blocked, but choose them knowingly."
    )


def article_notice(headline: str, body: str) -> str | None:
    """The notice for an article, or None when its story is not a sensitive one."""
    topics = sensitive_topics(headline, body)
    return notice(topics) if topics else None
