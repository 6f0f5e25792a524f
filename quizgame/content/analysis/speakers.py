"""Who is speaking: people named in the article, and resolving a mention to one of them.

The small English model mislabels bare surnames ("Nolette" as an organisation, "Durkan" as a
group), so people are read from the article's own introductions: a run of capitalised proper
nouns, after any title ("Seattle Mayor Jenny Durkan"), the first time it appears. Later mentions
(surname, "the mayor", "she") are resolved against those introductions, not against entity labels.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.person_names import (
    given_name_inside,
    initials_name,
    lone_name_is_person,
    max_words,
    member_of_organisation,
    name_particle,
    namesakes,
    noun_before_untagged_name,
    place_name,
    untagged_name,
)
from quizgame.content.analysis.person_roles import appositive_roles, roles_before
from quizgame.content.analysis.reading import same_token

_PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
_MAX_NAME_TOKENS = 3


@dataclass
class Person:
    name: str
    roles: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class People:
    """Everyone the article names, with every offset where each is mentioned."""

    people: list[Person]
    mentions: list[tuple[int, Person]]  # (char offset, person), sorted by offset
    subjects: set[int] = field(default_factory=set)  # offsets of mentions that are grammatical subjects

    def names(self) -> list[str]:
        return [p.name for p in self.people]

    def by_full_name(self, name: str) -> Person | None:
        """'Vita Lam', not 'Julie Lam' met before her: a full name is its own person's before a namesake's."""
        return next((p for p in self.people if p.name.lower() == name.lower()), None)

    def by_surname(self, surname: str) -> Person | None:
        for person in self.people:
            if person.surname.lower() == surname.lower() or person.name.lower() == surname.lower():
                return person
        return None

    def latest_subject_before(self, offset: int) -> Person | None:
        """A pronoun subject most often continues the last subject ('Charest ... After meeting X, he ...')."""
        i = bisect_left(self.mentions, offset, key=lambda m: m[0])
        for at, person in reversed(self.mentions[:i]):
            if at in self.subjects:
                return person
        return self.latest_before(offset)

    def latest_before(self, offset: int, role: str | None = None) -> Person | None:
        i = bisect_left(self.mentions, offset, key=lambda m: m[0])
        for _, person in reversed(self.mentions[:i]):
            if role is None or role in person.roles:
                return person
        if role is not None:  # "the president" may be introduced only later in the text
            for _, person in self.mentions[i:]:
                if role in person.roles:
                    return person
        return None


def find_people(doc: Doc, lexicon: Lexicon, skip: set[int]) -> People:
    """People named in `doc`; tokens whose index is in `skip` (inside promos) are ignored."""
    found: dict[str, Person] = {}
    order: list[Person] = []
    person_counts = Counter(t.text for t in doc if t.ent_type_ == "PERSON")
    mentions: list[tuple[int, Person]] = []
    for run in _proper_runs(doc, skip):
        titles = [t for t in run if _is_title(t, lexicon) and not _surname_like_title(t, run, lexicon)]
        last_title = max((run.index(t) for t in titles), default=-1)
        name_tokens = run[last_title + 1 :]
        # 'Zimbabwean Morgan Tsvangirai' opens with a place's word, but 'Cheam Yeap', tagged one place, is one name
        while len(name_tokens) > 1 and name_tokens[0].ent_type_ in ("GPE", "NORP") and name_tokens[1].ent_iob_ != "I":
            name_tokens.pop(0)
        described = (
            _description_before_name(name_tokens)
            or given_name_inside(name_tokens)
            or noun_before_untagged_name(name_tokens, lexicon)
        )
        name_tokens = name_tokens[len(described) :]
        if not name_tokens or len(doc[name_tokens[0].i : name_tokens[-1].i + 1].text.split()) > max_words(name_tokens):
            continue
        name = _bare_text(doc[name_tokens[0].i : name_tokens[-1].i + 1].text)
        words = name.split()
        lone_place = name_tokens[-1].ent_type_ in ("ORG", "GPE") and len(name_tokens) == 1
        if place_name(name_tokens, roles_before(run[0], lexicon) | {t.lower_ for t in titles}):
            continue
        if _outlet(name, name_tokens, order, lexicon) or lone_place and _match_surname(order, name) is None:
            continue  # a lone name tagged a place or an organisation is a person once named in full
        head = next((t for t in run if t.head not in run or same_token(t.head, t)), run[-1])
        roles = {t.lower_.rstrip(".") for t in titles} | roles_before(run[0], lexicon) | appositive_roles(head, lexicon)
        roles |= {t.lower_ for t in described if t.is_alpha}
        member = member_of_organisation(name_tokens, head, lexicon)
        if _organisation(name_tokens, roles, order, lexicon) and not member:
            continue
        personal_roles = {r for r in roles if r not in lexicon.organization_nouns}  # "Police Counter Terrorism Command"
        is_person = (
            any(t.ent_type_ == "PERSON" for t in name_tokens)
            or bool(personal_roles)
            or member
            or untagged_name(name_tokens, lexicon)
            or initials_name(name_tokens, lexicon)
        )
        if len(words) >= 2 and is_person:
            person = found.get(name) or _match_surname(order, words[-1])
            if person is None or person.name != name and (len(person.name.split()) < 2 or namesakes(person.name, name)):
                person = Person(name)
                found[name] = person
                order.append(person)
            person.roles |= roles
            mentions.append((name_tokens[0].idx, person))
        elif len(words) == 1:
            person = _match_surname(order, name)
            if person is None and lone_name_is_person(name_tokens[0], personal_roles, person_counts):
                person = Person(name)
                found[person.name] = person
                order.append(person)
            if person is not None:
                person.roles |= roles
                mentions.append((name_tokens[0].idx, person))
    _merge_surname_only(order, mentions)
    at = {m[0] for m in mentions}
    subjects = {t.idx for t in doc if t.idx in at and _in_subject(t)}
    return People([p for p in order if p.name in found], sorted(mentions, key=lambda m: m[0]), subjects)


def _surname_like_title(token: Token, run: list[Token], lexicon: Lexicon) -> bool:
    """'Hun Sen', 'Amartya Sen': a title's word ('Sen.') closing a name the tagger reads as one person is the
    surname; a title stands before a name, never after it in the same run of capitalised words."""
    i = run.index(token)
    return (
        i == len(run) - 1
        and i > 0
        and token.ent_type_ == "PERSON"
        and token.ent_iob_ == "I"
        and not _is_title(run[i - 1], lexicon)
    )


def _description_before_name(tokens: list[Token]) -> list[Token]:
    """'Actor John Rhys-Davies', 'Blogger Ahmed Salem', 'Twitter user Mona Seif': words before a full name
    the tagger marks as a person describe the person (a role) and are not part of the name."""
    first = next((i for i, t in enumerate(tokens) if t.ent_type_ == "PERSON"), None)
    if not first or any(t.ent_type_ != "PERSON" for t in tokens[first:]):
        return []
    if sum(1 for t in tokens[first:] if t.is_alpha) < 2:
        return []  # 'Donald Trump' with only 'Trump' tagged: keep the name whole
    return tokens[:first]


def _in_subject(token: Token) -> bool:
    """The name is (part of) a clause's subject: 'Seattle Mayor Jenny Durkan said', 'Chief of Police Carmen Best addressed'."""
    start = token
    while not same_token(token.head, token) and (
        token.dep_ in ("compound", "flat", "appos")
        or (token.dep_ == "pobj" and token.head.lower_ == "of")
        or token.dep_ == "prep"
    ):
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    root = start.sent.root
    return start.i < root.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _outlet(name: str, tokens: list[Token], order: list[Person], lexicon: Lexicon) -> bool:
    """'Bloomberg News' is an outlet; 'Michael Bloomberg', and 'Bloomberg' once he is named, are a person."""
    if not lexicon.outlet_kind(name):
        return False
    if (
        len(tokens) >= 2
        and any(t.ent_type_ == "PERSON" for t in tokens)
        and tokens[-1].lower_ not in lexicon.outlet_words
    ):
        return False
    return _match_surname(order, name.split()[-1]) is None


def _organisation(tokens: list[Token], roles: set[str], order: list[Person], lexicon: Lexicon) -> bool:
    """'the Seattle Police Department' is not a person; 'MDC leader Morgan Tsvangirai' is, though tagged ORG."""
    if tokens[-1].lemma_.lower() in lexicon.organization_nouns:
        return True
    tagged_org = any(t.ent_type_ == "ORG" for t in tokens) and not any(t.ent_type_ == "PERSON" for t in tokens)
    if tagged_org and initials_name(tokens, lexicon):
        return False  # 'E.O. Wilson', tagged an organisation
    return tagged_org and not roles and _match_surname(order, tokens[-1].text) is None


def _merge_surname_only(order: list[Person], mentions: list[tuple[int, Person]]) -> None:
    """'Trump' met before 'Donald Trump' is the same person."""
    for short in [p for p in order if len(p.name.split()) == 1]:
        full = next((p for p in order if len(p.name.split()) > 1 and p.surname == short.name), None)
        if full is None:
            continue
        full.roles |= short.roles
        order.remove(short)
        for i, (offset, person) in enumerate(mentions):
            if person is short:
                mentions[i] = (offset, full)
        short.name = full.name


def _match_surname(order: list[Person], surname: str) -> Person | None:
    for person in order:
        if person.surname == surname.rstrip("’'s") or person.surname == surname:
            return person
    return None


def _proper_runs(doc: Doc, skip: set[int]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in doc:
        capital = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and token.i not in skip
        if current and (_hyphen_joined(token) or name_particle(token)):
            current.append(token)
            continue
        if capital and not (current and "\n" in doc[token.i - 1].whitespace_):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if capital else []
    if current:
        runs.append(current)
    return runs


def _hyphen_joined(token: Token) -> bool:
    """'-' and the word after it, written without spaces inside a name ('Ki-moon', 'Jean-Pierre')."""
    doc = token.doc
    if token.text == "-":
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_ and token.i + 1 < len(doc)
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and token.is_alpha


def _bare(token: Token) -> str:
    return _bare_text(token.text)


def _bare_text(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_.rstrip(".") in lexicon.titles
