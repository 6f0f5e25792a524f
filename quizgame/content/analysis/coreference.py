"""Who a mention stands for: a name, a title ("the president"), a pronoun, a description.

The small model has no coreference component, so pronouns are resolved on its parse: the candidates
are the people named in the last few sentences; a candidate whose gender the text shows otherwise
(a title such as Mr or spokeswoman, or the pronouns used of them alone) is passed over; a main
clause's subject is preferred to a name inside a relative clause or a phrase. "They" takes the
last plural or collective subject. Each resolution says how sure it is, for the attribution's
confidence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import SpeakerKind
from quizgame.content.analysis.speakers import People, Person

_HE, _SHE = {"he", "him"}, {"she", "her"}
_MALE = {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "councilman",
         "father", "brother", "businessman", "actor", "emperor", "duke"}
_FEMALE = {"mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman",
           "congresswoman", "councilwoman", "sister", "businesswoman", "actress", "empress", "duchess"}
_MALE_WORDS = {"he", "him", "his", "himself"}
_FEMALE_WORDS = {"she", "her", "hers", "herself"}
_WINDOW = 3  # sentences back in which a pronoun looks for its antecedent first


@dataclass(frozen=True)
class Resolved:
    name: str
    kind: SpeakerKind
    certainty: float = 1.0   # 1.0 for a name; less for a title, a pronoun, a guess


def resolve_pronoun(head: Token, people: People, lexicon: Lexicon) -> tuple[Token | Person, float] | None:
    """The person a 'he'/'she' stands for, or the subject token a 'they'/'it' stands for."""
    lower = head.lower_
    if lower in _HE or lower in _SHE:
        return _personal(head, people, lexicon, "m" if lower in _HE else "f")
    if lower in ("they", "it"):
        antecedent = _collective(head, lexicon, plural=lower == "they")
        return (antecedent, 0.6) if antecedent is not None else None
    return None


def _personal(head: Token, people: People, lexicon: Lexicon, gender: str) -> tuple[Person, float] | None:
    genders = _genders(head.doc, people, lexicon)
    by_offset = _tokens_by_offset(head.doc)
    here = head.sent.start
    best: tuple[tuple[int, ...], Person] | None = None
    fallback: Person | None = None
    for at, person in reversed(people.mentions):
        if at >= head.idx:
            continue
        token = by_offset.get(at)
        if token is None:
            continue
        distance = _sentences_between(token, head, here)
        if distance > _WINDOW:
            break
        known = genders.get(person.name)
        if known is not None and known != gender:
            continue
        fallback = fallback or person
        main = _main_subject(token)
        subject = main or at in people.subjects
        rank = (0 if subject else 1, distance, 0 if main else 1, 0 if known == gender else 1, -at)
        if best is None or rank < best[0]:
            best = (rank, person)
    if best is not None:
        person = best[1]
        sure = 0.85 if genders.get(person.name) == gender else 0.65
        return person, sure - 0.1 * best[0][1] / _WINDOW
    person = people.latest_subject_before(head.idx)
    if person is not None and genders.get(person.name, gender) == gender:
        return person, 0.45
    return (fallback, 0.45) if fallback else None


def _sentences_between(token: Token, head: Token, here: int) -> int:
    if token.sent.start == here:
        return 0
    count, sent = 0, head.sent
    doc = head.doc
    while sent.start > token.sent.start and count <= _WINDOW:
        count += 1
        sent = doc[sent.start - 1].sent
    return count


def _main_subject(token: Token) -> bool:
    """'Mugabe agreed to a deal in which Tsvangirai became prime minister': Mugabe, not Tsvangirai;
    'According to Dr. Tom Frieden, ...': the source of a statement is its topic as much as a subject."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj", "ccomp")


def _collective(head: Token, lexicon: Lexicon, plural: bool) -> Token | None:
    """'They concluded ...' after 'an assembly of foreign ministers denounced ...'; 'it said' after a company.
    The antecedent is a subject that can speak: a name, a group, people, officials."""
    doc = head.doc
    sent = head.sent
    tokens = list(doc[sent.start : head.i])
    for _ in range(_WINDOW):
        for token in reversed(tokens):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON" or not can_speak(token, lexicon):
                continue
            many = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children) or any(
                p.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in p.children) for p in token.children
            )  # "an assembly of foreign ministers"
            group = token.lemma_.lower() in lexicon.organization_nouns or token.ent_type_ in ("ORG", "NORP", "GPE")
            if (plural and many) or (not plural and group and not many):
                return token
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        tokens = list(sent)
    return None


def can_speak(token: Token, lexicon: Lexicon) -> bool:
    """A name, a group, people or a document: not "margins", "the attack" or "the frequency of ..."."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or lemma in lexicon.anonymous_nouns
        or lemma in lexicon.organization_nouns
        or lemma in lexicon.titles
        or lemma in lexicon.outlet_nouns
        or lemma in lexicon.document_nouns
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


_DESCRIBED_ORGS = {"company", "firm", "network", "corporation", "group", "website", "site", "newspaper",
                   "broadcaster", "agency", "organisation", "organization", "board", "carrier", "airline",
                   "utility", "retailer", "chain", "manufacturer", "studio", "club", "team", "party"}


def _described_organisation(head: Token, lexicon: Lexicon) -> Resolved | None:
    """'The company said ...' after 'PG&E ...': the organisation named last before the description."""
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if head.lemma_.lower() not in _DESCRIBED_ORGS or det is None or det.lower_ != "the":
        return None
    if any(c.dep_ in ("compound", "amod", "prep") for c in head.children):
        return None  # "the Seattle company", "the company's board": not a bare description
    doc = head.doc
    first = doc[max(0, head.sent.start - 1)].sent.start if head.sent.start else 0
    for ent in reversed([e for e in doc.ents if first <= e.start and e.end <= head.i]):
        if ent.label_ == "ORG" and ent.root.pos_ == "PROPN":
            kind = lexicon.outlet_kind(ent.text) or ("outlet" if head.lemma_.lower() in lexicon.outlet_nouns else "organization")
            return Resolved(ent.text.removeprefix("the ").removeprefix("The "), kind, 0.7)
    return None


def _genders(doc: Doc, people: People, lexicon: Lexicon) -> dict[str, str]:
    """Each person's gender as the text shows it: a gendered title, or the pronouns used of them alone."""
    cached = doc.user_data.get("person_genders")
    if cached is not None:
        return cached
    votes: dict[str, Counter[str]] = {}
    by_offset = _tokens_by_offset(doc)
    for person in people.people:
        votes[person.name] = Counter({"m": 3 * len(person.roles & _MALE), "f": 3 * len(person.roles & _FEMALE)})
    by_sentence: dict[int, list[tuple[Token, Person]]] = {}
    for at, person in people.mentions:
        token = by_offset.get(at)
        if token is not None:
            by_sentence.setdefault(token.sent.start, []).append((token, person))
            before = doc[token.i - 1].lower_.rstrip(".") if token.i else ""
            votes[person.name]["m" if before in _MALE else "f" if before in _FEMALE else "none"] += 3
    for start, found in by_sentence.items():
        if len({p.name for _, p in found}) != 1:
            continue
        token, person = found[0]
        sent = token.sent
        for t in doc[token.i : sent.end]:
            if t.lower_ in _MALE_WORDS:
                votes[person.name]["m"] += 1
            elif t.lower_ in _FEMALE_WORDS:
                votes[person.name]["f"] += 1
    result = {name: ("m" if c["m"] > c["f"] else "f") for name, c in votes.items() if c["m"] != c["f"]}
    doc.user_data["person_genders"] = result
    return result


def _tokens_by_offset(doc: Doc) -> dict[int, Token]:
    cached = doc.user_data.get("tokens_by_offset")
    if cached is None:
        cached = {t.idx: t for t in doc}
        doc.user_data["tokens_by_offset"] = cached
    return cached


def resolve(head: Token, people: People, lexicon: Lexicon) -> Resolved | None:
    """The speaker a subject token stands for, and its kind; None when the text does not say."""
    if head.pos_ == "PRON":
        found = resolve_pronoun(head, people, lexicon)
        if found is None:
            return None
        target, certainty = found
        if isinstance(target, Person):
            return Resolved(target.name, "named", certainty)
        resolved = resolve(target, people, lexicon) if target.pos_ != "PRON" else None
        return Resolved(resolved.name, resolved.kind, certainty) if resolved else None
    near = [head, *(p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    named = next((c for n in near for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and (head.pos_ == "NOUN" or people.by_surname(_bare(named.text)) is not None):
        head = named  # "The U.S. Assistant Secretary of State ..., Jendayi Frazer, said"
    known = people.by_surname(_bare(_hyphenated(head))) if head.text[:1].isupper() else None
    if known is not None:
        return Resolved(known.name, "named")
    phrase = noun_phrase(head)
    in_phrase = _person_in_subject(head, people)
    if in_phrase is not None:  # "Secretary-General Ban Ki-moon", "Member of parliament (MP) Kevin Conolly"
        return Resolved(in_phrase.name, "named")
    described = _described_organisation(head, lexicon)
    if described is not None:
        return described
    kind = lexicon.outlet_kind(phrase)
    if kind:
        return Resolved(lexicon.outlet_name(phrase_without_article(phrase)), kind)
    role = head.lemma_.lower() if head.lemma_.lower() in lexicon.titles else head.lower_.rstrip(".")
    if role in lexicon.titles:
        det = [c for c in head.children if c.dep_ in ("det", "poss")]
        definite = bool(det) and det[0].lower_ in ("the", "his", "her", "its", "their")
        bare_title = not det and head.pos_ == "PROPN" and role not in lexicon.organization_nouns
        if definite or (bare_title and not any(c.dep_ == "compound" for c in head.children)):
            person = people.latest_before(head.idx, role=role)
            if person is not None:  # "the president", "The Chief"
                return Resolved(person.name, "named", 0.8)
        holders = [p for p in people.people if role in p.roles]
        indefinite = bool(det) and det[0].lower_ in ("a", "an")
        if indefinite and len(holders) == 1 and not any(c.dep_ == "prep" for c in head.children):
            return Resolved(holders[0].name, "named", 0.7)  # "An Ethiopian government spokesman", later named
        if role not in lexicon.organization_nouns:  # "one MP", "a Health Ministry official": a person, unnamed
            return Resolved(phrase_without_article(phrase), "anonymous", 0.9)
    if head.pos_ == "PROPN":
        name = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
        name = [t for t in name if t.lower_.rstrip(".") not in lexicon.titles] + [head]
        titled = any(t.lower_.rstrip(".") in lexicon.titles for t in head.subtree if t.i < head.i) and not any(
            t.lower_ in lexicon.organization_nouns or t.lower_ in lexicon.outlet_words for t in name
        )
        if head.ent_type_ == "PERSON" or (titled and len(name) >= 2):  # "MP Tanya Davies", not "of ..."
            return Resolved(head.doc[name[0].i : head.i + 1].text, "named")
        return Resolved(phrase_without_article(phrase), "organization")
    return Resolved(phrase_without_article(phrase), lexicon.common_kind(head))


def _person_in_subject(head: Token, people: People) -> Person | None:
    """A person named inside the subject's own words (not in a relative clause or a phrase after it)."""
    skip = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") and c.i > head.i for t in c.subtree}
    skip |= {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}  # "Mr. Mugabe's government"
    tokens = [t for t in head.subtree if t.i not in skip]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for at, person in people.mentions:
        if start <= at < end:
            return person
    text = head.doc.text[start:end]
    return next((p for p in people.people if p.name in text), None)


def noun_phrase(head: Token) -> str:
    """The subject's words without relative clauses, appositions and trailing punctuation."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in ("det", "nummod", "amod", "compound", "poss", "nmod", "quantmod"):
            keep.extend(child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            keep.extend(child.subtree)
    tokens = sorted(set(keep), key=lambda t: t.i)
    tokens = [t for t in tokens if not t.is_space]
    start, end = tokens[0].i, tokens[-1].i + 1
    return head.doc[start:end].text.strip(" ,\n")


def phrase_without_article(phrase: str) -> str:
    for article in ("the ", "The "):
        if phrase.startswith(article) and phrase[len(article):][:1].isupper():
            return phrase[len(article):]
    return phrase


def _hyphenated(token: Token) -> str:
    """'Abdul-Mahdi' whole, not its last part 'Mahdi' (the tokenizer splits at the hyphen)."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text


def _bare(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text
