"""Evaluative words: the words that carry a judgement, the only ones worth asking "whose word is this?"
about. (Not kinds/judgement.py, which says whether a whole sentence needs a source.)

"international", "hundreds" or "starting" inside a quotation belong to the speaker too, but asking
about them teaches nothing: nobody would suspect the reporter of choosing them. A judging word is a
term of the loaded-language lexicon, an evaluative adjective or adverb, or a verb that judges.
"""

from __future__ import annotations

import functools

from quizgame.content.analysis.lexicon import LEXICON_DIR, load_lexicon

# Stems of evaluative adjectives and adverbs, and of verbs that judge what they describe: a word
# starting with one ("outrageous", "outrageously") praises, condemns or dramatises; hedges that
# judge the evidence ("anecdotally", "supposedly", "obviously") count too.
_EVALUATIVE_STEMS = (
    "absurd",
    "anecdot",
    # the writer's own judging words the lexicon lacks, left in every rewrite of reading4's RuNet
    # ("ostentatious public displays", "paradoxically endorsing"), its Baseball post ("a show of
    # arrogance") and reading3's Kyrgyzstan ("the much-loathed ... tiyini")
    "ostentati",
    "paradoxical",
    "arrogan",
    "loath",
    "supposed",
    "obvious",
    "undeniabl",
    "allegedly",
    "apparently",
    "abus",
    "admirabl",
    "appall",
    "atroc",
    "awful",
    "barbar",
    "betray",
    "brav",
    "brillian",
    "brutal",
    "catastroph",
    "cowar",
    "condemn",
    "corrupt",
    "courag",
    "cruel",
    "dangerous",
    "deplor",
    "denounc",
    "despicabl",
    "destroy",
    "devastat",
    "disgrac",
    "disgust",
    "dishonest",
    "disastr",
    "evil",
    "excellen",
    "extraordinar",
    "fantastic",
    "fraud",
    "genocid",
    "glorious",
    "great",
    "heinous",
    "heroic",
    "historic",
    "horri",
    "hypocri",
    "illegal",
    "illegitimate",
    "immoral",
    "incompeten",
    "incredibl",
    "inhuman",
    "injust",
    "insult",
    "irrespons",
    "liar",
    "magnificen",
    "massacr",
    "monstrous",
    "murder",
    "outrag",
    "oppress",
    "persecut",
    "reckless",
    "ridicul",
    "ruthless",
    "scandal",
    "shame",
    "shameful",
    "shock",
    "slaughter",
    "stupid",
    "terribl",
    "terrif",
    "terror",
    "threat",
    "tragic",
    "tragedy",
    "treacher",
    "tyran",
    "unacceptabl",
    "unconstitution",
    "unfair",
    "unjust",
    "unprecedent",
    "vicious",
    "violat",
    "wonderful",
    "worst",
    "wrong",
)


@functools.lru_cache(maxsize=1)
def _lexicon_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set()
    lemmas: set[str] = set()
    for rule in load_lexicon().terms:
        if len(rule.lemmas) == 1 and " " not in rule.term:  # a phrase's words ("come under fire") judge only together
            words.add(rule.term.lower())
            lemmas.update(lemma.lower() for lemma in rule.lemmas if len(lemma) >= 4)
    return frozenset(words), tuple(sorted(lemmas))


@functools.lru_cache(maxsize=65536)
def judging_word(word: str) -> bool:
    lowered = word.lower().strip("\"'“”‘’.,;:!?()")
    if len(lowered) < 4 or not lowered.isalpha():
        return False
    words, lemmas = _lexicon_words()
    if lowered in words or any(
        lowered == lemma or lowered.startswith(lemma) and len(lowered) - len(lemma) <= 3 for lemma in lemmas
    ):
        return True
    return lowered in ("lie", "lies", "lied", "lying") or lowered.startswith(_EVALUATIVE_STEMS)


@functools.lru_cache(maxsize=1)
def _possibly_loaded() -> frozenset[str]:
    path = LEXICON_DIR / "possibly_loaded.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=65536)
def possibly_loaded(word: str) -> bool:
    """Could a reader defend tapping this word as loaded? A judging word, a word the lexicon lists at any
    confidence (also below the reporting threshold), or an evaluative word of content/lexicon/possibly_loaded.txt
    ("authoritarian", "grip", "remarkable"): never a wrong answer of a tap item (issue 14)."""
    lowered = word.lower().strip("\"'“”‘’.,;:!?()")
    if judging_word(lowered):
        return True
    listed = _possibly_loaded()
    return lowered in listed or lowered.removesuffix("ly") in listed
