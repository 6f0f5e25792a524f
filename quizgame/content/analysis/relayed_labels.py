"""Posts that relay someone else's words under a label: "@SultanAlQassemi: On vision for Egypt - Amr Moussa: A
constitutional state ...", "Ha! Reports: #Armenia president visited the site", "@premsaindignada [ca]: Judges pro
democracy: "...". Whoever posted it passes the words on; the one the label names said them (a nested source: the
gold conventions credit both). The label is read from the parse, not from a list of names: a name (a person the
article knows, or proper nouns that are no place) or a noun of people or sources ("Reports", "Judges"), set right
before a colon near the start of the post, after nothing or after a short lead ("On X -", "Ha!", a language tag).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.found import Found, make_found
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People

# the label: up to four words before a colon, after the post's start, a language tag or a short lead that ends
# in a dash, '!' or '?' ("On Abbaseya events - Amr Moussa:", "Ha! Reports:", "[ca]: Judges pro democracy:")
_LABELLED = re.compile(
    r"\s*(?:\[\w{2}\]\s*:?\s*)?(?:[^:\n]{0,50}?(?:\s[-–—]|[!?])\s+)?(?P<label>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3})\s?:\s+(?=\S)"
)
_PLACES = ("GPE", "LOC", "NORP", "DATE", "TIME", "EVENT", "FAC")
_LINK = 0.8  # the label is read off the post's form, not said by a verb


def relayed_labels(reading: Reading, people: People, lexicon: Lexicon, found: list[Found]) -> list[Found]:
    """Each post that relays a labelled speaker's words, also credited to that speaker (words after the label)."""
    added: list[Found] = []
    seen = {(f.attribution.speaker, f.content) for f in found}
    for item in found:
        if item.attribution.speaker_kind != "social_media" or not item.attribution.direct:
            continue
        start, end = item.content
        match = _LABELLED.match(reading.text, start, end)
        if match is None:
            continue
        label = reading.doc.char_span(match.start("label"), match.end("label"), alignment_mode="contract")
        if label is None or not len(label):
            continue
        after_handle = _HANDLE_BEFORE.search(reading.text, max(0, start - 60), match.start("label")) is not None
        name = _speaker_label(label, people, lexicon, known_only=after_handle)
        if name is None:
            continue
        content = (match.end(), end)
        cue = Cue(label.root, "relayed", label.root, content, weak=False)
        made = make_found(reading, people, lexicon, cue, content, direct=True, extra=None, link=_LINK)
        if made is None or name == item.attribution.speaker or (name, content) in seen:
            continue
        kind = "named" if people.by_surname(name.split()[-1]) is not None else made.attribution.speaker_kind
        kind = "anonymous" if _plural_sources(label[0], lexicon) else kind  # 'Reports:' no one named
        seen.add((name, content))
        added.append(replace(made, attribution=replace(made.attribution, speaker=name, speaker_kind=kind)))
    return found + added


# '@Rom Senakant: ...': a handle with no colon of its own may run on into the author's name
_HANDLE_BEFORE = re.compile(r"@\w+[ \t]+$")


def _speaker_label(label: Span, people: People, lexicon: Lexicon, known_only: bool) -> str | None:
    """Who the label names, when it names someone who can speak: a person the article names, a name that is not
    a place, a date or an event ('Algeria:', 'May 3:'), or a plural noun of people or sources ('Reports:',
    'Judges pro democracy:'); not a headline word ('BREAKING:', 'Exposed:'), a hashtag, nor two parties
    ('Abulfutouh vs. Mousa:'). Right after a handle with no colon, only a person the article names."""
    if any(t.text.startswith(("#", "@")) for t in label):
        return None
    known = people.by_surname(label[-1].text)
    if known is not None and all(_name_word(t) for t in label):
        return known.name
    if known_only:
        return None
    shouting = len(label) == 1 and label.text.isupper() and len(label.text) > 3
    if all(_name_word(t) for t in label) and not shouting and not any(t.ent_type_ in _PLACES for t in label):
        return label.text
    return label.text if _plural_sources(label[0], lexicon) else None


def _plural_sources(token: Token, lexicon: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    return token.tag_ in ("NNS", "NNPS") and (
        lemma in lexicon.anonymous_nouns or lemma in lexicon.titles or lemma in lexicon.source_nouns
    )


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, or a word the tagger reads as a person's or a body's name ('Moussa')."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG") and token.text[:1].isupper()
