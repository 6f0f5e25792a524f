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
