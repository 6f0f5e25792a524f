"""Stories a teacher should choose knowingly: deaths of children or teenagers, suicide, sexual abuse,
mass killings. Flagged where a teacher reads the candidates (`quizgame questions --show`, and the
curation pages of an article and of its questions), never blocking generation: the questions may be
right, but a points-scoring recall item on five dead fifteen-year-olds should be a teacher's choice,
not a default (teacher reading of 2026-12-06).

The flag is a documented list of word patterns, not a classifier. Each topic names the words that
raise it; a topic needs its words in the headline, or `times` matches in the body (one for the
topics that are rarely mentioned in passing, two where a passing mention is common).
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


@dataclass(frozen=True)
class Topic:
    label: str
    words: re.Pattern[str]
    times: int  # matches in the body that raise it (one in the headline always does)


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
        "a mass killing or beheading",
        re.compile(r"\b(massacre[sd]?|mass shooting|mass murder|genocide|behead(ed|ing|ings))\b", re.IGNORECASE),
        1,
    ),
)


def sensitive_topics(headline: str, body: str) -> list[str]:
    """The labels of the topics the article deals with, in the order of TOPICS."""
    found = [t.label for t in TOPICS if t.words.search(headline or "") or len(t.words.findall(body or "")) >= t.times]
    return list(dict.fromkeys(found))


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
