"""An interview's answers: words under a label naming who speaks ("((Philipp Hagemeister)) I saw ...").

Wikinews sets an interview as labelled paragraphs, the interviewer's questions ("((WN))", "((RS))") and
the guest's answers, with no quotation marks; the analysis credits each answer to the guest, but the
sentence never names him, so who_said dropped all of reading4's youtube-dl answers but one (and that one
had said "named earlier in the same paragraph" of the label). The label is where a reader finds the
speaker: an answer whose label names the speaker the analysis found is sure.
"""

from __future__ import annotations

import re

from quizgame.content.kinds.readable import INTERVIEW_LABEL, in_interview


def label_at(body: str, offset: int) -> str | None:
    """The label opening the interview paragraph that holds body[offset], without its brackets or
    stars; None outside an interview's labelled paragraphs."""
    if not in_interview(body, offset):
        return None
    start = body.rfind("\n", 0, offset) + 1
    found = INTERVIEW_LABEL.match(body, start)
    return found.group(1).strip("()*: ") if found else None


def answered_by(body: str, offset: int, speaker: str) -> bool:
    """Is body[offset] in an answer labelled with the speaker's name (surname at least)?"""
    label = label_at(body, offset)
    last = (speaker.split() or [""])[-1]
    return bool(label and last and re.search(rf"\b{re.escape(last)}\b", label))


# Labels an outlet's interviewer asks under ("((WN))", "((Wikinews))", "Q:").
_ASKER = frozenset({"wn", "wikinews", "q", "question", "interviewer", "int"})


def interviewer(body: str, offset: int, outlet: str) -> str | None:
    """Who asked the questions of the interview holding body[offset], as an option: the outlet's
    interviewer, when the article labels its questions with the outlet's mark. reading5's Seager: "Correct."
    confirms the interviewer's own guess, so the interviewer is the real alternative to the guest, where
    a telescope had been offered."""
    if label_at(body, offset) is None:
        return None
    labels = {m.group(1).strip("()*: ").lower() for m in INTERVIEW_LABEL.finditer(body)}
    return f"The {outlet} interviewer" if labels & _ASKER and outlet else None
