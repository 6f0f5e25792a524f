"""Pronouns: whom a 'he', 'she', 'they' or 'it' stands for, read from the small model's parse.

The candidates are the people named in the last few sentences, and unnamed persons' subjects ('the soldier',
unnamed_antecedents.py); a candidate whose gender the text shows otherwise (a title such as Mr or spokeswoman,
or the pronouns used of them alone) is passed over; a main clause's subject is preferred to a name inside a
relative clause or a phrase. "They" takes the last plural or collective subject that can speak, "it" the last
group. Each answer says how sure it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quizgame.content.analysis.blockquotes import find_blocks, within
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.person_genders import person_genders, tokens_by_offset
from quizgame.content.analysis.pronoun_bodies import collective
from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.analysis.speakers import People, Person
from quizgame.content.analysis.unnamed_antecedents import noun_gender, person_of, unnamed_candidates

_HE, _SHE = {"he", "him", "his"}, {"she", "her", "hers"}  # 'his announcement that ...' is his own
_WINDOW = 3  # sentences back in which a pronoun looks for its antecedent first


def resolve_pronoun(
    head: Token, people: People, lexicon: Lexicon, described: list[tuple[int, Person]] = ()
) -> tuple[Token | Person, float] | None:
    """The person a 'he'/'she' stands for, or the subject token a 'they'/'it' stands for; `described` adds the
    subjects that name a person by a description ('the fire chief'), as described_mentions.py finds them."""
    lower = head.lower_
    if lower in _HE or lower in _SHE:
        return _personal(head, people, lexicon, "m" if lower in _HE else "f", described)
    if lower == "it" and _extraposed(head):
        return None  # "it is not reasonable to suggest ...": no one
    if lower in ("they", "them", "it", "their", "its"):  # 'Their forecast is that ...', 'according to them'
        antecedent = collective(head, lexicon, plural=lower in ("they", "them", "their"))
        return (antecedent, 0.6) if antecedent is not None else None
    return None


def _extraposed(head: Token) -> bool:
    """'It is not reasonable to suggest that ...', 'it is clear that ...': an 'it' standing for the clause after."""
    verb = head.head
    deps = {c.dep_ for c in verb.children}
    return (
        head.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and bool(deps & {"acomp", "attr"})
        and bool(deps & {"xcomp", "ccomp"})
    )


def _personal(
    head: Token, people: People, lexicon: Lexicon, gender: str, described: list[tuple[int, Person]] = ()
) -> tuple[Person | Token, float] | None:
    genders = person_genders(head.doc, people, lexicon)
    by_offset = tokens_by_offset(head.doc)
    here = head.sent.start
    best: tuple[tuple[int, ...], Person] | None = None
    fallback: Person | None = None
    outside = not _quoted_at(head.doc, head.idx)
    chained = _chained(head, people, lexicon, gender, described) if outside else None
    mentions = [*people.mentions, *described, *([chained] if chained else [])]
    for at, person in reversed(sorted(mentions, key=lambda m: m[0])):
        if at >= head.idx:
            continue
        token = by_offset.get(at)
        if token is None or outside and _quoted_at(head.doc, at) or _in_own_content(token, head):
            continue  # a name a speaker mentions ('when I meet someone like X') is not the narration's 'she'
        distance = _sentences_between(token, head, here, outside)
        if distance > _WINDOW:
            break
        known = genders.get(person.name)
        if known is not None and known != gender:
            continue
        fallback = fallback or person
        main = _main_subject(token)
        subject = main or at in people.subjects
        level = 0 if main and not _reported_subject(token) else 1
        rank = (0 if subject else 1, distance, level, 0 if known == gender else 1, -at)
        if best is None or rank < best[0]:
            best = (rank, person)
    unnamed = _unnamed(head, lexicon, gender, outside)
    if unnamed is not None and (best is None or unnamed[0] < best[0]):
        return unnamed[1], 0.6  # 'one of their daughters ... escaped ... She ... said': no name, a person
    if best is not None:
        person = best[1]
        sure = 0.85 if genders.get(person.name) == gender else 0.65
        return person, sure - 0.1 * best[0][1] / _WINDOW
    person = people.latest_subject_before(head.idx)
    if person is not None and genders.get(person.name, gender) == gender:
        return person, 0.45
    return (fallback, 0.45) if fallback else None


def _chained(
    head: Token, people: People, lexicon: Lexicon, gender: str, described: list[tuple[int, Person]]
) -> tuple[int, Person] | None:
    """'"I owe everything to you," she said ... She added, "..."': the narration's last 'she' that is a subject,
    before this one, stands for someone; as a mention of that person it competes with the names before it
    (the woman who spoke is more likely to add something than a woman named in between as an object)."""
    cache = head.doc.user_data.setdefault("pronoun_chain", {})
    words = _HE if gender == "m" else _SHE
    for token in reversed(head.doc[max(0, head.sent.start - 80) : head.i]):
        narrating = token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj")
        if token.lower_ not in words or not narrating or _quoted_at(head.doc, token.idx):
            continue  # 'she said', 'She called on ...'; not 'ask Maria what she is thinking'
        if _sentences_between(token, head, head.sent.start, True) > _WINDOW:
            return None
        if token.i not in cache:
            cache[token.i] = None  # no cycles
            found = _personal(token, people, lexicon, gender, described)
            cache[token.i] = found[0] if found is not None and isinstance(found[0], Person) else None
        return (token.idx, cache[token.i]) if cache[token.i] is not None else None
    return None


def _unnamed(head: Token, lexicon: Lexicon, gender: str, outside: bool) -> tuple[tuple[int, ...], Token] | None:
    """The best unnamed person subject before the pronoun, ranked as the named mentions are."""
    ranked = []
    for token, _, main in unnamed_candidates(head, lexicon, gender, _WINDOW):
        if outside and _quoted_at(head.doc, token.idx) or _in_own_content(token, head):
            continue
        distance = _sentences_between(token, head, head.sent.start, outside)
        if distance <= _WINDOW:
            agrees = noun_gender(person_of(token, lexicon).lemma_.lower()) == gender
            ranked.append(((0, distance, 0 if main else 1, 0 if agrees else 1, -token.idx), token))
    return min(ranked, key=lambda r: r[0]) if ranked else None


def _in_own_content(token: Token, head: Token) -> bool:
    """'His brother's leaving does not show a conflict, he said', 'Ms Lind will run again, she said': a person inside
    what the pronoun's own verb reports, put before it, is what is said, not who says it (as in 'he said Lind will
    run', where 'he' cannot be Lind)."""
    if head.dep_ != "nsubj" or token.sent.start != head.sent.start or token.i >= head.i:
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp") and c.i < head.i and c.left_edge.i <= token.i <= c.right_edge.i
        for c in head.head.children
    )


def _sentences_between(token: Token, head: Token, here: int, narration: bool = False) -> int:
    """Sentences from the mention to the pronoun; for the narration's pronoun, blockquotes in between
    ('X wrote:' and the blockquote of X's post, then 'he') do not count."""
    if token.sent.start == here:
        return 0
    count, sent = 0, head.sent
    doc = head.doc
    while sent.start > token.sent.start and count <= _WINDOW:
        sent = doc[sent.start - 1].sent
        if not (narration and _in_block(doc, sent.start_char)):
            count += 1
    return count


def _quoted_at(doc: Doc, offset: int) -> bool:
    """Inside a quotation or a blockquote: a speaker's words, not the narration."""
    return _quotations(doc).containing(offset) is not None or _in_block(doc, offset)


def _in_block(doc: Doc, offset: int) -> bool:
    blocks = doc.user_data.get("blockquotes")
    if blocks is None:
        blocks = doc.user_data["blockquotes"] = find_blocks(doc.text)
    return within(blocks, offset)


def _reported_subject(token: Token) -> bool:
    """'Jim Swire believes al-Megrahi was not guilty. He described ...': a subject inside what a main clause
    reports (a clausal complement) is what is said, less likely the next sentence's 'he' than the one who said it."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp"


def _main_subject(token: Token) -> bool:
    """'Mugabe agreed to a deal in which Tsvangirai became prime minister': Mugabe, not Tsvangirai;
    'According to Dr. Tom Frieden, ...': the source of a statement is its topic as much as a subject."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj", "ccomp")


def _quotations(doc: Doc) -> QuoteIndex:
    cached = doc.user_data.get("quotation_index")
    if cached is None:
        cached = QuoteIndex(find_quotes(doc.text))
        doc.user_data["quotation_index"] = cached
    return cached
