"""The word lists the analysis reads, kept as data under content/lexicon/ (see its README.md).

attribution.yaml: speech cues, titles, kinds of source. loaded_terms.yaml: charged words with a
neutral alternative and a reason. Loaded once per process.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from quizgame.content.analysis.model import SpeakerKind

LEXICON_DIR = Path(__file__).resolve().parents[3] / "content" / "lexicon"
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|info|ru|ua|co|io|news|online)\b", re.IGNORECASE)


@dataclass(frozen=True, eq=False)
class TermRule:
    """One charged word or phrase, and the context in which it is charged."""

    term: str
    neutral: str
    reason: str
    lemmas: tuple[str, ...]  # one lemma, or a phrase's lemmas in order
    pos: frozenset[str] = frozenset()  # allowed parts of speech of the first word (empty: any)
    objects: frozenset[str] = frozenset()  # charged only with one of these objects (or a place)
    extend_objects: frozenset[str] = frozenset()  # objects that belong in the term ("seized control")
    particle: str | None = None  # a phrasal verb's particle ("fired back")
    cue_only: bool = False  # charged only as a verb of saying ("claimed that ...")
    not_subjects: frozenset[str] = frozenset()  # literal uses ("flames engulfed the house")
    with_subject: bool = False  # the subject is part of the charged phrase ("rioting engulfed")
    confidence: float = 0.8  # how often the word is charged in news prose, before context
    # contexts in which the word is the plain word for what happened: "armed" (an armed or state actor's act),
    # "abstract" (a subject that is not people), "named" (the article uses the word as a movement's name)
    # "physical" (a verb of attack that lands on a thing or is done by one: "slammed the door"), "done" (an act
    # that happened, not an aim: "ousted Saddam Hussein" against "threatened to oust the government")
    literal_when: frozenset[str] = frozenset()
    heads: frozenset[str] = (
        frozenset()
    )  # an adjective charged only on one of these nouns ("deadly faction", not "attack")
    # nouns on which the adjective is a set phrase or its plain sense ("heated debate", "twisted metal", "crude oil",
    # "massive heart attack": a compound and its noun as two words)
    plain_heads: frozenset[str] = frozenset()
    # a field's fixed terms that hold the word, matched on words or lemmas in order ("cruel and unusual" punishment in
    # law, "fear of persecution" in asylum law, "free radical", "pension scheme"): the term, not the reporter's slant
    terms_of_art: tuple[tuple[str, ...], ...] = ()
    manner_verdict: bool = False  # an adverb that judges how a thing was done ("brutally beaten", "failed miserably")


@dataclass
class Lexicon:
    strong_cues: frozenset[str]
    weak_cues: frozenset[str]
    titles: frozenset[str]
    outlets: tuple[str, ...]
    outlet_words: frozenset[str]
    outlet_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    document_nouns: frozenset[str]
    social_words: frozenset[str]
    statement_nouns: frozenset[str]
    terms: list[TermRule] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    clausal_cues: frozenset[str] = frozenset()  # attribute only with a clausal complement
    source_nouns: frozenset[str] = frozenset()  # "projections by CNN": the source is the agent
    naming_cues: frozenset[str] = frozenset()  # "called it "unexpected"": a short quotation is speech

    @cached_property
    def family_terms(self) -> list[TermRule]:
        """The adverbs and nouns of the lexicon's charged adjectives ('brutally', 'brutality'): families.py."""
        from quizgame.content.analysis.families import family_rules  # it builds on TermRule, defined here

        return family_rules(self.terms)

    @cached_property
    def outlet_set(self) -> frozenset[str]:
        return frozenset(self.outlets)

    @cached_property
    def outlet_starts(self) -> re.Pattern[str]:
        """Every known outlet that starts at each position (a lookahead, so overlapping names are all
        seen), the longest first: one compiled pattern instead of one search per outlet, which also
        flushed Python's small cache of compiled patterns for every other rule."""
        names = sorted(self.outlets, key=len, reverse=True)
        alternation = "|".join(re.escape(o) for o in names) or r"(?!)"
        return re.compile(rf"(?=(?<![\w-])({alternation})(?![\w-]))")

    @cached_property
    def outlets_without_article(self) -> frozenset[str]:
        return frozenset(o.removeprefix("the ") for o in self.outlets if o.startswith("the "))

    def outlet_kind(self, phrase: str) -> SpeakerKind | None:
        words = re.findall(r"[\w’'-]+", phrase)
        if not words:
            return None
        bare = [w.lower() for w in words if w.lower() != "the"]
        known = self.outlet_set
        if " ".join(bare) in self.outlets_without_article:
            return "outlet"  # 'Atlantic' for 'The Atlantic', whole: 'Blackfeet Nation' is no 'The Nation'
        if any(" ".join(bare[i:]) in known or " ".join(bare[: i + 1]) in known for i in range(len(bare))):
            return "outlet"
        if _DOMAIN.search(phrase):
            return "outlet"  # 'Znak.com', 'Domain.com': a website named by its address
        lowered = [w.lower() for w in words]
        if any(a == "news" and b in self.outlet_nouns for a, b in itertools.pairwise(lowered)):
            return "outlet"  # 'state-owned news agency Fars', 'the news site ...'
        capitalised = [w for w in words if w[:1].isupper()]
        if lowered[-1] == "agency" and not {"news", "press", "wire"} & set(lowered):
            return None  # 'the European Space Agency', 'the disaster management agency': a body, not a news agency
        tail = words[-1].rsplit("-", 1)[-1]  # 'the Chicago Sun-Times', 'the Pittsburgh Post-Gazette'
        if capitalised and tail.lower() in self.outlet_words and words[-1][:1].isupper() and tail[:1].isupper():
            return "outlet"
        if len(capitalised) == len(words) > 1 and words[0].lower() in ("radio", "television", "tv"):
            return "outlet"
        if lowered[-1] in ("report", "reports", "accounts") and any(
            w in self.outlet_nouns or w == "news" for w in lowered
        ):
            return "outlet"  # "media reports", "news reports"
        if words[-1].lower() in self.outlet_nouns and not capitalised[1:]:
            return "outlet"
        if words[-1].lower() in self.social_words:
            return "social_media"
        return None

    def outlet_name(self, phrase: str) -> str:
        """'Seattle ABC affiliate KOMO' names KOMO: the known outlet named last in the phrase."""
        lower = phrase.lower()
        best: tuple[int, int] | None = None
        for match in self.outlet_starts.finditer(lower):
            start, end = match.span(1)
            if best is None or (end, end - start) > (best[1], best[1] - best[0]):
                best = (start, end)
        return phrase[best[0] : best[1]] if best else phrase

    def common_kind(self, head: Token) -> SpeakerKind:
        lemma = head.lemma_.lower()
        if lemma in self.document_nouns or head.lower_ in self.document_nouns:  # 'statistics' lemmatised 'statistic'
            return "document"
        if lemma in self.social_words:
            return "social_media"
        if lemma in self.organization_nouns or head.ent_type_ in ("ORG", "GPE", "NORP"):
            return "organization"
        return "anonymous"


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    base = Path(directory) if directory else LEXICON_DIR
    attribution = _read(base / "attribution.yaml")
    loaded = _read(base / "loaded_terms.yaml")
    return Lexicon(
        strong_cues=_set(attribution["strong_cues"]),
        weak_cues=_set(attribution["weak_cues"]),
        titles=_set(attribution["titles"]),
        outlets=tuple(o.lower() for o in attribution["outlets"]),
        outlet_words=_set(attribution["outlet_words"]),
        outlet_nouns=_set(attribution["outlet_nouns"]),
        anonymous_nouns=_set(attribution["anonymous_nouns"]),
        organization_nouns=_set(attribution["organization_nouns"]),
        document_nouns=_set(attribution["document_nouns"]),
        social_words=_set(attribution["social_words"]),
        statement_nouns=_set(attribution["statement_nouns"]),
        terms=[_rule(entry) for entry in loaded["terms"]],
        sources=[str(s) for s in loaded.get("sources", [])],
        clausal_cues=_set(attribution.get("clausal_cues", [])),
        source_nouns=_set(attribution.get("source_nouns", [])),
        naming_cues=_set(attribution.get("naming_cues", [])),
    )


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _set(values: list[str]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _rule(entry: dict[str, Any]) -> TermRule:
    term = str(entry["term"])
    lemmas = tuple(str(entry.get("lemmas") or term).lower().split())
    return TermRule(
        term=term,
        neutral=str(entry["neutral"]),
        reason=str(entry["reason"]),
        lemmas=lemmas,
        pos=frozenset(entry.get("pos", [])),
        objects=_set(entry.get("objects", [])),
        extend_objects=_set(entry.get("extend_objects", [])),
        particle=entry.get("particle"),
        cue_only=bool(entry.get("cue_only", False)),
        not_subjects=_set(entry.get("not_subjects", [])),
        with_subject=bool(entry.get("with_subject", False)),
        confidence=float(entry.get("confidence", 0.8)),
        literal_when=frozenset(entry.get("literal_when", [])),
        heads=_set(entry.get("heads", [])),
        plain_heads=_set(entry.get("plain_heads", [])),
        terms_of_art=tuple(tuple(str(p).lower().split()) for p in entry.get("terms_of_art", [])),
        manner_verdict=bool(entry.get("manner_verdict", False)),
    )
