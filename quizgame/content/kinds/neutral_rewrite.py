"""`neutral_rewrite`: which rewrite of this sentence is neutral?

The choices are the sentence as written, the rewrite with the neutral alternative, and rewrites with
loaded synonyms (loaded terms of the coverage that share the neutral alternative). The control is a plain sentence: its rewrites all add a loaded
term, and the answer is that the sentence is already neutral."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from quizgame.content.analysis.lexicon import load_lexicon
from quizgame.content.analysis.model import LoadedTerm
from quizgame.content.kinds.common import (
    Coverage,
    evidence,
    make_question,
    nested,
    question_id,
    reporting_sentences,
    seeded_order,
    spread_keys,
    window,
    with_controls,
)
from quizgame.content.kinds.evaluative import possibly_loaded
from quizgame.content.kinds.fits import neutral_fits
from quizgame.content.kinds.inflection import form, has_lexicon_word, inflects
from quizgame.content.kinds.loaded_lessons import in_sentence_form
from quizgame.content.kinds.loaded_word import KEY_CONFIDENCE, reporter_terms
from quizgame.content.kinds.voices import speech_verb
from quizgame.content.question_files import QuestionRecord

KIND = "neutral_rewrite"
# The plain verbs of saying a doubting or boasting verb rewrites to: they keep the fact that something was said.
_PLAIN_SAYING = frozenset("said says say stated states state told tells tell wrote writes".split())
ALREADY_NEUTRAL = "None: the sentence is already neutral"
PROMPT = "Which rewrite of this sentence reports the same facts in neutral words?"


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    loaded_for = _loaded_for([item, *others])
    regular = []
    for (start, end), terms in sorted(reporter_terms(item).items()):
        if len({(t.start, t.end) for t in terms}) > 1:
            continue  # the rewrite swaps one word: with a second loaded one left in it, no choice is neutral
        term = terms[0]
        rest = item.body[start : term.start] + " " + item.body[term.end : end]
        if any(possibly_loaded(w) for w in rest.split()):
            continue  # "authoritarian regimes relaxed their grip": swapping "regimes" leaves the sentence charged
        neutral = first_alternative(term.neutral)
        if not neutral or not neutral_fits(item.body[start:end], term.start - start, term.term, neutral):
            # "threatened to oust" made "threatened to removed", "insists that the budget include" would
            # make "said that the budget include" (fits.py): no rewrite to offer
            continue
        proof = evidence(item, start, end)
        qid = question_id(KIND, item.slug, proof.text, term.term.lower())
        synonyms = [
            t
            for t in loaded_for.get(neutral.lower(), [])
            if len(t.split()) == len(term.term.split()) and plainly_wrong(t, term.term, neutral)
        ]
        synonyms = one_per_charge(synonyms)
        twins = same_charge(term.term, synonyms)
        if twins and neutral.lower() not in _PLAIN_SAYING:
            continue  # "ridiculed" keyed "criticized" beside "mocked": the twin keeps the fact, the key changes it
        synonyms = [t for t in synonyms if t not in twins]
        if len(synonyms) < 2 or _shared_words(neutral, term.term):
            # Fewer than three rewrites: "the rewrite that differs from the others" answers it without
            # reading. And a neutral word inside the loaded one ("declared" in "self-declared") leaves
            # two defensible answers. Abstain in both cases.
            continue
        # The sentence as written is not offered: choosing it says "the sentence is already neutral",
        # which the last option says too (two options, one answer).
        words = [neutral, *_coverage_first(synonyms, qid)[:3]]
        rewrites = [_swap(item, start, end, term.start, term.end, w) for w in words]
        order = seeded_order(dict.fromkeys(rewrites), qid)
        regular.append(
            make_question(
                KIND,
                qid,
                PROMPT,
                [*order, ALREADY_NEUTRAL],
                [order.index(rewrites[0])],
                _explanation(proof.text, term, neutral, words[1:]),
                proof,
                articles=[item.slug],
                difficulty=2,
                control=False,
            )
        )
    # A control for every two regular items: with two rewrites and "already neutral", the keys would
    # otherwise sit on two positions only.
    return spread_keys(with_controls(regular, _controls(item, loaded_for), every=2), 1, item.slug)


def _explanation(sentence: str, term: LoadedTerm, neutral: str, others: Sequence[str]) -> str:
    """Why the neutral rewrite is the answer. For a verb of saying ("insisted", "claimed") the
    statement may well be disputed, so the lesson is not that the sentence is false but that "said" is
    the safer verb: the doubting verb lets the reporter's own judgement show before the reader can weigh
    the facts."""
    quoted = [f'"{w}"' for w in others]
    listed = " and ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
    text = f'The sentence reads: "{nested(sentence)}" {in_sentence_form(term)} '
    if neutral.lower() in ("said", "says", "say") or speech_verb(term.term):
        return text + (
            f'Even where the statement is disputed, "{neutral}" is the safer verb: it reports what was said '
            f'and leaves the doubt to the facts the article gives, while "{term.term}" lets the reporter\'s own '
            f"judgement show. {listed} would each add a judgement of their own."
        )
    return text + (
        f'"{neutral}" reports the same fact without taking sides, while {listed} '
        f"{'trades' if len(others) == 1 else 'trade'} one loaded word for another. So the sentence is not "
        "neutral as written."
    )


def _controls(item: Coverage, loaded_for: dict[str, list[str]]) -> list[QuestionRecord]:
    """Plain sentences holding a neutral word that loaded terms of the coverage could replace."""
    found = []
    for sentence in reporting_sentences(item):
        if any(sentence.start <= t.start < sentence.end for t in item.analysis.loaded_terms):
            continue
        if has_lexicon_word(sentence.text) or any(possibly_loaded(w) for w in sentence.text.split()):
            continue  # "massacres", rated below the analysis's bar, or "brave": "already neutral" is no safe key
        lowered = sentence.text.lower()
        for neutral, terms in loaded_for.items():
            if neutral.lower() not in lowered:
                continue  # most words are in no sentence: skip compiling a pattern for each
            match = re.search(rf"\b{re.escape(neutral)}\b", sentence.text, re.IGNORECASE)
            if match is None:
                continue
            terms = [t for t in terms if plainly_wrong(t, match.group(), neutral)]
            if len(terms) < 2:
                continue
            at = sentence.start + match.start()
            proof = evidence(item, sentence.start, sentence.end)
            qid = question_id(KIND, item.slug, proof.text, neutral)
            choices = [
                _swap(item, sentence.start, sentence.end, at, at + len(neutral), w)
                for w in _coverage_first(one_per_charge(terms), qid)[:3]
            ]
            found.append(
                make_question(
                    KIND,
                    qid,
                    PROMPT,
                    [*choices, ALREADY_NEUTRAL],
                    [len(choices)],
                    f'The sentence reads: "{nested(proof.text)}" It already reports in plain words. Each rewrite '
                    f'replaces "{match.group()}" with a loaded word that adds a judgement the facts do not '
                    "support: careful reporting needs no such rewrite.",
                    proof,
                    articles=[item.slug],
                    difficulty=2,
                    control=True,
                )
            )
            break
    return found


def plainly_wrong(candidate: str, original: str, neutral: str) -> bool:
    """May `candidate` stand in for `original` as a distractor that is verifiably not the neutral
    rewrite? Not the original in another spelling ("hard-line" for "hardline"), sharing no word with
    the neutral alternative ("self-declared" beside "declared": two defensible answers), nor a form of
    either ("removed" beside "remove"), in the same
    form as the word it replaces ("have claimed" must not become "have insists"), and of the same
    part of speech as the other loaded words for the same neutral one ("embattled" is no verb)."""

    def letters(text: str) -> str:
        return re.sub(r"[^a-z]", "", text.lower())

    if letters(candidate) == letters(original) or _shared_words(candidate, neutral):
        return False
    if inflects(candidate, neutral) or inflects(candidate, original):
        return False  # "removed" beside "remove" is the right answer in another form, not a wrong one
    if form(candidate) != form(original):
        return False
    wanted, pos = _pos(original) or _pos(neutral), _pos(candidate)
    return not (wanted and pos and not wanted & pos)


def _shared_words(a: str, b: str) -> set[str]:
    def parts(text: str) -> set[str]:
        return set(re.split(r"[\s-]+", text.lower())) - {""}

    return parts(a) & parts(b)


@functools.lru_cache(maxsize=4096)
def _pos(word: str) -> frozenset[str]:
    """The parts of speech the lexicon gives a loaded word (by its term, or a lemma it inflects);
    for a neutral word, those of the loaded words it replaces (empty when the lexicon does not say)."""
    word = word.lower()
    rules = load_lexicon().terms
    for rule in rules:
        if rule.term.lower() == word or (
            len(rule.lemmas) == 1 and word.startswith(rule.lemmas[0]) and len(word) - len(rule.lemmas[0]) <= 3
        ):
            return rule.pos
    found = [rule.pos for rule in rules if first_alternative(rule.neutral).lower() == word and rule.pos]
    if not found:
        return frozenset()
    common = max(set(found), key=found.count)
    return common


def one_per_charge(terms: list[str]) -> list[str]:
    """The terms less those that add the same judgement as one before them ("bragged" after "boasted":
    the lexicon gives both one reason): two distractors that are one distractor twice."""
    charges = _charges()
    seen: set[str] = set()
    kept = []
    for term in terms:
        charge = charges.get(term, term)
        if charge not in seen:
            seen.add(charge)
            kept.append(term)
    return kept


def same_charge(original: str, terms: list[str]) -> list[str]:
    """The terms that add the very judgement the original adds (the lexicon gives both one reason):
    closer synonyms of the original than its neutral alternative is. Reading4: "ridiculed" rewritten
    "criticized" beside "mocked", where ridicule is the fact reported and "mocked" keeps it while the
    key changes it. For a verb of saying ("boasted" -> "said" beside "bragged") the neutral verb keeps
    the fact, and the twin is only one distractor too many."""
    charges = _charges()
    own = charges.get(original.lower())
    return [t for t in terms if own is not None and charges.get(t) == own]


# The charges of the lexicon last read, by its terms: built once, not for every distractor checked.
_CHARGES: dict[int, tuple[object, dict[str, str]]] = {}


def _charges() -> dict[str, str]:
    """Each lexicon term's reason without the words it quotes: what judgement the term adds."""
    terms = load_lexicon().terms
    known = _CHARGES.get(0)
    if known is None or known[0] is not terms:
        known = (terms, {r.term.lower(): re.sub(r"'[^']*'", "", r.reason).strip().lower() for r in terms})
        _CHARGES[0] = known
    return known[1]


def _coverage_first(terms: list[str], seed: str) -> list[str]:
    """The first three terms shuffled among themselves: the coverage's own come first in `terms`."""
    return seeded_order(terms[:3], seed) + terms[3:]


@functools.lru_cache(maxsize=4096)
def first_alternative(neutral: str) -> str:
    """Lexicons may list several alternatives ("left / withdrew from"): the first reads best."""
    return re.split(r"[/;,]| or ", neutral)[0].strip()


def _loaded_for(coverage: Sequence[Coverage]) -> dict[str, list[str]]:
    """Loaded terms grouped by their neutral alternative: "said" -> claimed, insisted. The coverage's
    own terms come first (what other outlets wrote is the better distractor), then the lexicon's: they
    give a rewrite its second loaded distractor (with only the sentence as written and the neutral
    rewrite, "not the original" settles it) and plain sentences their controls; the lexicon lists the
    inflected forms news prose uses ("slammed"). Only terms charged beyond dispute (at the confidence a
    tap key needs): a word the lexicon rates lower ("alleged", the proper verb for an accusation;
    "pointed out") is a second defensible rewrite, not a verifiably wrong one."""
    own = [(t.neutral, t.term) for item in coverage for t in item.analysis.loaded_terms if sure(t.confidence)]
    lexicon = [(r.neutral, r.term) for r in load_lexicon().terms if sure(r.confidence)]
    grouped: dict[str, list[str]] = {}
    for entries in (sorted(own), sorted(lexicon)):
        for neutral_text, term in entries:
            neutral = first_alternative(neutral_text).lower()
            if neutral and not neutral.startswith("(") and term.lower() not in grouped.get(neutral, []):
                grouped.setdefault(neutral, []).append(term.lower())
    return dict(sorted(grouped.items()))


def sure(confidence: object) -> bool:
    return float(str(confidence)) >= KEY_CONFIDENCE


def _swap(item: Coverage, start: int, end: int, term_start: int, term_end: int, word: str) -> str:
    original = item.body[term_start:term_end]
    if original[:1].isupper():
        word = word[:1].upper() + word[1:]
    text = item.body[start:term_start] + word + item.body[term_end:end]
    shift = len(word) - (term_end - term_start)
    return window(text, 0, len(text), term_start - start, term_end - start + shift, reach=8)
