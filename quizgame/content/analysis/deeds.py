"""Verbs of saying used of a deed: what the verb governs is not something anyone stated.

A cue's content becomes the answer key of "Who said ...?", so a deed must not become one:
- a person as the only object ('defended Kim', 'the Senate voted against confirming him', 'described her late
  colleague'): the verb acts on someone or takes their side; a judgement of the person ('criticized the
  minister', 'blamed the rebels', 'accused him of fraud', 'described him as a hero') still states something;
- a thing taken, asked for or refused ('claimed the lives of', 'claimed thousands of pounds', 'demanded K500
  million', 'denied bail', 'recalled its ambassador', 'add the question'): an act of the courts, of accounts or of
  a state, no words said ('claimed responsibility', 'denied wrongdoing' still state something);
- a purpose or condition ('the emergency Trump declared so he could fund a wall'): the clause says why the act
  was done, not what was said ('said that ...', 'said it would ...' still report); this and the other clauses that
  state nothing are in deed_clauses.py.
Each is read from the parse, not from a list of sentences.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.deed_clauses import quoted_within
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.person_names import person_noun

# Verbs whose person object is the one judged, addressed or thanked: the statement is about or to them.
_JUDGING_A_PERSON = frozenset(
    "accuse blame criticize criticise condemn denounce slam lambaste decry brand praise hail blast mock thank "
    "tell inform brief warn urge ask advise assure instruct quote cite congratulate".split()
)
# Verbs whose person object is the news itself: 'announced their candidates', 'the video shows a man ...'.
_NAMING_A_PERSON = frozenset("announce name reveal identify show nominate".split())
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
_SAYING_MORE = frozenset({"ccomp", "xcomp", "oprd", "parataxis", "dative", "acomp"})
_SAYING_PREPS = frozenset({"as", "of", "for", "against", "about", "that", "to", "with"})


def acts_on_a_person(verb: Token, lexicon: Lexicon) -> bool:
    """'defended Kim', 'confirming him', 'confirm a candidate': a person as the verb's only object and nothing
    said of them (no clause, no 'as', 'of' or 'for', no quotation)."""
    if verb.lemma_.lower() in _JUDGING_A_PERSON | _NAMING_A_PERSON:
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or not _person(objects[0], lexicon):
        return False
    if any(c.dep_ in ("acl", "relcl", "appos") for c in objects[0].children):
        return False  # 'shows a man being interrogated', 'their candidates: Desmond Choo for ...': a scene, a list
    if any(c.dep_ in _SAYING_MORE or c.dep_ == "prep" and c.lower_ in _SAYING_PREPS for c in children):
        return False
    return not quoted_within(verb)


def a_deed(verb: Token, lexicon: Lexicon) -> bool:
    """Any of the deeds below: what the verb governs is not something stated."""
    return (
        acts_on_a_person(verb, lexicon)
        or asks_a_sum(verb)
        or makes_a_work(verb, lexicon)
        or tables_a_measure(verb)
        or ends_a_proceeding(verb)
        or recounts_an_event(verb)
    )


# Currencies a number makes a sum of when the parser tags no money ('40,000 pounds', '200 million rand').
_CURRENCIES = frozenset("pound dollar euro yen yuan rupee franc peso rouble ruble kwacha rand naira shilling".split())


def is_sum(noun: Token) -> bool:
    """Is the noun a sum of money: tagged money itself or on a word it governs ('$12 million', 'thousands of
    pounds'), a bare amount ('K500 million', a figure whose currency the parser did not tag), or a currency a
    number counts ('40,000 pounds', '90,000 kwacha')? 'an apology', '12 seats' and 'two of the attacks' (a figure
    counting something else) are not."""
    if any(n.ent_type_ == "MONEY" for n in [noun, *noun.children]):
        return True
    if noun.tag_ == "CD":
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.lemma_.lower() in _CURRENCIES and any(c.dep_ == "nummod" for c in noun.children)


def asks_a_sum(verb: Token) -> bool:
    """'is demanding K500 million as compensation', 'demanded $2 million in back pay', 'seeking 40,000 pounds in
    damages': a sum asked for is a claim on money, as 'claimed thousands of pounds in expenses' is
    (takes_or_refuses), no words said ('demanded an apology', 'demanded that he resign' stay statements)."""
    if verb.lemma_.lower() not in ("demand", "seek") or _says_more(verb, ("that",)):  # 'as compensation' is no view
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(is_sum(o) for o in objects)


_LIVES = {"life", "lives", "live", "death", "victim", "casualty"}


def takes_lives(verb: Token) -> bool:
    """'claim' with a life as its object takes it ('The violence that has claimed the life of the journalist',
    'Hurricane Maria ... claimed about 3000 lives', 'claimed dozens of lives'): the object or what it counts, or 'the
    life of' just after the verb when the parser made it the subject of a clause of its own ('claimed the life he had
    was hard' is a claim). No words said (cues), and no doubt cast (loaded terms)."""
    if verb.lemma_.lower() != "claim":
        return False
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 5] if t.pos_ in ("NOUN", "VERB", "AUX")), None)
    lives = after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in _LIVES
    lives = lives and after.i + 1 < len(verb.doc) and verb.doc[after.i + 1].lower_ == "of"  # 'the life of'
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    counted = [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return lives or any(o.lemma_.lower() in _LIVES for o in objects + counted)  # '3000 lives', 'dozens of lives'


def adds_a_thing(verb: Token, lemma: str) -> bool:
    """'add' with a plain object and no clause adds a thing ('trying to add the question, "Is ...?"'); 'claim' with
    a life takes it (takes_lives): no words in either."""
    if lemma == "claim":
        return takes_lives(verb)
    if lemma != "add":
        return False
    children = list(verb.children)
    thing = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in children)
    return thing and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children)


# What is claimed or denied as a thing owed or asked for, not a proposition: 'claimed thousands of pounds in
# expenses', 'Passengers claimed refunds worth ...' (a payment taken), 'denied a motion to postpone', 'denied bail
# to a co-defendant' (a request refused). 'claimed responsibility', 'denied wrongdoing' stay statements.
_PAYMENTS = {"damage", "damages", "refund", "expense", "compensation", "benefit", "allowance", "reimbursement"}
_REQUESTS = {"request", "motion", "application", "bail", "petition", "permission", "parole", "entry", "entrance"}


# Whom a state recalls, or what a maker recalls: 'recalled its ambassador to Israel', 'has recalled its envoy',
# 'recalled 2 million cars'. A memory recalled ('recalled the day ...', 'recalled that ...') stays a statement.
_RECALLED = frozenset(
    "ambassador envoy diplomat consul delegation delegate representative negotiator staff troops vehicle car "
    "product".split()
)


def takes_or_refuses(verb: Token, lemma: str) -> bool:
    """'claim' with a sum of money (is_sum) or a payment as its object, 'deny' with a request as its object (or the
    object of its clause: 'denied him bail'): an act of the courts and of accounts, no words said. 'recall' with an
    envoy or goods as its object is an act of a state or a maker."""
    if lemma == "recall" and verb.pos_ == "VERB":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(o.lemma_.lower() in _RECALLED or any(c.dep_ == "nummod" for c in o.children) for o in objects)
    if lemma not in ("claim", "deny") or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp")]
    nouns = objects + [g for o in objects for g in o.children if g.dep_ in ("dobj", "nsubj", "compound")]
    if lemma == "deny":
        return any(n.pos_ == "NOUN" and n.lemma_.lower() in _REQUESTS for n in nouns)
    sums = [o for o in objects if o.dep_ == "dobj"]  # '$12 million', or '40,000 pounds' (tagged a quantity)
    return any(is_sum(o) or o.lemma_.lower() in _PAYMENTS for o in sums)


def makes_a_work(verb: Token, lexicon: Lexicon) -> bool:
    """'continued to write songs he would mail to Garcia', 'while writing this article': writing a work that is not
    a statement (a song, an article, a book) makes something; 'wrote a letter', 'wrote in a post that ...', 'wrote
    this post' (a statement noun) and 'wrote that ...' still report."""
    if verb.lemma_.lower() != "write" or _says_more(verb):
        return False
    objects = [_counted(c) for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() not in lexicon.statement_nouns for o in objects)


def _counted(noun: Token) -> Token:
    """'write up some of the points': the thing written is what 'some' counts."""
    if noun.pos_ in ("PRON", "DET", "NUM"):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return counted if counted is not None else noun
    return noun


# Measures a lawmaker tables: proposing one is a legislative act, its text is not quoted or reported.
_MEASURES = frozenset("legislation amendment bill law motion resolution ordinance budget".split())


def tables_a_measure(verb: Token) -> bool:
    """'Pelosi has proposed legislation that would fund the government', 'proposed an amendment to a law': tabling
    a measure is an act ('proposed that ...', 'proposed to set limits' still report what was proposed)."""
    if verb.lemma_.lower() != "propose" or _says_more(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in _MEASURES for o in objects)


# What a body concludes when it ends it, not a conclusion it draws.
_PROCEEDINGS = frozenset("debate talks visit meeting session hearing trial tour investigation inquiry".split())


def ends_a_proceeding(verb: Token) -> bool:
    """'The Assembly concluded debate on the fourth chapter', 'concluded its visit': 'conclude' with a proceeding as
    its object ends it ('concluded that ...' draws a conclusion)."""
    if verb.lemma_.lower() != "conclude" or _says_more(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in _PROCEEDINGS for o in objects)


# Happenings one recalls or describes: naming one says which it was, not what was said of it.
_EVENTS = frozenset(
    "attack encounter incident ordeal experience event scene moment day night raid assault clash crash accident "
    "escape journey fight battle bombing shooting abduction arrest flight".split()
)


def recounts_an_event(verb: Token) -> bool:
    """'One of the victims recalled the January 24 attack', 'One victim described an encounter with an armed man',
    'The report describes attacks on four villages': the event named is the topic, as 'told us about her ordeal'
    is; the words said of it come after, in a quotation of their own ('described the attack as brutal', 'recalled
    that ...' still report)."""
    if verb.lemma_.lower() not in ("recall", "recount", "describe") or _says_more(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() in _EVENTS and not any(c.dep_ in ("relcl", "acl") for c in o.children) for o in objects
    )  # 'recalled the day the soldiers came to his village' tells what happened: a memory still speaks


def _says_more(verb: Token, words: tuple[str, ...] = ("that", "as")) -> bool:
    """A clause, 'that', 'as' or a quotation with the verb: then it reports something after all."""
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") or _saying_word(c, words) for c in children):
        return True
    return quoted_within(verb)


def _saying_word(child: Token, words: tuple[str, ...]) -> bool:
    """'said that ...', 'described him as ...'; not the verb's own 'that' ('signs that Lee may write a piece') nor
    'as part of' (where the act belongs, not what it says)."""
    if child.lower_ not in words or child.dep_ == "mark" and child.i < child.head.i:
        return False
    return not (child.lower_ == "as" and any(c.dep_ == "pobj" and c.lower_ == "part" for c in child.children))


def _person(noun: Token, lexicon: Lexicon) -> bool:
    if noun.lower_ in _PERSONAL_PRONOUNS:
        return True
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and person_noun(noun.lemma_.lower(), lexicon)
