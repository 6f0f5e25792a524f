"""A sports result on the public record: who won, the score, the time, the medals.

A match's result is announced to everyone at the ground and printed in every table, so a sentence
that tells it ("Caloundra defeated Wynnum 45 points to 24", "The visitors would run away with the
result in the end", "The silver medal was won by Rai Benjamin ... in 47.66 seconds") needs no source,
and the lesson must not say it does. Seen on two articles the teacher read: reading3's rugby report
(a scoreline keyed 'Nobody' was explained as 'needs a source: how does the reporter know?') and
reading2's Warholm hurdles report (its results, a 'Nobody, and that is fine' item the teacher asked for).
"""

from __future__ import annotations

import re

# What a contest is made of, so that a bare "45 to 24" is a score and not a range of people.
_CONTEST = (
    r"match|game|final|semi-?final|round|race|heat|tournament|championship|cup|league|title|series|half|"
    r"innings|tries|try|goals?|points|runs|wickets|medal|podium"
)
_RESULT = re.compile(
    # a win over a named side: "Caloundra defeated Wynnum", "beat the Wallabies"
    r"\b(defeated|defeats|beat|beats|thrashed|edged|overcame|drew with|lost to)\s+(the\s+)?(?-i:[A-Z])"
    # a win of a contest or a prize: "won the 400 metres hurdles final", "won the gold medal"
    rf"|\b(won|wins|win|took|claimed|clinched|retained|lost)\s+(the|a|an|his|her|their|its)\s+([\w'’-]+\s+){{0,5}}?({_CONTEST})\b"
    r"|\b(gold|silver|bronze) medal\b|\b(first|second|third|fourth) place\b|\bwith a time of\b"
    # the narration of how a match went: "run away with the result", "opened the game with two tries"
    r"|\b(run|ran|running|runs) away with (the|a) (result|win|game|match|victory)\b"
    r"|\b(opened|started|ended|finished|closed) the (game|match|half|race|scoring) with\b"
    r"|\bscored\s+([\w-]+\s+){0,2}(tries|goals|points|runs|touchdowns|baskets)\b"
    r"|\b(tries|goals) of (their|his|her|its) own\b",
    re.IGNORECASE,
)
_SCORE = re.compile(
    rf"\b\d{{1,3}}( points)? (to|-|–) \d{{1,3}}\b[^.;]{{0,80}}?\b({_CONTEST})\b|\b({_CONTEST})\b[^.;]{{0,80}}?\b\d{{1,3}}( points)? (to|-|–) \d{{1,3}}\b",
    re.IGNORECASE,
)


def sports_result(text: str) -> bool:
    """Does the sentence tell a contest's result or how it went, which the public record shows?"""
    return _RESULT.search(text) is not None or _SCORE.search(text) is not None
