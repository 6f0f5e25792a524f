"""`unsourced_claim`: which of these claims has no source? One unsourced sentence among sourced ones;
the control shows only sourced sentences, and its answer is "None of them".

The key is a claim that needs a source (kinds/judgement.py): an interpretation in the reporter's own
voice (a judgement, a feeling pinned on someone, a cause, a generalisation, a comparison with no
figure) or a claim that sounds sourced and names no one (a hedge such as "reportedly", a passive such
as "it was described as"). A vote count, a date, a public act or a scene is no key: stating those
needs no source. The other lines are sentences that are wholly one statement credited to a source
they name, from the same article; one such line is enough (a short article has few), two are used
when there are. Spotting "said" must not be enough: a sourced line without a common verb of saying
goes in first when there is one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgame.content.analysis.model import Sentence, UnsourcedClaim
from quizgame.content.kinds import gate, judgement, trace
from quizgame.content.kinds.common import (
    Coverage,
    attribution_span,
    evidence,
    make_question,
    nested,
    overlaps,
    question_id,
    seeded_order,
    sentence_at,
    spread_keys,
    with_controls,
    word_count,
)
from quizgame.content.kinds.readable import showable
from quizgame.content.kinds.wording import closed
from quizgame.content.question_files import Evidence, QuestionRecord

KIND = "unsourced_claim"
HEDGE = "hedge"
NONE = "None of them: each one names its source"
PROMPT = "Which of these claims is given without any source?"
_MAX_WORDS = 45
_SOURCED_WORDS = 40
_GUESS_SHARE = 0.3  # the most a shortcut player may score on an article's items (chance is 0.25)
_ALWAYS_KEPT = 1  # items an article keeps whatever a shortcut would score on them (two with few sourced lines)
_FEW_SOURCED = 3
# The verbs that credit a statement to its source (in the form the analysis gives the cue), not acts
# that a reporter states ("agreed to", "proposed", "pledged").
_REPORTING = frozenset(
    "said says say told tells stated states wrote writes tweeted posted announced announces added explained warned "
    "reported reports insisted insists denied denies confirmed confirms noted argued claimed claims revealed "
    "indicated acknowledged blames blamed described characterised characterized commented responded replied "
    "stressed admitted alleged estimated asserted suggested concluded concludes disclosed according accused accuses "
    "called calls criticised criticized praised urged congratulated recognized recognised recognizes explains".split()
)
# A source that names no one, inside a sourced line ("told off the record", "sources said").
_UNNAMED_MARK = re.compile(r"\b(off the record|anonymity|anonymous(ly)?|unnamed|sources)\b", re.IGNORECASE)
# An event stated in the reporter's voice beside the sourced part ("were evacuated and police warned").
_STATED_EVENT = re.compile(r"\b(was|were|is|are|been)( both| also)? \w+ed\b(?! by)")
# Around a credited statement, a line may hold its speaker and verb ("Pelosi told the public") and
# little else: no second clause the reporter states ("another eviction took place after ...").
_OUTSIDE_WORDS = 10
_OTHER_CLAUSE = re.compile(r"\b(who|which|was|were|after|when|while|because|before|since|but)\b", re.IGNORECASE)
_NAMED_KINDS = ("named", "organization", "outlet", "document", "social_media")
# Reports nobody is named for ("According to eyewitness reports, ...", "according to reports"): a described
# source, which a student may fairly call none, though the analysis may kind it a document (styles7's Tunisia
# item offered it as a line that "names its source").
_UNNAMED_REPORTS = re.compile(r"^(the |some |several )?([a-z-]+ ){0,2}(reports|accounts|sources)$")
_EXTRA_CLAUSE = re.compile(r", (which|who|where|and|but|while|although|estimated)\b|;| while |, according to")


def keyable_claim(item: Coverage, claim: UnsourcedClaim, sentence: Sentence) -> bool:
    """May this claim key an item? Sure enough, short enough, a whole sentence of prose, and a claim
    that needs a source: hedged, or an interpretation in the reporter's own voice (`judgement`), never
    a fact on the public record or a scene anyone there could see."""
    return key_case(item, claim, sentence) is not None


def key_case(item: Coverage, claim: UnsourcedClaim, sentence: Sentence) -> tuple[str, str] | None:
    """Why the claim needs a source (HEDGE or a `judgement` case) and the words that show it; None
    when it may not key an item."""

    def why(gate_name: str) -> None:
        trace.drop(item.slug, KIND, sentence.text, gate_name)

    if word_count(sentence.text) > _MAX_WORDS or not gate.keys_claim(claim):
        return why("too long, or under the key band")
    if not showable(item.body, sentence.start, sentence.end):
        return why("not readable as shown (readable.showable)")  # a cut sentence, a blockquoted comment, "[ca]"
    if gate.account_case(sentence.text) != "claim":
        return why(f"a {gate.account_case(sentence.text)}: needs no source (no_source_needed.account_case)")
    if gate.hedged_claim(item.analysis, sentence):
        found = gate.HEDGES.search(sentence.text)
        return HEDGE, found.group(0).lower() if found else "reportedly"
    if not judgement.in_own_voice(item, sentence):
        return why("not in the reporter's own voice (judgement.in_own_voice)")
    case = judgement.needs_source(item.analysis, sentence)
    if case is None:
        return why("a plain fact, no interpretation to source (judgement.needs_source)")
    if case[0] in judgement.RECORD_IN_HISTORY and gate.long_past(item.body, sentence, item.year):
        # "In 1979, revolutionaries ... took dozens of people hostage": history on the common record, where
        # "who counted?" is a weak question (a teacher's reading of styles8). A judgement or a feeling about
        # the past is still the writer's own.
        return why("history on the record: a count, a comparison, a generalisation or a cause (gate.long_past)")
    return case


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    sourced = _sourced_sentences(item)
    if not sourced:
        trace.drop(item.slug, KIND, "(every claim)", "no sentence wholly credited to a named source to set against")
        return []  # nothing to set the key against that is verifiably sourced
    regular = []
    for claim in item.analysis.unsourced_claims:
        sentence = sentence_at(item.analysis, claim.start)
        case = None if sentence is None else key_case(item, claim, sentence)
        if sentence is None or case is None:
            continue
        qid = question_id(KIND, item.slug, claim.text)
        proof = evidence(item, sentence.start, sentence.end)
        others = _distractors(sourced, qid, 2, len(proof.text))
        if all(len(e.text) <= len(proof.text) for e in others):
            trace.drop(item.slug, KIND, claim.text, "the key would be the longest line")
            continue  # the key would be the longest line: a guess a class soon learns
        lines = seeded_order([proof, *others], qid)
        regular.append(_question(qid, item, lines, lines.index(proof), proof, _lesson(proof, *case, len(others))))
    controls = [
        _question(
            qid,
            item,
            group,
            len(group),
            _control_example(group),
            _control_lesson(group),
        )
        for qid, group in _control_groups(item.slug, sourced, len(regular) + 1)
        if len(group) >= 2  # a control of one line and "None" is a yes/no guess
    ]
    # few sourced lines: no way round the shortcuts, so a second item is kept too, if it can have a line of its own
    always = _ALWAYS_KEPT + (2 <= len(sourced) < _FEW_SOURCED)
    return spread_keys(not_by_shortcuts(with_controls(regular, controls), always=always), 1, item.slug)


def cue_guess(question: QuestionRecord) -> float:
    """How often a player who picks the only line without a cue word ("None" when every line has one)
    would be right on this question."""
    lines = question.choices[:-1]
    bare = [i for i, line in enumerate(lines) if not gate.has_cue(line)] or [len(lines)]
    return sum(1 for i in bare if i in question.answer) / len(bare)


def longest_guess(question: QuestionRecord) -> float:
    """How often "pick the longest line" would be right on this question."""
    most = max(len(c) for c in question.choices)
    longest = [i for i, c in enumerate(question.choices) if len(c) == most]
    return sum(1 for i in longest if i in question.answer) / len(longest)


def not_by_shortcuts(
    questions: list[QuestionRecord], most: float = _GUESS_SHARE, always: int = _ALWAYS_KEPT
) -> list[QuestionRecord]:
    """Keep the questions that spotting "said" (`cue_guess`) or picking the longest line
    (`longest_guess`) does not answer, and of those they do, only as many as keep each guess's
    expected score at `most`: a claim a shortcut gives away still teaches, but not every time. The
    first `always` items are kept whatever their guesses (regular ones first): a short article with one
    or two sourced lines would otherwise give its interpretive claims no item at all, and over an
    article's item or two a guessing rule says nothing. Over a corpus the shortcut floors
    (tests/content/audit/test_floors.py) hold each player within ten points of chance."""
    ranked = sorted(questions, key=lambda q: (cue_guess(q) + longest_guess(q), q.control, q.id))
    kept = sorted(ranked, key=lambda q: q.control)[:always]
    cue, longest = sum(cue_guess(q) for q in kept), sum(longest_guess(q) for q in kept)
    for question in ranked:
        c, g = cue_guess(question), longest_guess(question)
        if question not in kept and max(cue + c, longest + g) / (len(kept) + 1) <= most:
            kept.append(question)
            cue, longest = cue + c, longest + g
    return kept


def _lesson(proof: Evidence, case: str, words: str, others: int = 2) -> str:
    """Why the key needs a source its sentence does not give, told apart from what would need none."""
    claim = f'"{nested(proof.text)}"'
    rest = "The other claim names its source." if others == 1 else "The other claims each name their source."
    if case == HEDGE:
        return (
            f'{claim} sounds sourced, but its hedge "{words}" names no one: readers cannot tell '
            f"who says so or how anyone knows. {rest}"
        )
    if case == judgement.PASSIVE:
        return (
            f'{claim} sounds sourced, but the passive "{words}" never says by whom, so readers cannot tell '
            f"who says so or how they know. {rest}"
        )
    what, ask = judgement.lesson(case, words, proof.text)
    return (
        f'{claim} {what} ("{words}"), and no person, document or outlet stands behind it. A vote count, a date '
        f"or a scene anyone there could see needs no source; this does, so a careful reader asks: {ask} {rest}"
    )


def _control_example(group: list[Evidence]) -> Evidence:
    """The line a control's lesson quotes, and so its evidence: one sourced without a common cue word
    when there is one, since that is what the control teaches."""
    return next((e for e in group if not gate.has_cue(e.text)), group[0])


def _control_lesson(group: list[Evidence]) -> str:
    shown = _control_example(group)
    quiet = not gate.has_cue(shown.text)
    return (
        f'Each claim names its source: for example, "{nested(shown.text)}" Careful reporting says where its claims '
        + ('come from, and a source need not be marked by "said".' if quiet else "come from.")
    )


def _distractors(sourced: list[Evidence], seed: str, count: int, longer_than: int = 0) -> list[Evidence]:
    """Sourced sentences, one without a common cue word first when there is one, so that the key is
    not simply "the only sentence without 'said'"; and longer ones than the key first, so that it is
    not simply the longest line."""
    shuffled = sorted(seeded_order(sourced, seed), key=lambda e: len(e.text) <= longer_than)
    quiet = [e for e in shuffled if not gate.has_cue(e.text)]
    chosen = quiet[:1]
    return chosen + [e for e in shuffled if e not in chosen][: count - len(chosen)]


def _control_groups(slug: str, sourced: list[Evidence], count: int) -> list[tuple[str, list[Evidence]]]:
    groups = []
    for n in range(count):
        group = sorted(_distractors(sourced, f"{slug}:{n}", 3), key=lambda e: e.start)
        groups.append((question_id(KIND, slug, "control", *(e.text for e in group)), group))
    return groups


def _question(
    qid: str, item: Coverage, lines: list[Evidence], answer: int, proof: Evidence, explanation: str
) -> QuestionRecord:
    # Whole sentences, never cut: a cut could drop the very source the player is looking for.
    return make_question(
        KIND,
        qid,
        PROMPT,
        [*(closed(e.text) for e in lines), NONE],
        [answer],
        explanation,
        proof,
        articles=[item.slug],
        difficulty=2,
        control=answer == len(lines),
    )


def _sourced_sentences(item: Coverage) -> list[Evidence]:
    """Sentences a student can see are sourced: wholly one statement credited to a named source, or a
    report another outlet gives that the sentence names (`_attributed_sentences`)."""
    spans = _attributed_sentences(item)
    unsourced = [(c.start, c.end) for c in item.analysis.unsourced_claims]
    found: list[Evidence] = []
    for start, end in sorted(spans):
        e = evidence(item, start, end)
        if any(overlaps(e.start, e.end, f.start, f.end) for f in found):
            continue  # one sentence found twice (its statement and the whole sentence)
        plain = _plainly_sourced(e.text, item.analysis.people) and showable(item.body, e.start, e.end)
        if plain and not any(overlaps(e.start, e.end, *span) for span in unsourced):
            found.append(e)
    return found


def _attributed_sentences(item: Coverage) -> set[tuple[int, int]]:
    """Sentences that are wholly one statement credited to a source the sentence names (a person, a
    body, a document, an outlet or an account), whichever way: that it names one is all that matters
    here. Not a statement by an unnamed source ("critics say"), which a student may fairly call none."""
    found = set()
    unnamed = [attribution_span(a) for a in item.analysis.attributions if a.speaker_kind not in _NAMED_KINDS]
    for a in item.analysis.attributions:
        sentence = sentence_at(item.analysis, a.start)
        if sentence is None or a.speaker_kind not in _NAMED_KINDS or not gate.confident(a):
            continue
        if _UNNAMED_REPORTS.match(a.speaker.strip()):
            continue  # "eyewitness reports": described, not named
        if not set(a.cue.lower().split()) & _REPORTING:
            continue  # an act the reporter states ("agreed to", "proposed"), not a statement credited
        outside = item.body[sentence.start : max(sentence.start, a.start)] + " " + item.body[a.end : sentence.end]
        if len(outside.split()) > _OUTSIDE_WORDS or _OTHER_CLAUSE.search(outside):
            continue  # "The bill was drafted by X, who said ...": the sentence says more than the source's words
        if gate.passive_cue(sentence.text, a.cue):
            continue  # "X was accused of ...": no one named
        shown = gate.speaker_shown(item.analysis, item.body, a.speaker, sentence.start, sentence.end, a.cue)
        if shown and not any(overlaps(sentence.start, sentence.end, *span) for span in unnamed):
            found.add((sentence.start, sentence.end))
    for report in item.analysis.secondhand:
        sentence = sentence_at(item.analysis, report.start)
        outlet = (report.outlet.split() or [""])[-1].lower()
        if sentence is not None and gate.confident(report) and outlet and outlet in sentence.text.lower():
            found.add((sentence.start, sentence.end))
    return found


def _plainly_sourced(text: str, people: list[str]) -> bool:
    """A line whose source a student can see, with no second clause that could stand unsourced
    ("..., which was damaged by the quake, ..."), no hedge or agentless passive ("he has been
    criticised") and no unnamed source ("told off the record"): a line a student may fairly call unsourced."""
    sourced = gate.has_source_word(text) or judgement.has_saying_word(text)
    if word_count(text) > _SOURCED_WORDS or not sourced or _EXTRA_CLAUSE.search(text):
        return False
    if gate.HEDGES.search(text) or judgement.hides_source(text) or _UNNAMED_MARK.search(text):
        return False
    return "unnamed" not in gate.other_sources(text, people) and not _STATED_EVENT.search(text)
