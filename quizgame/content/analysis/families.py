"""The morphological family of a charged adjective: 'brutal' judges, and so do 'brutally' and 'brutality'.

spaCy's lemma joins inflections ("slams", "slammed" -> "slam") but not derivations: an adverb or a noun
made from a lexicon adjective is another lemma, and a word list that holds 'ruthless' misses 'ruthlessly'
and 'ruthlessness'. The family is derived once, when the lexicon loads, by the regular English suffixes;
a derived form that is not a word never occurs in a text, so the rules need no dictionary.

Only adjectives charged wherever they stand are extended (no object, head, subject or cue condition: a
context that limits the adjective would not carry over to its noun). A derived word may drift from its
adjective's sense ('terribly' as a mere intensifier), so it is reported a step below the adjective, under
the question gate's key band: a family member is reported, never keyed, until the tuned folders show it.
"""

from __future__ import annotations

from collections.abc import Iterator

from quizgame.content.analysis.lexicon import TermRule

FAMILY_STEP = 0.15  # how much less sure a derived form is than its adjective
MAX_FAMILY_CONFIDENCE = 0.65  # below the loaded_word key band (0.8) and the rewrite band (0.7)


def adverbs(adjective: str) -> Iterator[str]:
    """'brutal' -> 'brutally', 'terrible' -> 'terribly', 'angry' -> 'angrily', 'tragic' -> 'tragically'."""
    if adjective.endswith("le") and len(adjective) > 4:
        yield adjective[:-1] + "y"
    elif adjective.endswith("y"):
        yield adjective[:-1] + "ily"
    elif adjective.endswith("ic"):
        yield adjective + "ally"
    elif adjective.endswith("ll"):
        yield adjective + "y"
    else:
        yield adjective + "ly"


def nouns(adjective: str) -> Iterator[str]:
    """'brutal' -> 'brutality', 'arrogant' -> 'arrogance', 'ruthless' -> 'ruthlessness'."""
    if adjective.endswith(("al", "ar")):
        yield adjective + "ity"
    if adjective.endswith(("ant", "ent")):
        yield adjective[:-1] + "ce"
    if adjective.endswith(("less", "ful", "ous")):
        yield adjective + "ness"


def family_rules(terms: list[TermRule]) -> list[TermRule]:
    """A rule for each adverb and noun of a context-free lexicon adjective that the lexicon does not list."""
    listed = {rule.lemmas[0] for rule in terms if len(rule.lemmas) == 1} | {rule.term.lower() for rule in terms}
    derived: list[TermRule] = []
    for rule in terms:
        if not _extendable(rule):
            continue
        adjective = rule.lemmas[0]
        for pos, forms in (("ADV", adverbs(adjective)), ("NOUN", nouns(adjective))):
            for form in forms:
                if form in listed:
                    continue
                listed.add(form)
                derived.append(_member(rule, form, pos))
    return derived


def _extendable(rule: TermRule) -> bool:
    plain = not (rule.objects or rule.heads or rule.cue_only or rule.particle or rule.not_subjects)
    return (
        plain
        and len(rule.lemmas) == 1
        and rule.lemmas[0].isalpha()
        and rule.pos == frozenset({"ADJ"})
        and not rule.literal_when
        and not rule.with_subject
    )


def _member(rule: TermRule, form: str, pos: str) -> TermRule:
    confidence = round(min(rule.confidence - FAMILY_STEP, MAX_FAMILY_CONFIDENCE), 2)
    neutral = "(leave out)" if pos == "ADV" else "(describe what happened)"
    return TermRule(
        term=form,
        neutral=neutral,
        reason=f"'{form}' carries the judgement of '{rule.lemmas[0]}': {rule.reason}",
        lemmas=(form,),
        pos=frozenset({pos}),
        confidence=confidence,
        manner_verdict=pos == "ADV",  # 'ruthlessly', 'cruelly': the adjective's verdict on how a thing was done
    )
