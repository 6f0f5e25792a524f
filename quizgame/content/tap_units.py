"""Which words of a tap-the-word sentence are one tap, found without looking at the key.

Grouping must not give the answer away (issue 21): if only the keyed term were grouped, "tap the only
multi-word unit" would win. So words are grouped by rules blind to the key: the loaded-language
lexicon's multi-word terms (keyed or not), fixed expressions, phrasal verbs ("stepped down"), names
(runs of capitalised words: "East Precinct", "Mayor Jenny Durkan") and counts. The generator
(content/kinds/loaded_word.py) and the play page (game/tap_words.py) both group with this module, and
the lexicon's terms come from the one reader of content/lexicon (content/lexicon_files.py).
"""

from __future__ import annotations

from functools import lru_cache

from quizgame.content.lexicon_files import loaded_term_entries

# Capitalised only because they open the sentence (or are the pronoun "I"): not part of a name.
_NOT_NAMES = frozenset(
    "a an and as at but by for from he her his i in it its of on our she so that the their these they "
    "this those to we when while who with".split()
)
# Phrasal verbs are one unit of meaning whether charged ("fired back") or not ("stepped down"), so a
# charged one is not the only pair in its sentence.
_PARTICLES = frozenset("up down out off back away over".split())
# Without a parser a verb is told by its ending or by being a common irregular one.
_VERB_ENDINGS = ("ed", "ing")
_VERBS = frozenset(
    "go goes went come comes came set sets put puts take takes took get gets got give gives gave break "
    "breaks broke shut shuts cut cuts hold holds held keep keeps kept run runs ran step steps turn turns "
    "stay stays hit hits stand stands stood make makes made bring brings brought pull pulls call calls "
    "back backs sit sits sat lay lays laid fight fights fought".split()
)
# A verb of intent and the verb it governs are one act: "threatened to oust" is one charged phrase,
# and tapping "oust" alone would leave "threatened" looking like the reporter's neutral word.
_INTENT = frozenset(
    "threaten threatens threatened threatening vow vows vowed vowing pledge pledges pledged pledging "
    "promise promises promised promising attempt attempts attempted attempting seek seeks sought seeking "
    "try tries tried trying".split()
)
_SPANS = ("days", "weeks", "months", "years", "week", "month", "year")
# Multi-word expressions of plain English, one unit of meaning each.
_FIXED = tuple(
    tuple(p.split())
    for p in (
        "according to",
        "as well as",
        "more than",
        "less than",
        "fewer than",
        "at least",
        "such as",
        "because of",
        "due to",
        "in front of",
        "so far",
        "each other",
        "no longer",
        "prior to",
        "as many as",
        "a number of",
        "a lot of",
        "in order to",
        "rather than",
        "instead of",
        # expressions of time
        *(f"{when} {span}" for when in ("in recent", "earlier this", "later this", "over the past") for span in _SPANS),
        *(f"last {span}" for span in ("night", "week", "month", "year")),
        # compound nouns of news prose
        "law enforcement",
        "press conference",
        "news conference",
        "police officer",
        "police officers",
        "city hall",
        "city council",
        "human rights",
        "prime minister",
        "tear gas",
        "pepper spray",
        "flash bangs",
        "rubber bullets",
        "social media",
        "state media",
        "news agency",
        "security forces",
        "polling stations",
        "police chief",
        "police department",
        "white house",
    )
)


@lru_cache(maxsize=1)
def lexicon_phrases() -> tuple[tuple[str, ...], ...]:
    """The lexicon's multi-word terms as lower-case words ("come under fire" -> come, under, fire),
    with the particles and objects that its rules make part of a term ("ripped into", "seized control")."""
    phrases = []
    for t in loaded_term_entries():
        words = tuple(str(t["term"]).lower().split())
        phrases.append(words)
        if t.get("particle") and words[-1] != t["particle"]:
            phrases.append((*words, str(t["particle"])))
        phrases += [(*words, str(o)) for o in t.get("extend_objects", [])]
    return tuple(p for p in phrases if len(p) > 1)


def _runs(indexes: set[int]) -> list[tuple[int, ...]]:
    """Neighbouring indexes grouped into runs."""
    runs: list[list[int]] = []
    for index in sorted(indexes):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [tuple(run) for run in runs]


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...], inflected: bool) -> bool:
    """The phrase at `start`. A lexicon phrase (`inflected`) matches in any case, its first word
    inflected ("Came under fire", "fires back"); a fixed expression only as listed, so that "Seattle
    Police Department" stays one name."""
    end = start + len(phrase)
    if end > len(words):
        return False
    if not inflected:
        return tuple(words[start:end]) == phrase
    first, rest = words[start].lower(), [w.lower() for w in words[start + 1 : end]]
    return first[:1] == phrase[0][:1] and rest == list(phrase[1:])


# Phrases by the one word a match must have as written: the second (lower-cased) of a lexicon phrase,
# whose first word may be inflected; the first of a fixed one. A sentence's words are tried only
# against the phrases that can start there, in the phrases' own order, instead of all of them.
_INDEXES: dict[bool, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _by_word(phrases: tuple[tuple[str, ...], ...], inflected: bool) -> dict[str, list[tuple[str, ...]]]:
    known = _INDEXES.get(inflected)
    if known is not None and known[0] is phrases:
        return known[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[1] if inflected else phrase[0], []).append(phrase)
    _INDEXES[inflected] = (phrases, index)
    return index


def _index_word(words: list[str], start: int, inflected: bool) -> str | None:
    if not inflected:
        return words[start]
    return words[start + 1].lower() if start + 1 < len(words) else None


def intent_starts(words: list[str]) -> list[int]:
    """Where a verb of intent governs another ("threatened to oust", "vowed to crush"): one unit."""
    return [
        i
        for i in range(len(words) - 2)
        if words[i].lower() in _INTENT
        and words[i + 1].lower() == "to"
        and words[i + 2].isalpha()
        and words[i + 2].islower()
    ]


def key_blind_units(words: list[str]) -> list[tuple[int, ...]]:
    """Multi-word units found without the key, first rule first where they overlap: lexicon phrases,
    fixed expressions, a verb of intent with the verb it governs, phrasal verbs, names (runs of capitalised words, with a number beside one:
    "June 12"), then counts ("14,000 complaints")."""
    units: list[tuple[int, ...]] = []
    taken: set[int] = set()

    def add(span: tuple[int, ...]) -> None:
        nonlocal taken
        if not taken & set(span):
            units.append(span)
            taken |= set(span)

    for phrases, inflected in ((lexicon_phrases(), True), (_FIXED, False)):
        by_word = _by_word(phrases, inflected)
        for start in range(len(words)):
            for phrase in by_word.get(_index_word(words, start, inflected), ()):
                if _phrase_at(words, start, phrase, inflected):
                    add(tuple(range(start, start + len(phrase))))
    for i in intent_starts(words):
        add((i, i + 1, i + 2))
    for i in range(1, len(words)):
        verb = words[i - 1]
        if (
            words[i].lower() in _PARTICLES
            and verb.isalpha()
            and (verb.lower() in _VERBS or verb.endswith(_VERB_ENDINGS))
        ):
            add((i - 1, i))
    capitalised = {
        i for i, w in enumerate(words) if w[:1].isupper() and not (w.lower() in _NOT_NAMES and (i == 0 or w == "I"))
    }
    numbers = {i for i, w in enumerate(words) if w[:1].isdigit() and {i - 1, i + 1} & capitalised}
    for run in _runs((capitalised | numbers) - taken):
        if len(run) > 1 and not set(run) <= numbers:
            add(run)
    for i, word in enumerate(words[:-1]):  # a count and what it counts: "14,000 complaints"
        if word[:1].isdigit() and words[i + 1].isalpha() and words[i + 1].islower():
            add((i, i + 1))
    return sorted(units)
