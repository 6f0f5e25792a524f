"""`not_reporting`: which line is a plug or a housekeeping note? A promo (app plug, related-story link,
podcast plug, credit or series label) among the article's own plain statements of fact; the control has
no promo, answer "None of them"."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from quizgame.content.analysis.credits import CREDIT
from quizgame.content.kinds import plain_lines
from quizgame.content.kinds.common import (
    Coverage,
    control_groups,
    evidence,
    make_question,
    nested,
    question_id,
    reporting_sentences,
    seeded_order,
    shorten,
    spread_keys,
    with_controls,
)
from quizgame.content.kinds.readable import is_caption
from quizgame.content.question_files import Evidence, QuestionRecord

KIND = "not_reporting"
# Worded without the prompt's words: "the option that repeats the prompt" must not find the control's key.
# It says what the four lines are (the article's own text, opinions included), not that they are
# "reporting": a teacher reading styles9 found students take "not reporting" for "opinion".
NONE = "None of them: all four are the article's own text"
# Says what is meant, a plug or a housekeeping note, so that a line of the writer's opinion is not a
# defensible answer. Nor the words promos are made of ("This post is part of our special coverage",
# "This report was featured in", "the Fox News app"): with "not part of the reporting", the option
# sharing a word with the prompt was the key in 32% of the tuned folders' items (chance 20%).
PROMPT = "Which of these lines is a plug or a housekeeping note, not reporting?"


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    # Whole sentences of the story: not a photo caption ("A mother at her son's grave.") nor a line
    # that introduces a quoted poem or post ("As one of her poems says:"), which are not reporting either.
    # Nor a line that is not a sentence at all (a subheading, a gallery caption with no full stop) nor a
    # credit, date or link line: beside the key, such an option is a second line that is not reporting.
    sentences = [
        s
        for s in reporting_sentences(item, low=8, high=35)
        if not s.text.rstrip().endswith(":")
        and _story_line(s.text)
        and not _about_a_picture(item.body, s.start)
        and not plain_lines.takes_a_stance(s.text)
    ]
    lines = [evidence(item, s.start, s.end) for s in sentences]
    # Never a question, a hope or the writer's "we" (plain_lines.py): beside a plug, a second answer to a
    # student who reads "not reporting" as "opinion". Plain statements of fact first; a control shows only those.
    plain = [evidence(item, s.start, s.end) for s in sentences if plain_lines.plainly_factual(item, s)]
    if len(lines) < 3:
        return []  # a promo is shown among three lines of the story; a control needs four (NONE speaks of four)
    regular = []
    seen: set[str] = set()
    shown_before: list[set[str]] = []
    for promo in sorted(item.analysis.promos, key=lambda p: not _CALL.match(item.body[p.start : p.end].lstrip())):
        proof = evidence(item, promo.start, _line_end(item.body, promo.start, promo.end))
        if not proof.text.strip() or proof.text in seen or _LINK.match(proof.text.strip()):
            continue  # a bare link among sentences gives itself away by its form
        if _FUNDING.search(proof.text):
            continue  # who paid for the work is a disclosure a reader should weigh, not marketing
        seen.add(proof.text)
        qid = question_id(KIND, item.slug, proof.text)
        # Lines no earlier item showed first, plain facts before other lines of the story: a plug beside
        # an opinion is still plain to see, the same three lines twice teach nothing new.
        story = sorted(
            seeded_order(lines, qid), key=lambda e: (sum(e.text in shown for shown in shown_before), e not in plain)
        )
        if _repeats({e.text for e in story[:3]}, shown_before):
            continue  # the article's lines are all shown already: a second item would be the first again
        shown_before.append({e.text for e in story[:3]})
        shown = seeded_order([proof, *story[:3]], qid)
        shouting = proof.text.isupper()
        regular.append(
            _question(
                item,
                qid,
                shown,
                shown.index(proof),
                proof,
                (
                    f'"{nested(proof.text)}" does not report anything about the story: '
                    + _what_it_is(proof.text, shouting)
                    + " Telling the story from what surrounds it separates news from marketing and housekeeping."
                ),
                difficulty=1 if shouting else 2,
            )
        )
    # The first groups as before (a control keeps its id); more only where all of those repeat lines.
    groups = [g for g in control_groups(KIND, item.slug, plain, 4, len(regular) + 1) if len(g[1]) == 4]
    fresh = [g for g in groups if not _repeats({e.text for e in g[1]}, shown_before)]
    if groups and not fresh:
        extra = control_groups(KIND, item.slug, plain, 4, len(regular) + 8)[len(regular) + 1 :]
        fresh = [g for g in extra if len(g[1]) == 4 and not _repeats({e.text for e in g[1]}, shown_before)][:1]
    controls = [
        _question(
            item,
            qid,
            group,
            len(group),
            group[0],
            (
                "None of these lines is a plug, an advertisement or a housekeeping note (a credit, a link, a "
                f'series label): all four are the article\'s own text, for example "{group[0].text}" An article '
                "may carry plugs and links, but these four lines are all part of what it tells."
            ),
            difficulty=2,
        )
        for qid, group in fresh  # NONE speaks of four lines
    ]
    # One control for every three promos; an article with a single promo gets one on every other
    # article (by its slug), so that across a corpus "None of them" stays one key among five, not half.
    least = 1 if len(regular) > 1 or int(hashlib.sha256(item.slug.encode("utf-8")).hexdigest(), 16) % 2 else 0
    return spread_keys(with_controls(regular, controls, least=least), 1, item.slug)


# A plug that asks the reader to do something ("Visit the ISN blog ...", "Download our app"): the
# plainest case, so where an article's lines allow one item only, it is that one.
_CALL = re.compile(
    r"(visit|read|click|download|subscribe|follow|listen|watch|sign up|join|check out|see|get|find|like|tune in|"
    r"share|donate|support)\b",
    re.IGNORECASE,
)


def _repeats(lines: set[str], shown_before: list[set[str]]) -> bool:
    """Would an item showing `lines` show more than half of them in an earlier item of the article? The
    styles9 Africa post got three items showing the same two opinion lines: a class answers them once.
    At least half of what an item shows is new (a line of three, two of a control's four)."""
    return any(len(lines & shown) > len(lines) // 2 for shown in shown_before)


def _line_end(body: str, start: int, end: int) -> int:
    """Where a promo ends: its own end, or the end of its line where the sentence split cut it at a
    name's initial ("Thumbnail image by Flickr user Alex E." of "... Alex E. Proimos, under ...")."""
    if not re.search(r"\b[A-Z]\.$", body[start:end].rstrip()):
        return end
    line_end = body.find("\n", end)
    return len(body) if line_end < 0 else line_end


# A picture's line: its caption ("Freedom Fast Hunger Strike ... India." before "Image courtesy 'I Love
# India'" on one line) or a sentence about the picture ("In the above photo he is sitting with ...").
# Beside a credit, a student has a case that such a line is not reporting either: never a story line.
_PICTURE = re.compile(r"\b(?:above|below|this|the|pictured) (?:photo|photograph|picture|image)\b", re.IGNORECASE)


def _about_a_picture(body: str, start: int) -> bool:
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    return bool(CREDIT.search(line) or _CREDIT.search(line) or _PICTURE.search(line))


_CREDIT = re.compile(
    r"\b((?:image|photo|picture)s? courtesy|courtesy of|photos? by|credit:|images? (by|source)|image:|thumbnail|contact|for more information)\b",
    re.IGNORECASE,
)
# A note of who commissioned or paid for the piece: a disclosure about the reporting, which a careful
# reader weighs (who paid may shape what is told). Neither a promo to key nor a plain line of the story.
_FUNDING = re.compile(
    r"\b(commissioned by|funded by|sponsored by|paid for by|underwritten by|(produced|made|published|written|"
    r"reported) with (the )?(financial )?(support|funding|a grant) (of|from)|with (the )?(financial )?support "
    r"(of|from)|supported by (a )?grants? from|in partnership with)\b",
    re.IGNORECASE,
)
# A series label ("This post is part of our special coverage Europe in Crisis", "This story is part of a series on
# ..."): housekeeping that files the post, not a plug for something else.
_SERIES = re.compile(
    r"^this (post|story|article|report|piece) is (a )?part of (our|a|the) (special )?(coverage|series)\b", re.IGNORECASE
)
_LINK = re.compile(r"^\S*(https?://|www\.)\S*$")
_DATE_LINE = re.compile(
    r"^((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?((January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2},? \d{4}|\d{1,2} (January|February|March|April|May|June|July|August|"
    r"September|October|November|December),? \d{4})\.?$"
)


# A date printed as data ("date 2020-06-11", "2020-06-11"): the page's metadata, not a plug.
_ISO_DATE = re.compile(r"^(date:?\s*)?\d{4}-\d{2}-\d{2}\.?$", re.IGNORECASE)


def _story_line(text: str) -> bool:
    """A sentence of the story: closed by a stop, not a caption, a credit, a date or a link."""
    text = text.strip()
    return (
        text[-1:] in '.?!"”’)'
        and not is_caption(text)
        and not _CREDIT.search(text)
        and not _FUNDING.search(text)
        and not re.search(r"https?://|www\.", text)
        and not _DATE_LINE.match(text)
        and not _ISO_DATE.match(text)
    )


def _what_it_is(text: str, shouting: bool) -> str:
    """The lesson by case: a credit or contact line, a bare link and a plug are not the same thing."""
    if _DATE_LINE.match(text.strip()) or _ISO_DATE.match(text.strip()):
        return "it is the date line of the publication, not a sentence of the report."
    if _LINK.match(text.strip()):
        return "it is a bare link to another page, not a sentence of the report."
    if _CREDIT.search(text):
        return "it is a credit or contact line about the publication, not part of the report."
    if _SERIES.search(text):
        # "promotes another article, the app or the podcast" is loose for a label (a teacher's reading of styles9)
        return (
            "it is a label saying which series or special coverage the post belongs to, a note about the publication."
        )
    return ("it is a line in capitals that " if shouting else "it is a line that ") + (
        "promotes something else, such as another article, the outlet's app or its podcast."
    )


def _question(
    item: Coverage, qid: str, lines: list[Evidence], answer: int, proof: Evidence, explanation: str, difficulty: int
) -> QuestionRecord:
    return make_question(
        KIND,
        qid,
        PROMPT,
        [*(shorten(e.text) for e in lines), NONE],
        [answer],
        explanation,
        proof,
        articles=[item.slug],
        difficulty=difficulty,
        control=answer == len(lines),
    )
