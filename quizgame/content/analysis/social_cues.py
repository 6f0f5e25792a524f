"""Signs that a writer's words are a post or a reader's comment: a social network named near the verb ('..., the
president wrote' in a story about a clash on Twitter), or 'Commenting on a story published on ...'."""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import paragraph_of
from quizgame.content.analysis.lexicon import Lexicon


def social_media_nearby(token: Token, lexicon: Lexicon) -> bool:
    """A social network, a tweet or an @handle is named in the token's paragraph, the one before or after it,
    or the opening paragraph that says what the story is about: '..., the president wrote' in a story about
    a clash on Twitter is a post; a blogger's 'writes' in a story that mentions Twitter far away is not."""
    here = paragraph_of(token)
    near = {here - 1, here, here + 1, 0}
    return any(paragraph_of(t) in near and _social_marker(t, lexicon) for t in token.doc)


def _social_marker(token: Token, lexicon: Lexicon) -> bool:
    return (
        token.lower_ in lexicon.social_words
        or token.lower_ in ("tweeted", "tweeting")
        or token.text.startswith("@")
        and len(token.text) > 1
    )


_PUBLISHED = {"story", "article", "post", "piece", "blog", "video", "status", "update", "tweet"}


def commenting_on(verb: Token) -> bool:
    """'Commenting on a story published on MyZimbabwe, X argues': a reader's comment under a published piece;
    'Commenting on the radio communications, Captain X said' is an interview answer."""
    return any(
        c.dep_ == "advcl"
        and c.lemma_.lower() == "comment"
        and c.tag_ == "VBG"
        and any(
            p.dep_ == "prep"
            and p.lower_ in ("on", "under")
            and any(o.dep_ == "pobj" and o.lemma_.lower() in _PUBLISHED for o in p.children)
            for p in c.children
        )
        for c in verb.children
    )
