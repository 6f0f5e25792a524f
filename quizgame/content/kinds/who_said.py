"""`who_said`: who said this quotation? The choices are people the coverage quotes or names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds import (
    answers,
    gate,
    lead_in,
    quote_lines,
    trace,
    who_said_options,
    who_said_pick,
    who_said_speaker,
)
from quizgame.content.kinds.common import (
    Checks,
    Coverage,
    clip,
    display_name,
    evidence,
    make_question,
    nested,
    question_id,
    seeded_order,
    spread_keys,
    surname,
)
from quizgame.content.kinds.readable import in_blockquote, is_english
from quizgame.content.question_files import QuestionRecord

KIND = "who_said"
NOT_SAID = "The article does not say"
# The speaker kinds a quotation's speaker may have (which of them key, and from what confidence, is
# `gate.SPEAKER_BANDS`: an unnamed source's words are found, but who it is, less reliably).
_SPEAKER_KINDS = ("named", "anonymous", "social_media")


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    regular: list[QuestionRecord] = []
    controls: list[QuestionRecord] = []
    remake: dict[str, who_said_pick.Remake] = {}
    seen: set[str] = set()
    introduced = _introduced(item)
    checks: Checks = {}  # each name's checks, once for all of the article's items
    for attribution in item.analysis.attributions:
        if not attribution.direct:
            continue  # reported speech: no quotation to ask about (not traced: every sentence of it)
        if not gate.keys_speaker(attribution):  # the measured key bands
            _why(
                item,
                attribution.quote,
                f"{attribution.speaker_kind} speaker {attribution.confidence:.2f} outside the key bands",
            )
            continue
        around = attribution.quote  # 'of Chirac, "He incarnated ...': the words are about Chirac
        attribution = quote_lines.quoted_only(item, attribution)
        if attribution is None:
            _why(item, around, "the quoted part is too short")
            continue
        intro = introduced.get(attribution.start)
        if intro is not None:
            attribution = replace(attribution, speaker=intro)  # "@Bani_2adam" is "Nabil Barqawi wrote:"
        elif not (
            answers.answered_by(item.body, attribution.start, attribution.speaker)
            or who_said_speaker.sure_speaker(item, attribution)
        ):
            why = f"speaker '{attribution.speaker}' not sure or not shown (who_said_speaker.sure_speaker)"
            _why(item, attribution.quote, why)
            continue
        asked = attribution.quote  # the question's id stays that of the quotation as the analysis found it
        attribution = quote_lines.first_full_line(item, attribution)
        quote = clip(attribution.quote)
        if not quote or quote in seen or not is_english(attribution.quote):
            continue  # an original-language quotation beside its translation: asked once, in English
        seen.add(quote)
        made = partial(
            _question,
            item,
            others,
            attribution,
            quote,
            _posters(item, attribution.start),
            intro is not None,
            around,
            asked,
            checks=checks,
        )
        question = made()
        if question is None:
            _why(
                item,
                quote,
                "its name in the words, under two other plausible speakers, or nowhere to point to (_question)",
            )
        else:
            (controls if question.control else regular).append(question)
            remake[question.id] = made
    # A speaker named in the quotation's own sentence is the easy case (the play page shows the passage
    # without the attribution, so it is still a question), and every such item teaches the same thing:
    # one per article, beside every quotation whose speaker is named only before it (a teacher read two
    # on one article, Trump's and Pelosi's, "with the identical explanation; a room should take one").
    # A post of a string of posts teaches one thing however many there are, and no item may offer the
    # key of another (`who_said_pick`).
    return spread_keys(who_said_pick.pick(item, regular, controls, remake), 1, item.slug)


def _why(item: Coverage, quote: str, gate_name: str) -> None:
    trace.drop(item.slug, KIND, quote, gate_name)


# Moved to quote_lines and who_said_options (who_said had grown past 300 lines); the old names stay for
# the tests that use them.
_first_full_line = quote_lines.first_full_line
_quoted_only = quote_lines.quoted_only
_quote_line = quote_lines.quote_line
_candidates = who_said_options.candidates
named_in_english = who_said_options.named_in_english


def _introduced(item: Coverage) -> dict[int, str]:
    """The author of each blockquoted quotation whose lead-in line names one (`lead_in`), by the
    quotation's start, where the analysis credits it to a handle or to that same person, maybe by
    part of the name ("Agenda" of "Agenda 507 (@agenda507)"); a different name is a doubt: no item."""
    found: dict[int, str] = {}
    for a in item.analysis.attributions:
        person = lead_in.introduced_speaker(item, a.start) if a.direct else None
        if person is None:
            continue
        part = set(a.speaker.split()) <= set(person.split())
        if a.speaker.lstrip().startswith("@") or surname(a.speaker) == surname(person) or part:
            found[a.start] = person
    return found


def _posters(item: Coverage, at: int) -> list[str]:
    """Every author a lead-in names in the article, those whose posts are in the same language as
    the post at `at` first: offered for a Panamanian's tweet, three English-language tweeters made the
    key the only Spanish name (reading4's baseball post)."""
    mine = lead_in.in_other_language(item, at)
    ordered: dict[str, bool] = {}
    for offset, person in sorted(lead_in.authors(item).items()):
        ordered.setdefault(person, lead_in.in_other_language(item, offset) == mine)
    return [p for p, same in ordered.items() if same] + [p for p, same in ordered.items() if not same]


def _question(
    item: Coverage,
    others: Sequence[Coverage],
    attribution: Attribution,
    quote: str,
    introduced: Sequence[str] = (),
    blockquoted: bool = False,
    around: str = "",
    asked: str = "",
    avoid: frozenset[str] = frozenset(),
    checks: Checks | None = None,
) -> QuestionRecord | None:
    speaker = display_name(attribution.speaker)
    if re.search(rf"\b{re.escape(surname(speaker))}\b", attribution.quote, re.IGNORECASE):
        return None  # "Mr Sata is very sick", said Sata: the passage would show the answer's name
    distractors = [
        d  # a person the quotation is about ("Summoning Kim Eo-joon ...") is no option: the words may quote him
        for d in who_said_options.candidates(
            item, others, speaker, attribution.speaker_kind == "anonymous", introduced, checks
        )
        if not re.search(rf"\b{re.escape(surname(d))}\b", around or attribution.quote, re.IGNORECASE)
        and d not in avoid  # another item's key: answering that one would strike it here (who_said_pick)
    ]
    asker = answers.interviewer(item.body, attribution.start, item.article.outlet)
    distractors = [asker, *distractors] if asker else distractors  # in an interview, the one who asked
    if not distractors:
        return None  # one person's words with no one else who could have said them: no question
    # Two speakers are enough (the key, the other one and "The article does not say"): a report quoting
    # only two people (reading3's rugby coaches, the two VOA tribunal officials, Calicut's minister and
    # Modi) had got no who_said item, and which of the two would say the words is read from the words.
    qid = question_id(KIND, item.slug, asked or attribution.quote)
    people = seeded_order([speaker, *distractors[:3]], qid)
    span = quote_lines.quote_line(item, attribution)
    if span is None:
        return None  # a blockquoted quotation not found as it stands: the evidence could be the original
    start, end = span
    proof = evidence(item, start, end)
    label = answers.label_at(item.body, proof.start)
    if not in_blockquote(item.body, proof.start) and not re.search(r'["“”]', proof.text) and label is None:
        return None  # unquoted words outside a labelled answer: the passage before the answer would be blank
    named_here = attribution.speaker_kind != "anonymous" and surname(speaker) in proof.text.lower()
    if blockquoted:
        named_here = False
        how = (
            f"The speaker, {speaker}, is named in the line that introduces the blockquote. A quoted post "
            "or tweet belongs to the person its introduction names, so read the line above it."
        )
    elif label is not None:
        named_here = False
        how = (
            f"The speaker, {speaker}, is named in the label that opens the answer. An interview sets each "
            "answer under its speaker's name, so read the label to find who is talking."
        )
    elif attribution.speaker_kind == "anonymous":
        how = (
            f'The article gives no name: the words are pinned on "{attribution.speaker}", so readers '
            "cannot check who said them or what they know."
        )
    elif named_here:
        how = (
            f"The sentence itself names {speaker}. A quotation tied to a named speaker in the same "
            "sentence is properly attributed: readers can see who is talking and weigh it."
        )
    elif _cue_outside_quote(proof.text, attribution):
        how = (
            f'The sentence does not repeat the name; "{attribution.cue}" points back to {speaker}, '
            "the person named just before. Read back to find who is talking."
        )
    else:
        where = where_named(item.body, attribution.speaker, proof.start, proof.end)
        if where is None:
            return None  # the explanation could not say where to read: no item
        tag = _closing_tag(item, proof.text, proof.start, proof.end, attribution.speaker)
        told = f'The quotation ends "{tag}", and the speaker, {speaker},' if tag else f"The speaker, {speaker},"
        rule = (
            "A quoted passage belongs to the person its introduction names, so read the line above it."
            if where == "in the line that introduces the blockquote"
            else "A quotation keeps its speaker until another is named, so read around it to find who is talking."
        )
        how = f"{told} is named {where}. {rule}"
    return make_question(
        KIND,
        qid,
        f'Who said "{quote}"?',
        [*people, NOT_SAID],
        [people.index(speaker)],
        f'The article reads: "{nested(proof.text)}" {how}',
        proof,
        articles=[item.slug],
        difficulty=1 if named_here else 2,
        control=named_here,
    )


def _cue_outside_quote(text: str, attribution: Attribution) -> bool:
    """Is the attribution's cue one of the words around the quotation in `text` ('", she added.'), not a
    word of the quotation itself? A lead-in "One criticism came from Daniel Fernández" gives the cue
    "from", which "The church from the beginning ..." holds: a test of the cue anywhere in the text
    told students that "from" in the bishop's own words pointed back to him (styles9's Argentina post)."""
    outside = text.replace(attribution.quote, " ") if attribution.quote else text
    outside = re.sub(r'"[^"]*"|“[^”]*”', " ", outside)
    return re.search(rf"(?<!\w){re.escape(attribution.cue)}(?!\w)", outside, re.IGNORECASE) is not None


def _closing_tag(item: Coverage, text: str, start: int, end: int, speaker: str) -> str | None:
    """The words after the closing quotation mark that credit the quotation ('", the bishop has said.'),
    when the analysis found a cue of the same speaker among them: what a reader follows back to the name."""
    found = re.search(r'["”],?\s+([^"“”]{3,60}?)[.!]?\s*$', text)
    if found is None:
        return None
    tag = found.group(1).strip()
    cues = {
        a.cue.lower()
        for a in item.analysis.attributions
        if a.speaker == speaker and start < a.sentence_end and a.sentence_start < end
    }
    return tag if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", tag, re.IGNORECASE) for c in cues) else None


def where_named(body: str, speaker: str, start: int, end: int) -> str | None:
    """Where a reader finds the speaker of body[start:end], as an explanation says it: the paragraph
    that introduces a blockquote, later or earlier in the same paragraph, or the paragraph before.
    None when the name is not within reach (the explanation would send the student nowhere)."""
    key = surname(speaker)
    if not key:
        return None
    named = [m.start() for m in re.finditer(rf"\b{re.escape(key)}\b", body, re.IGNORECASE)]
    top = body.rfind("\n\n", 0, start) + 2 if body.rfind("\n\n", 0, start) >= 0 else 0
    bottom = body.find("\n\n", end)
    bottom = len(body) if bottom < 0 else bottom
    before_top = body.rfind("\n\n", 0, max(0, top - 2)) + 2 if top > 0 else 0
    quoted_block = body[top:start].lstrip().startswith(">") or body[start - 2 : start].strip().startswith(">")
    # Past the blockquotes above this one (the original above its translation, reading4's Kasparov) to
    # the paragraph that introduces them.
    intro_top, intro_end = before_top, top
    while quoted_block and intro_top > 0 and body[intro_top:intro_end].lstrip().startswith(">"):
        intro_end = intro_top
        intro_top = body.rfind("\n\n", 0, max(0, intro_end - 2)) + 2 if body.rfind("\n\n", 0, intro_end - 2) >= 0 else 0
    if quoted_block and any(intro_top <= at < intro_end for at in named):
        return "in the line that introduces the blockquote"
    if any(end <= at < bottom for at in named):
        return "after the quotation, in the same paragraph"
    if any(top <= at < start for at in named):
        return "earlier in the same paragraph"
    if any(before_top <= at < top for at in named):
        return "in the paragraph before"
    return None
