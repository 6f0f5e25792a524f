"""A blockquote's lead-in whose subject is what was done, not who speaks.

With no verb of saying before the colon, a blockquote's lead-in gives the speaker by its subject ('Ahmed also
criticized Mauritania:'). A passive sentence's subject is what the act was done to: 'The winners were selected
through the following process:' copies the contest's rules, 'In Uganda, the same move ... is being made, as
explained on the X website:' a site's words. Neither the winners nor the move wrote them; the site an 'as explained
on X' or 'as reported by X' clause names did, when there is one. Passives that make their subject speak ('X was
asked about ...:', 'Y was quoted as saying:', 'Z was interviewed by ...:') keep it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.lexicon import load_lexicon

_MADE_TO_SPEAK = frozenset({"ask", "quote", "interview", "question", "invite", "cite", "prompt", "press"})
_WHERE_SAID = frozenset({"on", "by", "in"})  # 'as explained on the X website', 'as reported by X'


def done_to(subject: Token) -> bool:
    """The subject is a passive verb's ('were selected', 'is being made'), and the verb does not make it speak."""
    return subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() not in _MADE_TO_SPEAK


def said_where(sentence: Span) -> tuple[Token, Token] | None:
    """The verb and the source of an 'as' clause of saying: 'as explained on the In2EastAfrica website'."""
    saying = load_lexicon().strong_cues
    for verb in sentence:
        if verb.lemma_.lower() not in saying or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _WHERE_SAID:
                found = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
                if found is not None:
                    return verb, found
    return None
