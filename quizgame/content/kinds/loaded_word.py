"""`loaded_word`: tap the loaded word in a sentence written in the reporter's own voice.

The choices are the sentence's words in order, then "No loaded word"; the answer lists every loaded
word. The control is a plain sentence, whose answer is "No loaded word"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgame.content.analysis.model import LoadedTerm
from quizgame.content.kinds import gate, plain_lines, trace
from quizgame.content.kinds.common import (
    Coverage,
    evidence,
    in_quotation,
    make_question,
    nested,
    overlaps,
    question_id,
    reporting_sentences,
    sentence_at,
    with_lazy_controls,
    words,
)
from quizgame.content.kinds.evaluative import possibly_loaded
from quizgame.content.kinds.fits import neutral_fits
from quizgame.content.kinds.inflection import has_lexicon_word, same_form
from quizgame.content.kinds.loaded_lessons import lesson
from quizgame.content.kinds.readable import showable
from quizgame.content.question_files import Evidence, QuestionRecord
from quizgame.content.tap_units import intent_starts, key_blind_units

KIND = "loaded_word"
NO_LOADED_WORD = "No loaded word"
PROMPT = 'Which word in this sentence, in the reporter\'s own voice, is loaded? If none is, choose "No loaded word".'
_MAX_WORDS = 40
# In a loaded phrase ("rioting engulfed the city") these words carry no charge and score nothing.
_FUNCTION_WORDS = frozenset("a an the of to in on at for by with and or that this its it".split())


def reporter_terms(item: Coverage, kind: str = "") -> dict[tuple[int, int], list[LoadedTerm]]:
    """Loaded terms the reporter wrote (not inside a quotation), grouped by their sentence; a sentence
    holding a term the gate doubts, or a term inside reported speech (a party's words paraphrased), is
    left out whole, since its words could not be keyed either way. With `kind`, each sentence left out is
    noted for `--why` under that kind (reading5: the --why listed no loaded_word drop at all)."""
    grouped: dict[tuple[int, int], list[LoadedTerm]] = {}
    paraphrased: set[tuple[int, int]] = set()
    for term in item.analysis.loaded_terms:
        if in_quotation(item.body, term.start):
            _drop(item, kind, term.term, "inside a quotation: the speaker's word, not the reporter's")
            continue
        span = (term.sentence_start, term.sentence_end)
        if span[1] <= span[0]:
            sentence = sentence_at(item.analysis, term.start)
            if sentence is None or sentence.in_quote:
                _drop(item, kind, term.term, "not in a sentence of the reporter's own")
                continue
            span = (sentence.start, sentence.end)
        grouped.setdefault(span, []).append(term)
        if gate.in_reported_speech(item.analysis, item.body, term.start, term.end):
            paraphrased.add(span)
    kept = {}
    for span, terms in grouped.items():
        why_not = _sentence_gate(item, span, terms, span in paraphrased)
        if why_not:
            _drop(item, kind, _terms_in(item.body, span, terms), why_not)
        else:
            kept[span] = terms
    return kept


def _sentence_gate(item: Coverage, span: tuple[int, int], terms: list[LoadedTerm], paraphrased: bool) -> str:
    """The gate that keeps a sentence's loaded terms from keying an item, in words, or "" when none does."""
    if paraphrased:
        return "a term in reported speech: the speaker's judgement paraphrased (gate.in_reported_speech)"
    doubted = [t.term for t in terms if not gate.loaded_ok(t, item.body)]
    if doubted:
        return f"'{doubted[0]}' under the key band, compelled or debatable (gate.loaded_ok)"
    if any(gate.apt_doubt(item.analysis, t) for t in terms):
        return "a doubting verb apt for one unnamed person's account (gate.apt_doubt)"
    if not showable(item.body, *span):
        return "a blockquoted comment, a cut sentence or one with '[ca]' (readable.showable)"
    if scare_quoted(item.body, *span):
        return "a scare quote beside the term: a second defensible key (scare_quoted)"
    if plain_lines.speaks_to_the_reader(item.body[span[0] : span[1]]):
        return "the writer's wish to the reader: a comment that may be ironic (plain_lines.speaks_to_the_reader)"
    unsure = [t.term for t in terms if not keyable(t, item.body)]
    if unsure:
        return f"'{unsure[0]}' not charged beyond dispute here (keyable)"
    return ""


def _terms_in(body: str, span: tuple[int, int], terms: list[LoadedTerm]) -> str:
    return ", ".join(dict.fromkeys(t.term for t in terms)) + ": " + body[span[0] : span[1]]


def _drop(item: Coverage, kind: str, text: str, gate_name: str) -> None:
    if kind:
        trace.drop(item.slug, kind, text, gate_name)


# The lexicon's default confidence: a term it marks lower (or the analysis lowers by context) is
# charged only sometimes ("condone", "controversial"), and as a tap key a teacher would dispute it.
KEY_CONFIDENCE = 0.8
_SCARE_QUOTE = re.compile(r'["“‘]([^"“”‘’\n]{1,40})["”’]')
# A noun a crowd is called when it does what makes it lawless: accurate then, not a slant.
_LAWLESS_GROUP = re.compile(r"^(mob|mobs)$", re.IGNORECASE)
_VIOLENT_ACT = re.compile(
    r"^\W*(\w+\W+){0,2}?(torched|burned|burnt|attacked|lynched|killed|stoned|beat|looted|stormed|set fire|hacked)\b",
    re.IGNORECASE,
)
# Verbs of saying that name what was said as a confession or a defeat: accurate whenever it was one
# ("admitted taking the money", "conceded the election"), which a sentence alone rarely settles, so
# "said" and "already neutral" would both be defensible. Still fair distractors elsewhere.
_CONFESSION = re.compile(r"^(admit|conced|confess)", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(is|are|was|were|be|been|being|am|keeps?|kept)\s+$", re.IGNORECASE)


def scare_quoted(body: str, start: int, end: int) -> bool:
    """Does the sentence put a word or two in quotation marks ('Controversial "Prophet" TB Joshua')?
    A scare quote is the reporter's judgement too: a second defensible key beside the lexicon's. (An
    acronym in quotation marks, "CHAZ", is a name being introduced, not a scare quote.)"""
    return any(
        len(m.group(1).split()) <= 2 and not m.group(1).isupper() for m in _SCARE_QUOTE.finditer(body[start:end])
    )


def keyable(term: LoadedTerm, body: str) -> bool:
    """Is the term charged beyond dispute here? Not when the lexicon or the analysis rates it below its
    default confidence; not "admitted" or "conceded", accurate for a confession or a defeat; not "mob"
    for a crowd that torched or attacked (a lawless crowd, described);
    not a verb of saying as a participle after a noun ("a Wikipedia entry claiming that ..."), which
    describes what a text asserts."""
    if float(term.confidence) < KEY_CONFIDENCE or _CONFESSION.match(term.term.strip()):
        return False
    if _LAWLESS_GROUP.match(term.term) and _VIOLENT_ACT.match(body[term.end : term.end + 40]):
        return False
    before = body[max(0, term.start - 20) : term.start]
    participle = term.term.lower().endswith("ing") and " " not in term.term.strip()
    return not (
        participle
        and gate.speech_verb(term.term)
        and re.search(r"[a-z]\s+$", before)
        and not _AUXILIARY_BEFORE.search(before)
    )


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    grouped = reporter_terms(item, KIND)
    regular = []
    for (start, end), terms in sorted(grouped.items()):
        tokens = words(item.body, start, end)
        noted = _terms_in(item.body, (start, end), terms)
        if not 3 <= len(tokens) <= _MAX_WORDS:
            trace.drop(item.slug, KIND, noted, f"not 3 to {_MAX_WORDS} words long")
            continue
        answer = [
            i
            for i, w in enumerate(tokens)
            if w.text.lower() not in _FUNCTION_WORDS and any(overlaps(w.start, w.end, t.start, t.end) for t in terms)
        ]
        texts = [w.text for w in tokens]
        answer, phrases = whole_phrases(texts, answer)
        if not answer:
            trace.drop(item.slug, KIND, noted, "no tappable word of the term (only function words)")
            continue
        if _shape_gives_key_away(texts, answer):
            trace.drop(item.slug, KIND, noted, "the key is the longest tap: found without reading")
            continue
        other = next(
            (w for i, w in enumerate(texts) if i not in answer and (gate.debatable(w) or possibly_loaded(w))), ""
        )
        if other:  # "refuses", "authoritarian", "grip", "bizarre" unkeyed: a tap on one is defensible, not wrong
            trace.drop(
                item.slug, KIND, noted, f"another word a reader could defend tapping: '{other}' (possibly_loaded)"
            )
            continue
        misfit = next((t for t in terms if not alternative_fits(item.body, start, end, t)), None)
        if misfit is not None:
            # "insists that the budget include" -> "said that the budget include": an explanation offering
            # an ungrammatical alternative teaches nothing (a teacher's reading of styles8)
            trace.drop(item.slug, KIND, noted, f"the neutral '{misfit.neutral}' does not fit the sentence (fits.py)")
            continue
        proof = evidence(item, start, end)
        lessons = " ".join(lesson(t) for t in terms) + "".join(
            f' Here the charge is carried by the whole phrase "{p}", one tap.' for p in phrases
        )
        regular.append(
            make_question(
                KIND,
                question_id(KIND, item.slug, proof.text),
                PROMPT,
                [*(w.text for w in tokens), NO_LOADED_WORD],
                answer,
                f'The sentence reads: "{nested(proof.text)}" {lessons} These are the reporter\'s words, not a '
                "quotation, so the judgement they carry is the outlet's.",
                proof,
                articles=[item.slug],
                difficulty=3 if len(tokens) > 25 else 2,
                control=False,
            )
        )
    controls = []
    for sentence in reporting_sentences(item, high=_MAX_WORDS):
        if any(overlaps(sentence.start, sentence.end, *span) for span in grouped):
            continue
        if any(overlaps(sentence.start, sentence.end, t.start, t.end) for t in item.analysis.loaded_terms):
            continue
        if plain_lines.speaks_to_the_reader(sentence.text):
            continue  # a comment to the reader, perhaps ironic: "No loaded word" is no safe key either
        if has_lexicon_word(sentence.text) or any(possibly_loaded(w) for w in sentence.text.split()):
            # a word the lexicon lists, rated too low to report, or an evaluative word the lexicon lacks
            # ("brave", "disgraceful"): "No loaded word" is no safe key
            continue
        proof = evidence(item, sentence.start, sentence.end)
        qid = question_id(KIND, item.slug, proof.text)
        controls.append((qid, lambda qid=qid, proof=proof: _control(item, qid, proof)))
    # A control for every four regular items, and one for an article with any loaded sentence (a plain
    # sentence to tell it from; issue 14 item 3). Over a corpus the balance pass keeps tap controls to
    # one in seven (kinds/balance.py): "No loaded word" is one option beside twenty-odd words, so
    # "always tap it" must not score more than ten points over chance.
    return with_lazy_controls(regular, controls, every=4, least=1)


def whole_phrases(texts: list[str], answer: list[int]) -> tuple[list[int], list[str]]:
    """The key with every phrase of intent it sits in ("threatened to oust", where the lexicon marks
    "oust") keyed whole: the play page shows the phrase as one tap (tap_units), and "threatened" is
    part of the charge. Also the phrases so keyed, for the explanation."""
    keyed = set(answer)
    phrases = []
    for i in intent_starts(texts):
        unit = {i, i + 1, i + 2}
        if unit & keyed:
            keyed |= unit
            phrases.append(" ".join(texts[i : i + 3]))
    return sorted(keyed), phrases


def alternative_fits(body: str, start: int, end: int, term: LoadedTerm) -> bool:
    """Does the neutral word the lesson would offer fit the sentence's grammar (`fits.neutral_fits`)? A
    word of the wrong ending is left out of the lesson (`lesson`); one the construction rejects ("said"
    for "insists that the budget include") makes no question."""
    neutral = re.split(r"[/;,]| or ", term.neutral)[0].strip()
    if not neutral or neutral.startswith("(") or not same_form(term.term, neutral):
        return True
    return neutral_fits(body[start:end], term.start - start, term.term, neutral)


def _shape_gives_key_away(tokens: list[str], answer: list[int]) -> bool:
    """The play page shows a multi-word term as one tap (grouped by quizgame/content/tap_units.py). When a keyed
    unit is longer than every other unit of its sentence, "tap the longest unit" finds it without
    reading; when a keyed word is the longest word, "tap the longest word" does: such an item is
    doubtful, so none is made."""
    units = key_blind_units(tokens)
    keyed = [len(u) for u in units if set(u) & set(answer)]
    others = [len(u) for u in units if not set(u) & set(answer)]
    if keyed and max(keyed) > 1 and max(keyed) > max(others, default=1):
        return True
    # Nor when a keyed word is the longest choice on the screen (no other word, nor "No loaded word",
    # as long): loaded words run long ("self-proclaimed"), and "tap the longest word" must not find them.
    longest = max(len(w) for i, w in enumerate(tokens) if i not in answer) if len(answer) < len(tokens) else 0
    return any(len(tokens[i]) >= max(longest, len(NO_LOADED_WORD)) for i in answer)


def _control(item: Coverage, qid: str, proof: Evidence) -> QuestionRecord:
    tokens = words(item.body, proof.start, proof.end)
    return make_question(
        KIND,
        qid,
        PROMPT,
        [*(w.text for w in tokens), NO_LOADED_WORD],
        [len(tokens)],
        f'"{nested(proof.text)}" reports in plain, neutral words: none of them takes sides or passes '
        "judgement. Careful reporting looks like this; not every sentence is slanted.",
        proof,
        articles=[item.slug],
        difficulty=2,
        control=True,
    )
