"""Which body 'the agency' is. 'Agency' names a newsroom (Reuters, the Saudi Press Agency) as often as a health,
space, weather or disaster body (the WHO, the European Space Agency, the state forestry agency): a name ending in
'Agency' is an outlet only with a word of the news in it (lexicon.outlet_kind), and 'the agency said' takes back
the body named last, passing over a broadcaster someone spoke to ('A WHO spokesperson told the BBC ... the agency
said') and a name the tagger took for a body ('Malaria killed ..., the agency said').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.subject_phrase import noun_phrase, phrase_without_article


def acronyms_before(head: Token, first: int) -> list[Span]:
    """'A WHO spokesperson', 'An EPA spokesman': an acronym before a person's noun names the body they speak for."""
    doc = head.doc
    return [doc[t.i : t.i + 1] for t in doc[first : head.i] if _acronym_for(t)]


def _acronym_for(token: Token) -> bool:
    return (
        token.dep_ == "compound"
        and token.pos_ == "PROPN"
        and token.is_upper
        and len(token.text) > 1
        and not token.ent_type_
        and token.head.pos_ == "NOUN"
    )


def reads_as_body(name: Span, lexicon: Lexicon) -> bool:
    """A name that says it is an institution ('the Environment Agency', 'the National Institute of Geophysics')
    or an acronym ('WHO', 'NOAA')."""
    return any(t.lower_ in lexicon.organization_nouns or (t.is_upper and len(t.text) > 1) for t in name)


def agency_named_before(head: Token, lexicon: Lexicon) -> tuple[str, SpeakerKind] | None:
    """'According to the Saudi Press Agency, ... [a sentence] ... The agency said': with no body named in the last
    sentences, the last thing the article called an agency ('the regional emergency management agency')."""
    for token in reversed(head.doc[: head.i]):
        if token.lemma_.lower() != "agency" or token.dep_ == "compound":
            continue
        name = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "ORG"), None)
        phrase = name.text if name is not None else noun_phrase(token)
        if phrase.lower() in ("the agency", "agency", "an agency", "a agency"):
            continue
        return phrase_without_article(phrase.removeprefix("the ")), lexicon.outlet_kind(phrase) or "organization"
    return None
