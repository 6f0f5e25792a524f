"""The kind a speaker's description gives: a reader's comment is a post, a spokesperson speaks for a body, a
blogger's writing is a blog's.

The resolver calls any unnamed person 'anonymous'. Two descriptions say more, in every tuned set that has them:
- 'a reader', 'an anonymous commenter', 'A comment from the video youtube account', 'One of the comments left on
  ...', 'One anonymous commentator on World Bank blog': words posted under a story or a post are `social_media`
  (a 'commentator' only when he comments on something: a political commentator is a pundit);
- 'an Interpol spokesperson', 'The spokesperson', 'A spokesman at the Vietnamese Embassy', 'the state spokesman':
  one unnamed spokesperson gives the words of the body behind them, an `organization` (unnamed spokesmen, in the
  plural, stay anonymous people);
- 'The blog Critical Legal Thinking ... described', 'the blog CIERRABANESTO explains': a blog quoted by its name is
  `named` (the tuned sets' convention), though the tagger reads the name as an organisation's;
- 'Blogger C. Custer writes', 'Raihan wrote in his blog', 'Jerome Ross from Roar Magazine wrote', 'Al Kaashif blog
  wrote', 'Blogworld posted': a 'wrote' or 'posted' in a story that names Twitter nearby was taken for a post, but a
  writer the text places in a blog or a publication is `named` (the tuned sets' convention for blogs quoted by
  name); a comment under a published piece ('Commenting on a story ..., X argues') stays a post.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.social_cues import commenting_on

_POSTED = {"comment", "commenter", "reader"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman"}


def described_kind(speaker: Token | None, kind: SpeakerKind) -> SpeakerKind | None:
    """The kind an anonymous speaker's noun says it is, or None to keep the resolver's."""
    if speaker is not None and kind == "organization" and _named_blog(speaker):
        return "named"
    if speaker is not None and kind == "named" and _named_reader(speaker):
        return "social_media"  # 'one reader, Jackson, had a different view:'
    if speaker is None or kind != "anonymous" or speaker.pos_ == "PROPN":
        return None
    head = _picked(speaker)
    lemma = head.lemma_.lower()
    if (
        lemma in _POSTED
        or lemma == "commentator"
        and any(c.dep_ == "prep" and c.lower_ in ("on", "under") for c in head.children)
    ):
        return "social_media"
    if lemma in _SPOKES and head.tag_ == "NN" and speaker.lower_ != "one":
        return "organization"
    return None


def _named_reader(speaker: Token) -> bool:
    """A reader or a commenter the text names ('one reader, Jackson,'); 'comments made by the minister' are his
    remarks, not posts."""
    nouns = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]
    if speaker.dep_ == "appos":
        nouns.append(speaker.head)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in ("reader", "commenter") for t in nouns)


def _picked(token: Token) -> Token:
    """'One of the comments ...': the comments are what the one is."""
    if token.lower_ != "one":
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), token) if of is not None else token


def written_in_blog(cue: Cue, kind: SpeakerKind, lexicon: Lexicon) -> bool:
    """A post by its verb or its neighbourhood, whose writer the sentence places in a blog or a publication."""
    if kind != "social_media" or cue.kind_hint != "social_media" or cue.speaker is None or commenting_on(cue.verb):
        return False
    medium = [t for p in cue.verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for t in p.subtree]
    if any(t.lower_ in lexicon.social_words for t in medium):
        return False  # 'the blogger commented on Twitter': the post is the medium the sentence names
    where = [*cue.speaker.subtree, *medium]
    if any(t.lower_.startswith("blog") for t in where):
        return True
    return any(t.pos_ == "PROPN" and lexicon.outlet_kind(t.text) == "outlet" for t in where if t.i != cue.speaker.i)


def _named_blog(speaker: Token) -> bool:
    """The speaker is a name set beside 'blog' ('the blog X', 'X blog'), or 'the blog' with a name beside it."""
    near = [speaker, *(c for c in speaker.children if c.dep_ in ("compound", "appos", "nmod"))]
    if speaker.dep_ in ("appos", "compound"):
        near.append(speaker.head)
    has_name = any(t.pos_ == "PROPN" for t in near)
    return has_name and any(t.lemma_.lower() == "blog" for t in near)
