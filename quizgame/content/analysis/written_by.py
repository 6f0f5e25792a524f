"""A piece of writing as the subject that introduces a blockquote: its writer speaks.

Blog reviews introduce a quoted passage by the piece it comes from: "Damien Glez's article published on
africandiplomacy.com ... discusses the risks ... of being a satirical cartoonist:", "The article already
cited by Damien Glez lists these:", "The post continued:". An article says nothing of itself; the words are
its writer's: the name that owns it ("Glez's article"), the name after its "by", or, for "the post" with
neither, whoever wrote the blockquote before it (the post the paragraph goes on with). A blog, a site or a
newspaper is a publisher that speaks for itself ('The blog ... also suggested') and is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_parts import Cue

_WRITINGS = frozenset("article post piece essay column entry".split())
_PASSING_ON = frozenset("post repost publish share reproduce".split())
_PASSED_ON = _WRITINGS | frozenset("comment message letter note poem".split())


def writer_cue(sentence: Span | None, previous: Cue | None) -> Cue | None:
    """The introducing sentence's cue with the writer of its subject as speaker, when the subject of its main
    verb is a piece of writing and the sentence ends in a colon, or when it passes on someone's writing; else None. `previous` introduced the
    blockquote before."""
    if sentence is None:
        return None
    root = sentence.root
    posted = next(
        (p for t in sentence if (p := _posted_writing(t)) is not None), None
    )  # 'X re-posts a comment left under ... .': the blockquote is what it passes on
    if posted is not None or not sentence.text.rstrip().endswith(":"):
        return posted
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None and previous is not None and previous.speaker is not None and _going_on(sentence):
        return replace(previous, content=None)  # '... and added [ko]:' under the blockquote before
    if subject is None:
        return _misparsed_subject(sentence)
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _WRITINGS:
        return None
    writer = _named_writer(subject)
    if writer is not None:
        return Cue(root, root.text, writer, None, weak=False)
    if previous is not None and previous.speaker is not None and _referred_back(subject):
        return replace(previous, content=None)  # the earlier cue, so the writer is read as it was there
    return None


def _posted_writing(verb: Token) -> Cue | None:
    """'Desde Abajo, meanwhile, posted a comment from Soledad Jarquin, in which she suggests ...:', 'Unzipped: Gay
    Armenia, for example, re-posts a comment left under one such opinion piece criticizing ...': a blog passing on
    someone's writing does not speak it; the writer named after 'from' or 'by' does, or, unnamed, the writing
    as the text describes it ('a comment left under one such opinion piece')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PASSING_ON or verb.dep_ in ("acl", "relcl", "advcl"):
        return None  # ('re-posts' parses as 're', '-', 'posts')
    piece = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PASSED_ON), None)
    if piece is None:
        return None
    writer = _named_writer(piece)
    if writer is not None:
        return Cue(verb, verb.text, writer, None, weak=False)
    described = [c for c in piece.children if c.dep_ in ("acl", "relcl") and c.tag_ != "VBG"]
    if not described:
        return None  # 'posted a comment:' says nothing of whose
    end = max(t.i for t in described[-1].subtree) + 1
    doing = [t.left_edge.i for t in described[-1].subtree if t.dep_ == "acl" and t.tag_ == "VBG"]
    end = min([end, *doing])  # '... opinion piece criticizing the actions of ...': what it says, not who
    words = piece.doc[piece.left_edge.i : end].text
    return Cue(verb, verb.text, None, None, weak=False, kind_hint="social_media", unnamed=words)


def _misparsed_subject(sentence: Span) -> Cue | None:
    """A long opening clause ('To mark the 2011 International Festival ..., Damien Glez's article ... discusses')
    can leave the verb with no subject in the parse, the piece hung on a name before it: the last piece of
    writing before the verb whose writer is named stands in the subject's place."""
    root = sentence.root
    pieces = [t for t in sentence if t.i < root.i and t.pos_ == "NOUN" and t.lemma_.lower() in _WRITINGS]
    writer = _named_writer(pieces[-1]) if pieces else None
    return None if writer is None else Cue(root, root.text, writer, None, weak=False)


def _named_writer(piece: Token) -> Token | None:
    """'Damien Glez's article': the owner; 'The article already cited by Damien Glez', 'a post by Edward
    Hutcheson', 'a comment from Soledad Jarquin': the name after 'by' or 'from'."""
    owner = next((c for c in piece.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return owner
    for token in piece.subtree:
        if (
            token.lower_ in ("by", "from")
            and token.dep_ in ("agent", "prep")
            and token.head.i in (piece.i, *_acl(piece))
        ):
            name = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return None


def _acl(piece: Token) -> list[int]:
    return [c.i for c in piece.children if c.dep_ in ("acl", "relcl")]


def _referred_back(piece: Token) -> bool:
    """'The post', 'this article', 'Her post', with nothing else to say which: the one just quoted."""
    children = list(piece.children)
    if len(children) != 1:
        return False
    word = children[0]
    return word.dep_ == "det" and word.lower_ in ("the", "this") or word.dep_ == "poss" and word.lower_ in _OWNERS


_OWNERS = frozenset({"her", "his", "their"})


def _going_on(sentence: Span) -> bool:
    """'and added [ko]:', 'And later tweeted:': a lead-in that opens with 'and' and has a verb of saying but no
    subject goes on with the writer of the blockquote before it."""
    words = [t for t in sentence if not t.is_space]
    root = sentence.root
    return (
        bool(words)
        and words[0].lower_ == "and"
        and root.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
        and root.lemma_.lower() in _SAYING
    )


_SAYING = frozenset("add write tweet post say continue reply comment note conclude ask".split())
