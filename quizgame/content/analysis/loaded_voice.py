"""Whose word a charged word is: the reporter's, or someone else's reported without quotation marks.

"The MDC said ... a chilling statement", "His critics say the government has devastated the economy", "who view
the police as racist": the judgement belongs to the speaker or to whoever gives the label, paraphrased by the
reporter. A judging verb of saying ("claimed", "insisted") is always the reporter's own choice.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import TermRule
from quizgame.content.analysis.loaded_context import subject_of

# Verbs that give something a label ("as" or an object complement): the label is the subject's, reported as theirs.
_LABELLING = frozenset(
    "view regard see consider describe call label brand dub term deem perceive characterize rank rate list name "
    "classify designate hold dismiss denounce hail portray depict paint present cite single".split()
)


def said_by_another(token: Token, cues: frozenset[str]) -> bool:
    """An adjective, adverb or label in a clause that a verb of saying with its own subject governs is the speaker's
    evaluation in the reporter's paraphrase ("the party said the arrests serve to confirm how the regime is
    panicking": a verb of saying with no subject of its own on the way, "confirm", does not end the search); a
    judging verb of saying itself stays the reporter's choice."""
    path = [token, *token.ancestors]
    for k, node in enumerate(path):  # "results will be posted, but the party claimed ...": a clause of its own
        if (
            node.dep_ == "conj"
            and node.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "nsubj" for c in node.children)
            and node.head.dep_ != "ccomp"  # "said the ice was thin and the conditions were dire": one statement
        ):
            path = path[: k + 1]
            break
    if token.dep_ == "advmod" and token.head.lemma_.lower() in cues:
        return False  # "ironically arguing", "falsely claimed": the reporter's comment on the act of saying
    return any(
        ancestor.pos_ == "VERB"
        and ancestor.lemma_.lower() in cues
        # a cue after the word carries it only as its content clause ("made a shameless attempt ..., the union
        # said"), not a subject or a clause of circumstance ("pressured by hardline groups, the police announced")
        and (ancestor.i < token.i or path[k - 1].dep_ == "ccomp")
        and subject_of(ancestor) is not None
        and not any(c.dep_ == "neg" for c in ancestor.children)  # "did not explain why police are refusing"
        and not _addressee(ancestor, path[k - 1])
        and not _around_the_saying(path[k - 1], cues)
        for k, ancestor in enumerate(path)
        if k > 0
    )


# Prepositions whose object is what a statement is about ("commented on the growing wave of racism", "reported on the
# racist comments"); 'of' and 'for' carry content ("accused them of ...", "warned of ..."), 'with' what the reply was
# ("responded with heated discussions"), 'as' a label (labelled_by_another). Circumstances ('in', 'during') are left
# out: the parser hangs a list's tail on them ("alleged irregularities in every province, including ... intimidation").
_TOPIC = frozenset(["on", "about"])


def _around_the_saying(child: Token, cues: frozenset[str]) -> bool:
    """Is `child`, a dependent of a verb of saying, the statement's topic or circumstance rather than its content:
    a topic ("Israelis on Twitter commented on the growing wave of racism"), or an adverbial clause that is no
    saying of its own ("cases ... have been reported in the Israeli media, prompting a new wave of racism": the
    reporter tells what followed)? Then the words there are the reporter's."""
    if child.dep_ == "prep":  # a noun names the topic; a clause ("commenting on Moussa being part of the former
        # regime") is what was said about it
        topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        return child.lower_ in _TOPIC and topic is not None and topic.dep_ == "pobj" and topic.pos_ == "NOUN"
    return child.dep_ == "advcl" and child.lemma_.lower() not in cues and child.tag_ == "VBG"


def _addressee(cue: Token, child: Token) -> bool:
    """Is `child` whom the cue is about or addressed to, not what was said ("accused a deadly faction of having
    ties": the faction is described in the reporter's words; "reported widespread intimidation": what was said)?"""
    if child.dep_ not in ("dobj", "dative"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "prep") and c.i != child.i for c in cue.children):
        return True
    # "accused a faction of ...", with "of" hung on the noun
    return cue.lemma_.lower() in _CHARGING and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") for c in child.children
    )


_CHARGING = frozenset("accuse blame charge suspect criticize criticise praise thank condemn fault".split())


def parenthetical_saying(token: Token, cues: frozenset[str]) -> bool:
    """Is the word's clause carried by a verb of saying set in it between commas ("The health minister, the union
    said, had shown shameless disregard", "The plan, critics say, is a grab for power")? The parser hangs the cue on
    the clause as parataxis; the clause is the speaker's statement in the reporter's paraphrase, whatever the
    subject of the cue looks like (statements.parenthetical_cue reads only a name or a pronoun there)."""
    for node in [token, *token.ancestors]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for cue in (c for c in node.children if c.dep_ == "parataxis" and c.lemma_.lower() in cues):
            if any(c.dep_ == "nsubj" for c in cue.children) and _set_off(cue):
                return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # the clause ends here
    return False


def _set_off(cue: Token) -> bool:
    """Commas on both sides of the cue and its subject: ", the union said,"."""
    doc, first, last = cue.doc, cue.left_edge.i, cue.right_edge.i  # the parser may hang the commas on the cue

    def comma(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text == ","

    return (comma(first) or comma(first - 1)) and (comma(last) or comma(last + 1))


def charged_noun_phrase(token: Token) -> bool:
    """Is the word inside what someone is accused, blamed or praised of or for ("accused ministers of a cynical
    attempt to divide staff", "blamed the council for its shameful neglect"), or what an accusation names ("renewed
    allegations of incompetence and dishonesty", "accusations of brutal treatment")? The noun phrase is the
    accusation's content, as the gerund is in charged_with: the accusers' judgement, paraphrased."""
    node = token
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if head.lower_ in ("of", "for") and node.dep_ == "pobj":
            if head.lower_ == "of" and _accusation(head.head):
                return True
            verb = head.head.head if head.head.dep_ == "dobj" else head.head  # 'of' hung on the one accused
            return verb.pos_ == "VERB" and verb.lemma_.lower() in _CHARGING  # not the noun: "in charge of"
        if node.dep_ not in ("amod", "compound", "conj", "advmod", "nmod", "pobj"):
            return False
        node = head
    return False


# Nouns for a charge made by someone: what follows their 'of' is the charge ("allegations of incompetence"). 'charge'
# only in the plural: "in charge of the brutal operation" is no charge.
_ACCUSATIONS = frozenset("allegation accusation claim suspicion".split())


def _accusation(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _ACCUSATIONS or noun.lower_ == "charges")


# Verbs that pass judgement on what they take as object: the adjectives on that object are the judge's.
_JUDGING = frozenset("condemn denounce decry deplore criticize criticise lament praise hail applaud laud".split())


def judged_by_another(adjective: Token) -> bool:
    """Is the adjective on what someone condemns or praises ("the rebels denounced the army's brutal crackdown",
    "the regulator condemned the brutal treatment of the presenters")? The verdict is the one of whoever condemns,
    told in the reporter's paraphrase, as after a verb of saying."""
    if adjective.dep_ != "amod" or adjective.head.dep_ != "dobj":
        return False
    verb = adjective.head.head
    return verb.lemma_.lower() in _JUDGING and any(c.dep_ == "nsubj" for c in verb.children)


def labelled_by_another(token: Token) -> bool:
    """The word is what someone else calls a thing: the 'as' or object complement of a verb of labelling."""
    if token.pos_ in ("VERB", "AUX"):
        return False  # a label is a noun or an adjective; "the forces who have occupied it" is an act
    node = token
    # "ranking Armenia as one of the most homophobic countries", "held up Greece as the most typical example of the
    # outburst of racist violence": the label may sit deep in the 'as' phrase
    for _ in range(7):
        head = node.head
        if head.i == node.i or node.i != token.i and node.pos_ in ("VERB", "AUX"):
            return False  # the phrase ends at a verb: a label inside a clause is not the clause's label
        if head.lemma_.lower() in _LABELLING and (node.dep_ == "oprd" or node.dep_ == "pobj" and head.lower_ == "as"):
            return True
        if head.lower_ == "as" and head.head.lemma_.lower() in _LABELLING:  # also a misparsed 'as racist'
            return True
        node = head
    return False


def reported_predicate(verb: Token, rule: TermRule, cues: frozenset[str]) -> bool:
    """Is the verb what a clause of reported speech says happened ("His critics say the government has devastated
    the economy", "one protester told ABC News, adding that they'll occupy the area")? Then the verb is the speaker's
    account, paraphrased (a teacher on reading's 'devastated': the critics' word; the seed ABC gold). A judging verb
    of saying stays the reporter's choice, and a word deeper in the clause ("insisted it wasn't her decision to
    abandon the precinct", "said he would use an order ..., disregarding the ruling") the tuned gold reads as the
    reporter's own."""
    if verb.pos_ != "VERB" or rule.cue_only:
        return False
    # "the mayor said the town had been crippled": the parser may hang the participle on the auxiliary as acomp
    clause = verb.head if verb.dep_ == "acomp" and verb.head.pos_ == "AUX" else verb
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues or charged_with(verb)


def charged_with(verb: Token) -> bool:
    """Is the verb what someone is accused or blamed of ("accused police of unfairly summoning him while condoning
    other major political heavyweights", "blamed the army for ...")? The act is the accuser's charge, told in the
    reporter's paraphrase: the gerund after 'of' or 'for' is the content of the accusation, as a clause is of 'say'."""
    node = verb
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if head.lower_ in ("of", "for") and node.dep_ in ("pcomp", "pobj"):
            return head.head.lemma_.lower() in _CHARGING
        if node.dep_ not in ("advcl", "conj", "pcomp", "xcomp"):
            return False
        node = head
    return False


_SOME = frozenset("many most some several few".split())


def held_by_others(token: Token) -> bool:
    """Is the word's clause set under a fronted 'for many X' ("but for many Panamanians, it was a show of arrogance and
    deplorable disdain", "For many citizens, the Akong case was about injustice")? The view is theirs, named as
    theirs, as after a verb of saying."""
    for node in [token, *token.ancestors]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < node.i):
            holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if holder is not None and any(c.lower_ in _SOME for c in holder.children if c.dep_ in ("amod", "det")):
                return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # the clause ends here: a 'for many' above it frames another clause
    return False


# Adverbs by which the reporter hands a clause to others: hearsay and stereotype.
_HEARSAY = frozenset("supposedly allegedly reportedly purportedly stereotypically".split())


def hedged(token: Token) -> bool:
    """Is the word in a clause the reporter marks as others' belief ("Sovoks are stereotypically slavish ... stupid,
    evil", "This effect is supposedly achieved by feeding TV addicts a barrage of propaganda")? The judgement is the
    one the stereotype or the hearsay holds; the hedge itself stays the reporter's word. The hedge scopes over the
    clause of the verb it modifies (the parser may hang it on a predicate adjective, as in the first example)."""
    if token.lower_ in _HEARSAY:
        return False
    for hedge in (t for t in token.sent if t.dep_ == "advmod" and t.lower_ in _HEARSAY):
        if not (hedge.head.pos_ in ("VERB", "AUX") or hedge.head.dep_ in ("acomp", "attr")):
            continue  # "the minister, ostensibly on holiday, met ...": a hedge on a phrase, not on the clause
        clause = next((a for a in hedge.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and (token == clause or clause in token.ancestors):
            return True
    return False
