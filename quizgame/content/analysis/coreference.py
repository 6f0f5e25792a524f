"""Who a mention stands for: a name, a title ("the president"), a pronoun, a description.

The small model has no coreference component, so mentions are resolved on its parse: a surname or a
name inside the subject to the person the article introduced, "the president" to the last person
with that title, "the company" to the organisation named just before, a pronoun as pronouns.py says.
Each resolution says how sure it is, for the attribution's confidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgame.content.analysis.ages import person_of_age
from quizgame.content.analysis.described_bodies import introduced_as
from quizgame.content.analysis.described_mentions import described_people
from quizgame.content.analysis.described_organisations import described_organisation, outlets_shown
from quizgame.content.analysis.first_names import is_first_name
from quizgame.content.analysis.group_speakers import name_modifies_group
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.office_holders import body_named, name_after_posting, named_later
from quizgame.content.analysis.outlets import bare_name
from quizgame.content.analysis.person_names import person_noun, untagged_name
from quizgame.content.analysis.pronouns import resolve_pronoun
from quizgame.content.analysis.resolved import Resolved
from quizgame.content.analysis.speakers import People, Person
from quizgame.content.analysis.subject_phrase import (
    hyphenated,
    named_after_comma,
    noun_phrase,
    person_in_subject,
    phrase_without_article,
    without_possessive,
)


def resolve(head: Token, people: People, lexicon: Lexicon) -> Resolved | None:
    """The speaker a subject token stands for, and its kind; None when the text does not say. A body the
    article has shown to be a newsroom ('daily Népszava', 'the Al Akhbar website') is an outlet wherever
    it speaks ('Népszava noted ...')."""
    resolved = _resolve(head, people, lexicon)
    if (
        resolved is not None
        and resolved.kind == "organization"
        and bare_name(resolved.name) in outlets_shown(head.doc, lexicon)
    ):
        return Resolved(resolved.name, "outlet", resolved.certainty)
    return resolved


_HANDLE = re.compile(r"@\w{2,}")


def _resolve(head: Token, people: People, lexicon: Lexicon) -> Resolved | None:
    if head.pos_ == "PRON" and head.lower_ in _INDEFINITE:
        if any(c.dep_ == "neg" for c in head.children) or head.i and head.doc[head.i - 1].lower_ == "not":
            return None  # 'Not everyone believes that ...' names no one who does
        return _indefinite(head)
    if _HANDLE.fullmatch(head.text):
        return Resolved(head.text, "social_media")  # '@CityWater said': the account speaks, in its posts
    if head.pos_ == "PRON":
        found = resolve_pronoun(head, people, lexicon, described_people(head.doc, people, lexicon, _resolve))
        if found is None:
            return None
        target, certainty = found
        if isinstance(target, Person):
            return Resolved(target.name, "named", certainty)
        resolved = _resolve(target, people, lexicon) if target.pos_ != "PRON" else None
        return Resolved(resolved.name, resolved.kind, certainty, target) if resolved else None
    near = [head, *(p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    named = next((c for n in near for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and (head.pos_ == "NOUN" or people.by_surname(without_possessive(named.text)) is not None):
        described_outlet = head.pos_ == "NOUN" and lexicon.outlet_kind(noun_phrase(head)) == "outlet"
        if described_outlet and people.by_surname(without_possessive(named.text)) is None:
            return Resolved(noun_phrase(named), "outlet")  # "the news agency, Tarn, reported"
        titled_person = head.pos_ == "NOUN" and person_noun(head.lemma_.lower(), lexicon)
        head = named  # "The U.S. Assistant Secretary of State ..., Jendayi Frazer, said"
        if (
            titled_person
            and people.by_surname(without_possessive(named.text)) is None
            and named.ent_type_ in ("", "PERSON", "ORG")
        ):
            name = [t for t in named.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
            if not any(t.lower_ in lexicon.organization_nouns for t in [*name, named]) and not body_named(
                named, (name or [named])[0], lexicon
            ):  # "A spokesman ..., Aimal Khan Mohmand,"; not "Observers from the group Yiaga Africa"
                return Resolved(named.doc[(name or [named])[0].i : named.i + 1].text, "named")
    handle = head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.text.startswith("@") for c in head.children)
    known = (
        people.by_full_name(_written_name(head)) or people.by_surname(without_possessive(hyphenated(head)))
        if head.text[:1].isupper()
        else None
    )
    if known is not None:  # "Ana Ruiz (@anaruiz) argues": a post
        return Resolved(known.name, "social_media" if handle else "named")
    phrase = noun_phrase(head)
    # 'the Clinton campaign', 'Sanders aides': the group speaks, not the person its name modifies
    in_phrase = None if name_modifies_group(head, people, lexicon) else person_in_subject(head, people)
    if in_phrase is not None:  # "Secretary-General Ban Ki-moon", "Member of parliament (MP) Kevin Conolly"
        return Resolved(in_phrase.name, "named")
    described = described_organisation(head, people, lexicon)
    if described is not None:
        return described
    kind = lexicon.outlet_kind(phrase)
    if kind:
        return Resolved(lexicon.outlet_name(phrase_without_article(phrase)), kind)
    described_person = _described_person(head, people, lexicon)
    if described_person is not None:
        return described_person
    role = head.lemma_.lower() if head.lemma_.lower() in lexicon.titles else head.lower_.rstrip(".")
    if role in lexicon.titles:
        named_after = named_after_comma(head, people)
        if named_after is not None:  # "According to the El Paso mayor, Dee Margo, ..." (the parser lost the apposition)
            return Resolved(named_after.name, "named")
        posted = name_after_posting(head)
        if posted is not None:  # "Former Indian high commissioner to Pakistan Ajay Bisaria told ..."
            return Resolved(posted, "named")
        det = [c for c in head.children if c.dep_ in ("det", "poss")]
        definite = bool(det) and det[0].lower_ in ("the", "his", "her", "its", "their")
        bare_title = not det and head.pos_ == "PROPN" and role not in lexicon.organization_nouns
        collective = role in lexicon.organization_nouns  # "the police" is the force, not one officer
        if not collective and (definite or (bare_title and not any(c.dep_ == "compound" for c in head.children))):
            person = people.latest_before(head.idx, role=role)
            if person is not None:  # "the president", "The Chief"
                return Resolved(person.name, "named", 0.8)
        said = {t.lower_ for t in head.subtree}
        holders = [  # "the governor" is not the deputy governor
            p for p in people.people if role in p.roles and not (p.roles & _SECOND - said)
        ]
        indefinite = bool(det) and det[0].lower_ in ("a", "an")
        owned = bool(det) and det[0].dep_ == "poss" and det[0].pos_ == "PROPN"  # "Chelyabinsk's governor"
        if indefinite:  # 'A State Department spokesperson' after 'Ministry spokesperson Randhir Jaiswal': 'a'
            holders = [p for p in holders if named_later(p, head, people)]  # brings in someone new
        if (indefinite or owned) and len(holders) == 1 and not any(c.dep_ == "prep" for c in head.children):
            return Resolved(holders[0].name, "named", 0.7)  # "An Ethiopian government spokesman", later named
        if role not in lexicon.organization_nouns:  # "one MP", "a Health Ministry official": a person, unnamed
            earlier = _introduced(head, people, lexicon)  # 'A senior U.S. official said ... The official said'
            return earlier or Resolved(phrase_without_article(phrase), "anonymous", 0.9)
    if head.pos_ == "PROPN":
        name = [  # 'Johannes' in 'Johannes Tafadwa Chibamu' is tagged a plural noun now and then
            t
            for t in head.lefts
            if t.dep_ in ("compound", "flat") and (t.pos_ == "PROPN" or t.text.istitle() and is_first_name(t.text))
        ]
        name = [t for t in name if t.lower_.rstrip(".") not in lexicon.titles] + [head]
        titled = any(t.lower_.rstrip(".") in lexicon.titles for t in head.subtree if t.i < head.i) and not any(
            t.lower_ in lexicon.organization_nouns or t.lower_ in lexicon.outlet_words for t in name
        )
        if handle:
            return Resolved(head.doc[name[0].i : head.i + 1].text, "social_media")
        bare_name = head.ent_type_ == "" and untagged_name(name, lexicon) and not lexicon.outlet_kind(phrase)
        if body_named(head, name[0], lexicon):  # "The election supervisory agency Bawaslu said"
            return Resolved(head.doc[name[0].i : head.i + 1].text, "organization")
        described = any(  # "Borg Palm, Kazemi's solicitor, stated": a name set beside a word for a person
            c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and c.tag_ == "NN"
            and person_noun(c.lemma_.lower(), lexicon)
            and c.lemma_.lower() not in lexicon.organization_nouns
            for c in head.rights
        )
        if head.ent_type_ == "PERSON" or (titled and len(name) >= 2) or bare_name or described and len(name) >= 2:
            return Resolved(head.doc[name[0].i : head.i + 1].text, "named")
        if _named_document(head, phrase):  # 'The Clean Air Act states', 'Republic Act No. 3846 states'
            return Resolved(phrase_without_article(phrase), "document")
        return Resolved(phrase_without_article(phrase), "organization")
    earlier = _introduced(head, people, lexicon) if lexicon.common_kind(head) == "anonymous" else None
    if earlier is not None:  # 'A Western diplomat said ... The diplomat said'
        return earlier
    if _unowned_reports(head):
        return Resolved(phrase_without_article(phrase), "anonymous", 0.8)
    return Resolved(phrase_without_article(phrase), lexicon.common_kind(head))


# 'Someone said ...', 'everybody agrees that ...': people left unnamed, as 'some' are ('no one', 'anyone' say nothing)
INDEFINITE_PEOPLE = frozenset({"someone", "somebody", "everyone", "everybody"})
# 'One fan replied: ... Another wrote: ...': 'another' is one more of people left unnamed
_INDEFINITE = {"some", "others", "another", "many", "several", "few", "most", *INDEFINITE_PEOPLE}
_SECOND = {"deputy", "vice", "assistant"}  # words that make a title another office


def _described_person(head: Token, people: People, lexicon: Lexicon) -> Resolved | None:
    """'"It is over," the 45-year-old said': the person the last sentences were about; 'the blogger' after
    'Ahmed Salem, a blogger in Nouakchott': the person so described (titles are resolved by their role)."""
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ in ("prep", "relcl", "acl") for c in head.children):
        return None
    old = head if head.lower_ == "old" else next((c for c in head.children if c.dep_ == "amod"), None)
    aged_noun = old is not head and head.pos_ == "NOUN" and head.lemma_.lower() not in lexicon.organization_nouns
    aged_epithet = old is not None and old.lower_ == "old" and any(c.lower_ == "year" for c in old.children)
    if aged_epithet and (old is head or aged_noun):  # 'the 45-year-old', 'the 68-year-old virologist'
        aged = person_of_age(old, people)
        if aged is not None:  # 'Wanjiru, 33, wrote ... Tuwei praised her ... The 33-year-old said': the age agrees
            return Resolved(aged.name, "named", 0.8)
        person = people.latest_subject_before(head.idx)
        near = person is not None and any(
            head.sent.start_char - at < 600 and at < head.idx for at, p in people.mentions if p is person
        )
        return Resolved(person.name, "named", 0.7) if near else None
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in lexicon.titles or not person_noun(lemma, lexicon):
        return None
    person = people.latest_before(head.idx, role=lemma)
    return Resolved(person.name, "named", 0.7) if person is not None else None


_LAW_WORDS = {
    "act", "law", "convention", "treaty", "charter", "constitution", "agreement", "accord", "protocol", "code",
    "declaration", "statute", "directive", "framework", "guidelines",
}  # fmt: skip  # not 'survey' or 'paper' (the U.S. Geological Survey, Solaris Paper are bodies)


def _named_document(head: Token, phrase: str) -> bool:
    """A law, a treaty or a framework by its name: the tagger's LAW label, or a name ending in a word for a
    document ('the Geneva Convention', "the WHO's ... Interventions framework"); not a body that issues one."""
    words = [w.strip(".,'’") for w in phrase.split()]
    last = next((w.lower() for w in reversed(words) if w.isalpha()), "")
    return head.ent_type_ == "LAW" or last in _LAW_WORDS


def _introduced(head: Token, people: People, lexicon: Lexicon) -> Resolved | None:
    """The unnamed person or thing a 'the <noun>' repeats, as the sentence that brought it in with 'a' names it."""
    earlier = introduced_as(head)
    found = _resolve(earlier, people, lexicon) if earlier is not None and earlier is not head else None
    return Resolved(found.name, found.kind, 0.7) if found is not None else None


def _written_name(head: Token) -> str:
    """The name as the subject writes it ('Vita Lam'): the proper nouns compounded before the head, and the head."""
    name = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    return " ".join(without_possessive(t.text) for t in [*name, head])


def _indefinite(head: Token) -> Resolved:
    """'Some in the international community have suggested ...', 'Others argue ...': people left unnamed, with
    the phrase that says which ('some in the international community')."""
    words = [head, *(t for c in head.rights if c.dep_ == "prep" for t in c.subtree)]
    return Resolved(head.doc[head.i : max(t.i for t in words) + 1].text, "anonymous", 0.8)


def _unowned_reports(head: Token) -> bool:
    """'Some reports suggest', 'Initial reports indicate', 'another report confirms': reports no one is named
    as making are an unnamed source, not a document the reader could look up ('the report' or 'a UN report' is)."""
    if head.lemma_.lower() != "report" or head.pos_ != "NOUN":
        return False
    if any(
        c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ in ("by", "of") for c in head.children
    ):
        return False
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    return head.tag_ == "NNS" or det in ("a", "an", "another", "some", "several")
