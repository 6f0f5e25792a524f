"""Speech set apart by form rather than by quotation marks: Markdown blockquotes under an introduction
(blockquotes.py finds them) and the answers of an interview transcript (interviews.py), as attributions.
"""

from __future__ import annotations

from dataclasses import replace

from quizgame.content.analysis.block_introductions import inside, main_subjects
from quizgame.content.analysis.block_lists import one_line_of_layout, page_content_lines
from quizgame.content.analysis.blockquotes import Block, Quoted, find_blocks, quoted_blocks, within
from quizgame.content.analysis.coreference import INDEFINITE_PEOPLE, resolve
from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.cue_verbs import EVALUATIVE
from quizgame.content.analysis.found import Found, clean_quote, make_found, quoted_share
from quizgame.content.analysis.interviews import find_turns
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import Attribution
from quizgame.content.analysis.nested_sources import participle_holder
from quizgame.content.analysis.person_names import person_noun
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People


def interview_answers(reading: Reading, people: People, found: list[Found]) -> list[Found]:
    """A transcript's answers, each under its speaker's label ("Porter: The city has neglected ..."). Talk
    uses verbs of saying loosely ("what does that tell us", "I'd say", "more research would find"): inside
    an answer, only a named person's statement or a quotation is a source of its own."""
    turns = find_turns(reading, people)
    if not turns:
        return found
    result = [
        f
        for f in found
        if f.attribution.direct
        or f.attribution.speaker_kind == "named"
        or not any(t.content[0] <= f.cue.offset < t.content[1] for t in turns)
    ]
    for turn in turns:
        start, end = turn.content
        span = reading.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = Cue(span[0], "interview", None, turn.content, weak=False)
        attribution = Attribution(
            turn.speaker,
            "named",
            cue.text,
            clean_quote(reading.body[start:end]),
            True,
            start,
            end,
            start,
            end,
            confidence=turn.link,
        )
        result.append(Found(attribution, turn.content, None, cue))
    return result


_QUOTED_INSIDE = 0.6  # of a blockquote's characters: quotations whose cues stand inside it


def _all_quoted_inside(quoted: Quoted, kept: list[Found]) -> bool:
    """A blockquote made of quotations each with its own cue inside it ('> "Same here in Palo," wrote Jun Dela
    Cruz. "The mayor came for photos and left," added Grace Villanueva.'): the comments under a post, gathered by
    the blogger; each is its writer's, and the block as a whole is no one's statement."""
    start, end = quoted.content
    inner = [
        f for f in kept if f.attribution.direct and start <= f.attribution.start < end and start <= f.cue.verb.idx < end
    ]
    covered = sum(f.attribution.end - f.attribution.start for f in inner)
    return len(inner) >= 2 and covered >= _QUOTED_INSIDE * (end - start)


def blockquoted(reading: Reading, people: People, lexicon: Lexicon, cues: list[Cue], found: list[Found]) -> list[Found]:
    """Blockquotes replace what was linked into them from outside; words quoted inside them stay nested."""
    blocks = find_blocks(reading.text)
    if not blocks:
        return found
    kept = [
        f
        for f in found
        if not within(blocks, f.attribution.start)
        and not within(blocks, f.cue.verb.idx)
        or within(blocks, f.cue.verb.idx)
        and _nested_source(f.cue, lexicon)
    ]
    kept += _participle_sources(reading, people, lexicon, blocks, cues, kept)
    quoted_all = quoted_blocks(reading, cues)
    introducing = {q.cue.verb.i for q in quoted_all if q.cue is not None}
    layout = page_content_lines(reading)  # a quoted page's headings, links and list items
    # "X wrote about the case:" / "X described the consequences:": the introduction's object is only
    # the topic of the blockquote below, not a statement of its own; a clause ("predicts that ...") is
    # that is a statement, and so is an object with quoted words ('describes him as "hated and loved":')
    kept = [
        f
        for f in kept
        if f.attribution.direct
        or f.cue.verb.i not in introducing
        or _has_clause(f.cue)
        or f.cue.verb.lemma_.lower() in EVALUATIVE  # 'Fans have criticized the decision:' a stance of its own
        or quoted_share(reading, f.content) > 0
    ]
    for quoted in quoted_all:
        if quoted.handle is not None:
            start, end = quoted.content
            kind = "social_media"
            attribution = Attribution(
                quoted.handle, kind, quoted.cue.text, quoted.quote, True, start, end, start, end, confidence=quoted.link
            )
            kept.append(Found(attribution, quoted.content, None, quoted.cue))
            continue
        if _all_quoted_inside(quoted, kept) or layout and one_line_of_layout(reading, quoted.content, layout):
            continue
        if quoted.cue is None:
            topic = _about(reading, people, lexicon, kept, quoted)
            if topic is not None:
                kept.append(topic)
            continue
        made = make_found(
            reading, people, lexicon, quoted.cue, quoted.content, direct=True, extra=None, link=quoted.link
        )
        if made is None:
            continue
        kind = "social_media" if quoted.social else made.attribution.speaker_kind
        start, end = quoted.content
        attribution = replace(made.attribution, quote=quoted.quote, speaker_kind=kind, start=start, end=end)
        kept.append(Found(attribution, quoted.content, None, quoted.cue))  # an introduction's outlet is its topic
    return kept


def _about(reading: Reading, people: People, lexicon: Lexicon, found: list[Found], quoted: Quoted) -> Found | None:
    """A blockquote no cue introduces: the words of whoever the paragraph before quoted last ('..." she
    explained.' then '> ...'), else of the person its last sentence is about ('Desi is one of the victims')."""
    intro = quoted.intro
    if intro is None:
        return None
    first = reading.paragraph_starts[reading.paragraph_of(intro.start_char)]
    start, end = quoted.content
    words = reading.doc.char_span(start, end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    cue = Cue(words[0], "blockquote", None, quoted.content, weak=False)  # the intro is not the statement
    earlier = [
        f for f in found if first <= f.attribution.start < intro.end_char and f.attribution.speaker_kind == "named"
    ]
    if earlier:
        speaker = earlier[-1].attribution.speaker
    else:
        named = [  # not a subject inside what the sentence says ('predicts that the party will ...')
            p
            for at, p in people.mentions
            if intro.start_char <= at < intro.end_char and at in people.subjects and not _inside_at(reading, at)
        ]
        subject = next((t for t in main_subjects(intro) if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
        resolved = resolve(subject, people, lexicon) if subject is not None and not named else None
        if not named and resolved is None:
            return None  # a scene with no one in it ('The protesters walk past ...') speaks nothing
        speaker = named[0].name if named else resolved.name
    attribution = Attribution(
        speaker, "named", cue.text, quoted.quote, True, start, end, start, end, confidence=quoted.link
    )
    return Found(attribution, quoted.content, None, cue)


_THIRD_PERSON = frozenset({"he", "she", "they"})


def _nested_source(cue: Cue, lexicon: Lexicon) -> bool:
    """A cue inside a blockquote is the quoted writer's own words unless it reports someone else saying something:
    a verb of saying or a source phrase ('Guebuza said that ...', 'according to the state spokesman') with a
    speaker who can speak. The writer's hopes, findings and beliefs ('We hope to ...', 'Many people discovered
    that ...', 'The 49 quartered show us that ...') and a speaker no one is ('no one denies that', 'Development
    Thinking 3.0 proposes') are the blockquote's own statement, not a source inside it."""
    speaker = cue.speaker
    if cue.weak or cue.strength < 1.0:
        return False
    if speaker is None:
        return cue.unnamed is not None  # 'is accused of ...': someone else accused
    return can_speak(speaker, lexicon) or speaker.lower_ in _THIRD_PERSON or speaker.lower_ in INDEFINITE_PEOPLE


def _participle_sources(
    reading: Reading, people: People, lexicon: Lexicon, blocks: list[Block], cues: list[Cue], found: list[Found]
) -> list[Found]:
    """A speakerless participle inside a blockquote reports someone the writer describes ('the police giving an
    excuse saying that ...', 'is an apparent rape victim, shouting "Fight, sister, fight!"'): a nested source,
    credited with the quotation the participle opens, or with its clause."""
    result = []
    for cue in cues:
        if cue.speaker is not None or cue.weak or cue.content is None or not within(blocks, cue.verb.idx):
            continue
        if cue.content[0] <= cue.verb.idx:
            continue  # what a participle reports follows it ('Zambians living in the Diaspora' reports nothing)
        holder = participle_holder(cue.verb)
        if holder is None or not (can_speak(holder, lexicon) or person_noun(holder.lemma_.lower(), lexicon)):
            continue
        start = cue.content[0]
        quote = next((q for q in reading.quotes.quotes if q.start <= start < q.end), None)
        content = cue.content if quote is None else quote.inner
        if any(f.content == content for f in found):
            continue
        spoken = replace(cue, speaker=holder)
        made = make_found(reading, people, lexicon, spoken, content, direct=quote is not None, extra=None)
        result.extend([made] if made is not None else [])
    return result


def _inside_at(reading: Reading, offset: int) -> bool:
    span = reading.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and inside(span[0])


def _has_clause(cue: Cue) -> bool:
    """'predicts that ...:', 'According to X, the law was adopted without a debate:', or 'issued a statement saying
    the judiciary was panicking:' (the clause is said by a participle on the object): a statement of its own before
    the blockquote, not only its topic."""
    if cue.text.lower() == "according to":
        return True  # 'According to NUNS, the law was adopted without a debate:' says the sentence's clause
    objects = [c for c in cue.verb.children if c.dep_ == "dobj"]
    said = [g for o in objects for g in o.children if g.dep_ == "acl" and g.tag_ == "VBG"]
    return any(c.dep_ in ("ccomp", "xcomp") for c in [*cue.verb.children, *(t for g in said for t in g.children)])
