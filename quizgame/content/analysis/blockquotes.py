"""Blockquotes: blogs set quoted words apart as Markdown blockquotes ("> ...") rather than in quotation marks.

A blockquote is a run of "> " lines; blockquotes separated only by blank lines form one group under
the paragraph that introduces them ("Activist Mohamed Abdo commented:", "On Twitter, H.Y. agrees:").
A quoted tweet names its author by handle ("@medabdou: ..."); otherwise the introducing sentence's cue
or subject is the speaker. A quotation in another language followed by its English translation is
one statement: only the English is attributed, under the handle the original carried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from quizgame.content.analysis.block_dialogues import dialogue_labels
from quizgame.content.analysis.block_languages import english_lines, next_in_group, original_of, telegraphic_english
from quizgame.content.analysis.block_lead_ins import nearest_the_colon, over_set_against
from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.lexicon import load_lexicon
from quizgame.content.analysis.named_example import named_example
from quizgame.content.analysis.reading import CREDIT, Reading
from quizgame.content.analysis.written_by import writer_cue

_QUOTE_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$", re.MULTILINE)
_HANDLE = re.compile(r"^@(\w+)\s*:?\s*")
_RETWEET = re.compile(r"\s+RT\s+@(\w+)\s*:?\s*")
_SOCIAL = frozenset("tweet tweeted tweets tweeting twitter facebook retweeted".split())
_HANDLE_LINK = 0.9  # the tweet names its author itself
_INTRO_LINK = 0.85  # the speaker is the introducing sentence's cue or subject
_TOPIC_LINK = 0.6  # no cue: the speaker is whom the paragraph before is about


@dataclass(frozen=True)
class Block:
    start: int  # first character of the first "> " line
    end: int  # end of the last line
    lines: tuple[tuple[int, int], ...]  # each line's content (after "> ")


@dataclass(frozen=True)
class Quoted:
    """One attributed blockquote: its English words, where they are, and who speaks (the cue; or, when
    the paragraph before introduces it with no cue, `intro`, that paragraph's last sentence)."""

    content: tuple[int, int]
    quote: str
    cue: Cue | None
    handle: str | None
    social: bool
    link: float
    intro: Span | None = None


def find_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines: list[tuple[int, int]] = []
    start = end = -1
    for match in _QUOTE_LINE.finditer(text):
        if lines and text[end : match.start()].strip("\n") == "" and text[end : match.start()].count("\n") == 1:
            lines.append(match.span(1))
            end = match.end()
            continue
        if lines:
            blocks.append(Block(start, end, tuple(lines)))
        start, end, lines = match.start(), match.end(), [match.span(1)]
    if lines:
        blocks.append(Block(start, end, tuple(lines)))
    return blocks


def quoted_blocks(reading: Reading, cues: list[Cue]) -> list[Quoted]:
    text = reading.text
    result: list[Quoted] = []
    handle: str | None = None
    writer: Cue | None = None  # who wrote the blockquote before ('The post continued:' goes on with it)
    previous_end = -1
    group_start = 0
    blocks = find_blocks(text)
    for index, block in enumerate(blocks):
        if previous_end < 0 or text[previous_end : block.start].strip():
            handle = None  # a new group under a new introduction
            group_start = block.start
        previous_end = block.end
        own = _HANDLE.match(text[block.lines[0][0] : block.lines[0][1]])
        handle = "@" + own.group(1) if own else handle
        below = next_in_group(text, [(b.lines[0][0], b.lines[-1][1]) for b in blocks], index)
        if original_of(text[block.lines[0][0] : block.lines[-1][1]], below):
            continue  # the original of the translation below, which carries the same handle
        lines = english_lines(reading, block.lines)
        if not lines and own and telegraphic_english(text[block.lines[0][0] : block.lines[-1][1]], below):
            lines = list(block.lines)
        labelled = dialogue_labels(text, lines) or [
            (line, name) for line in lines if (name := _labelled_line(reading, line)) is not None
        ]
        for (_, line_end), (name, words_start) in labelled:  # "> Ann Lee: Check the car parks"
            words = text[words_start:line_end].strip()
            result.append(_tweet(reading, (words_start, line_end), words, name))
        lines = [line for line in lines if line not in {line for line, _ in labelled}]
        if not lines:
            continue  # the original of a translation that follows, or only labelled lines
        start = lines[0][0] + (own.end() if own and lines[0] == block.lines[0] else 0)
        words = " ".join(text[max(s, start) : e].strip() for s, e in lines if text[max(s, start) : e].strip())
        words = _HANDLE.sub("", words).strip()
        if not words.strip(" .[]…"):
            continue
        end = lines[-1][1]
        retweet = _RETWEET.search(text, start, end)
        if retweet is not None and handle is not None:
            # "... RT @other: ..." passes on another's tweet: a nested source with words of its own
            shared = _HANDLE.sub("", words[words.find(retweet.group(0).strip()) :]).strip()
            shared = _RETWEET.sub("", " " + shared).strip()
            result.append(_tweet(reading, (retweet.end(), end), shared, "@" + retweet.group(1)))
            words, end = words[: words.find(retweet.group(0).strip())].strip(), retweet.start()
        made = _quoted(reading, cues, group_start, (start, end), words, handle, writer)
        if made is not None:
            result.append(made)
            writer = None if made.handle is not None else made.cue
        handle = None
    return result


# "[For example] Avishay Vas: Check in the parking lots": a line of a blockquote labelled with a person's name
_LABEL = re.compile(r"\s*(?:\[[^\]\n]{1,30}\]\s*)?((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+):\s+(?=\S)")


def _labelled_line(reading: Reading, line: tuple[int, int]) -> tuple[str, int] | None:
    """The name a blockquote's line is labelled with (two to four words the parser reads as a name) and where
    the words after the label start; a comment's or an editor's label ('Watchdog comment:', 'Editor's Note:')
    is no name."""
    match = _LABEL.match(reading.text, line[0], line[1])
    if match is None:
        return None
    span = reading.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or not all(t.pos_ == "PROPN" for t in span):
        return None
    return match.group(1), match.end()


def _quoted(
    reading: Reading,
    cues: list[Cue],
    group_start: int,
    content: tuple[int, int],
    words: str,
    handle: str | None,
    writer: Cue | None = None,
) -> Quoted | None:
    intro = _introduction(reading, group_start)
    last = _last_sentence(reading, intro)
    social = last is not None and any(t.lower_ in _SOCIAL or t.lower_ == "status" for t in last)
    if handle is not None:  # the introduction, when there is one, is the tweet's lead-in
        return _tweet(reading, content, words, handle, None if last is None else last.root)
    if intro is None:
        return None
    written = writer_cue(last, writer)  # 'Damien Glez's article ... discusses ...:', 'The post continued:'
    if written is not None:
        return Quoted(content, words, written, None, social, _INTRO_LINK)
    cue = named_example(_introducing_cue(reading, cues, intro), last)
    if cue is None:
        return Quoted(content, words, None, None, social, _TOPIC_LINK, last)
    return Quoted(content, words, cue, None, social, _INTRO_LINK)


def _tweet(reading: Reading, content: tuple[int, int], words: str, handle: str, verb: Token | None = None) -> Quoted:
    verb = verb or reading.token_at(content[0])
    assert verb is not None
    return Quoted(content, words, Cue(verb, "tweeted", None, None, weak=False), handle, True, _HANDLE_LINK)


def _introducing_cue(reading: Reading, cues: list[Cue], intro: Span) -> Cue | None:
    """The cue of the paragraph's last sentence, the one nearest its root ("Ido Kenan reported on the
    comments posted by some Israelis:" is Kenan's); past a verbless fragment ("[he]:") to the sentence
    before; else, after a colon, the sentence's subject ("Ahmed also criticized Mauritania:")."""
    sentences = [s for s in reading.sentences if intro.start <= s.start < intro.end or s.start <= intro.start < s.end]
    for index, sentence in enumerate(reversed(sentences)):
        own = [c for c in cues if c.speaker is not None and sentence.start <= c.verb.i < sentence.end]
        if own and not index and (nearest := nearest_the_colon(sentence, own)) is not None:
            return _unnamed(nearest)
        if own:
            best = min(own, key=lambda c: len(list(c.verb.ancestors)))
            if not _in_modifier(best.verb):
                return _unnamed(best)
            main = _main_clause(sentence)
            if main is not None:
                return main
            continue  # "[he] posted by ...": the rest of a sentence cut at a language tag
        if not index and (announced := _announcing(sentence, intro)) is not None:
            return announced
        if any(t.pos_ in ("VERB", "AUX") for t in sentence):
            if index or not sentence.text.rstrip().endswith(":"):
                return None  # a scene or a caption before the blockquote, not its introduction
            subject = _subject(sentence)
            if subject is not None:
                subject = over_set_against(sentence, subject)
            return None if subject is None else Cue(subject.head, subject.head.text, subject, None, weak=False)
    return None


def _announcing(sentence: Span, intro: Span) -> Cue | None:
    """A paragraph of one short sentence ending in a full stop that announces the blockquote below: a
    subject and its verb of saying with nothing reported ('Another voiced their opinion as a Facebook status update.'),
    or a name and a verb of saying that the parser took for a plural noun ('The Armenian Observer blog
    comments.'). A longer paragraph, or one that reports a clause, is prose of its own, not an introduction."""
    words = [t for t in sentence if not t.is_punct]
    if sentence.start != intro.start or not sentence.text.rstrip().endswith(".") or not 2 <= len(words) <= 12:
        return None
    root = sentence.root
    said = load_lexicon()
    saying = said.strong_cues | said.weak_cues  # 'The protesters walk past ...' is a scene, not an introduction
    if root.lemma_.lower() not in saying or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in root.children):
        return None
    if root.pos_ == "VERB" and root.i > sentence.start:
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if subject is None or subject.lower_ in _NOT_SPEAKING:
            return None
        return _unnamed(Cue(root, root.text, subject, None, weak=False))
    if root.tag_ == "NNS" and root.i == words[-1].i:
        named = [c for c in root.children if c.dep_ == "compound"]  # "The X blog comments.": "blog" speaks
        return Cue(root, root.text, named[-1], None, weak=False) if named else None
    return None


def _unnamed(cue: Cue) -> Cue:
    """'Another voiced their opinion ...': an indefinite pronoun introduces someone unnamed, one of those the
    paragraph before described; no one named earlier is its antecedent. 'One of the comments ..., signed by
    user Tchaka' and 'Others think ..., like Itzel Chavez' name the speaker themselves."""
    speaker = cue.speaker
    if speaker is None or speaker.lower_ not in _SOMEONE or speaker.dep_ != "nsubj" or any(speaker.children):
        return cue
    if any(t.ent_type_ == "PERSON" or t.text.startswith("@") for t in speaker.sent):
        return cue
    return replace(cue, speaker=None, unnamed=cue.speaker.text)


_NOT_SPEAKING = frozenset({"it", "this", "that", "there", "which"})
_SOMEONE = frozenset({"another", "one", "someone", "somebody", "others"})


def _in_modifier(verb: Token) -> bool:
    """'the comments posted by some Israelis': a cue inside a noun's modifier is not the introduction's."""
    return any(t.dep_ in ("acl", "relcl") for t in [verb, *verb.ancestors])


def _main_clause(sentence: Span) -> Cue | None:
    """'Ido Kenan reported on the comments ...:' the main clause's named subject introduces the quotation."""
    roots = [t for t in sentence if t.dep_ == "ROOT"]  # a language tag ("[he]") parses as a root of its own
    subject = next((c for r in roots for c in r.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
    return None if subject is None else Cue(subject.head, subject.head.text, subject, None, weak=False)


def _introduction(reading: Reading, offset: int) -> Span | None:
    """The paragraph before the blockquote's group, when it is prose and not itself a blockquote; a photo's
    caption set between the introduction and its blockquote ("Photo by X (CC BY 2.0)") is passed over."""
    before = reading.text[:offset].rstrip()
    line_start = before.rfind("\n") + 1
    if CREDIT.search(before[line_start:]) and not before.endswith(":"):
        before = before[:line_start].rstrip()
    if not before:
        return None
    line_start = before.rfind("\n") + 1
    if before[line_start:].lstrip().startswith(">"):
        return None
    token = reading.token_at(len(before) - 1)
    if token is None:
        return None
    paragraph_start = reading.paragraph_starts[reading.paragraph_of(token.idx)]
    first = reading.token_at(paragraph_start)
    return reading.doc[first.i if first is not None else token.i : token.i + 1]


def _last_sentence(reading: Reading, intro: Span | None) -> Span | None:
    if intro is None:
        return None
    return next((s for s in reading.sentences if s.start <= intro[-1].i < s.end), intro)


def _subject(intro: Span) -> Token | None:
    """The subject of the introduction's main clause; a subject only inside what it says ('X predicts that
    the party will hold on, as it has done:' misparsed with no main verb) is not the speaker."""
    subjects = [t for t in intro if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN", "PRON")]
    main = main_subjects(intro)
    if subjects and not main:
        return None
    if not main and intro.root.ent_type_ == "PERSON" and intro.root.pos_ == "PROPN":
        return intro.root  # 'Fortuna Lufungula, a human rights activist in Goma, in an email touched on ...:' unparsed
    people = [t for t in intro if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    named = next((t for t in main if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PRON"), None)
    return named or (people[-1] if people else main[0] if main else _lone_handle(intro))


def _lone_handle(intro: Span) -> Token | None:
    """'Twitter user @minji_park tweeted [ko]:', 'A net user @555773 tweeted [ko]:' parsed as a noun phrase ('user'
    the root, 'tweeted' describing it): the one handle the introduction names is the author."""
    handles = [t for t in intro if t.text.startswith("@") and len(t.text) > 1]
    return handles[0] if len(handles) == 1 else None


def main_subjects(sentence: Span) -> list[Token]:
    """The sentence's subjects that are not inside a clause it reports or describes ('predicts that the party
    will hold on': not "the party"); a clause before its verb ('X is a victim: it has been ...') is main."""
    return [
        t
        for t in sentence
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN", "PRON") and not inside(t)
    ]


def inside(token: Token) -> bool:
    """The token stands in a clause that follows the word it depends on (a complement or a modifier)."""
    return any(t.dep_ in _INNER and t.i > t.head.i for t in [token, *token.ancestors])


_INNER = frozenset({"ccomp", "acl", "advcl", "relcl", "xcomp", "pcomp"})


def within(blocks: list[Block], offset: int) -> bool:
    return any(b.start <= offset < b.end for b in blocks)
