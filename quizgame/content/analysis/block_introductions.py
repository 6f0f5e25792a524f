"""Who speaks a blockquote, as the paragraph that introduces it says ("Activist Mohamed Abdo commented:").

The introduction is the prose paragraph before the blockquote's group (a photo's caption between them passed
over). Its speaker is the cue of its last sentence nearest the root, the main clause's named subject past a cue in
a modifier, a short sentence that announces the blockquote ('The Armenian Observer blog comments.'), else the
subject before a colon; someone left unnamed ('Another voiced their opinion') stays unnamed. blockquotes.py asks here.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quizgame.content.analysis.block_lead_ins import nearest_the_colon, over_set_against
from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.lexicon import load_lexicon
from quizgame.content.analysis.passive_lead_ins import done_to, said_where
from quizgame.content.analysis.publication_lead_ins import publication_lead_in
from quizgame.content.analysis.reading import CREDIT, Reading


def introducing_cue(reading: Reading, cues: list[Cue], intro: Span) -> Cue | None:
    """The cue of the paragraph's last sentence, the one nearest its root ("Ido Kenan reported on the
    comments posted by some Israelis:" is Kenan's); past a verbless fragment ("[he]:") to the sentence
    before; else, after a colon, the sentence's subject ("Ahmed also criticized Mauritania:")."""
    sentences = [s for s in reading.sentences if intro.start <= s.start < intro.end or s.start <= intro.start < s.end]
    for index, sentence in enumerate(reversed(sentences)):
        if not index and (received := _received_from(sentence)) is not None:
            return received  # 'I received this in an email from Alex, which I think is a good start:'
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
        if not index and (published := publication_lead_in(sentence)) is not None:
            return published  # 'In the informational blog Madrilonia.org [es]:', 'From their Blog post:'
        if any(t.pos_ in ("VERB", "AUX") for t in sentence):
            if index or not sentence.text.rstrip().endswith(":"):
                return None  # a scene or a caption before the blockquote, not its introduction
            subject = _subject(sentence)
            if subject is not None and done_to(subject):  # 'The winners were selected through ...:' wrote nothing
                where = said_where(sentence)  # '..., as explained on the X website:'
                return None if where is None else Cue(where[0], where[0].text, where[1], None, weak=False)
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


_RECEIVING = frozenset({"receive", "get", "obtain", "arrive"})
_THIS = frozenset({"this", "these", "it", "following"})
_WORDS_SENT = frozenset({"note", "comment", "reply", "response", "text", "answer", "words"})


def _received_from(sentence: Span) -> Cue | None:
    """A lead-in that tells how the blogger came by the words below and from whom ('I received this in an email from
    Alex:', 'We got this message from Maria Lopez last night:', 'This note arrived from the mayor's office:'): the
    sender wrote them, not the one who received them."""
    root = sentence.root
    if root.lemma_.lower() not in _RECEIVING or not sentence.text.rstrip().endswith(":"):
        return None
    deps = ("dobj", "nsubj") if root.lemma_.lower() == "arrive" else ("dobj",)  # 'This note arrived from ...'
    received = [c for c in root.children if c.dep_ in deps]
    words = load_lexicon().statement_nouns | _WORDS_SENT
    if not any(r.lower_ in _THIS or r.lemma_.lower() in words for r in received):
        return None  # 'The volunteers got help from the council:' received no words
    for token in root.subtree:
        if token.lower_ != "from" or any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") for a in token.ancestors):
            continue
        sender = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
        if sender is not None:
            return Cue(root, root.text, sender, None, weak=False)
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


def introduction(reading: Reading, offset: int) -> Span | None:
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


def last_sentence(reading: Reading, intro: Span | None) -> Span | None:
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
