"""The parties of a cue the parse does not give plainly: a speaker the parser lost ('Best added', a subject dropped
in translation, a participle hung on the wrong clause) and what was told to an addressee when the parser read it
as a relative clause on the addressee.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import clean_span, paragraph_of
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.pronoun_bodies import can_speak

_PERSONAL_SUBJECTS = {"i", "we", "you", "he", "she", "they", "it"}


def participle_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """'An eyewitness described how the attack unfolded, stating ...', 'experts called it dubious, as margins are
    thin, while noting ...': a participle the parser hung on a clause about a thing speaks for the subject of a
    clause above it that can speak."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    for ancestor in verb.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is None and ancestor.dep_ == "acl" and ancestor.tag_ in ("VBD", "VBN"):
            subject = ancestor.head  # "An eyewitness described ..." read as a noun with a modifier
        if subject is not None and subject.pos_ != "PRON" and can_speak(subject, lexicon):
            return subject
    return None


_MEDIA = frozenset({"post", "retweet", "message", "status", "account"})  # and the lexicon's social words ("tweet")
_OWNER_PREPS = frozenset({"by", "from"})


def medium_owner(token: Token | None, lexicon: Lexicon) -> Token | None:
    """'A tweet sent from Biden's Twitter account said ...', 'a post by Senator Lee read ...', 'Lee's tweet said':
    the medium carries the words; its author, or the owner of the account it came from, said them."""
    if token is None or token.pos_ != "NOUN":
        return None
    if token.lemma_.lower() not in _MEDIA and token.lemma_.lower() not in lexicon.social_words:
        return None
    heads = [token, *(c for c in token.children if c.dep_ == "acl")]  # 'a tweet (sent) from ...'
    preps = _OWNER_PREPS | ({"for", "of"} if token.lemma_.lower() == "account" else set())  # 'The account for X'
    places = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children]
    for noun in [token, *(p for p in places if p.dep_ == "pobj")]:
        if noun is not token and noun.pos_ == "PROPN":
            return noun
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:  # "Biden's tweet", "from Biden's Twitter account"
            return owner
    return None


def name_before(verb: Token, surnames: set[str]) -> Token | None:
    """'Best added ...' where the tagger read 'Best' as an adverb: a known surname just before."""
    sentence_start = verb.sent.start
    for i in range(verb.i - 1, max(sentence_start, verb.i - 3) - 1, -1):
        token = verb.doc[i]
        if token.text in surnames:
            return token
    return None


_AFTER_VERB = ("dobj", "nsubj", "attr", "npadvmod", "nsubjpass", "appos", "oprd", "dep")


def inverted_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """'Reacted a reader calling himself Jay:', 'Added the minister, "..."', 'Writes Ana Lopez:': a verb of saying
    opening its sentence before its speaker; the parser takes the speaker for an object. The first party that
    can speak after the verb, before any punctuation, is the speaker."""
    doc = verb.doc
    first = verb.sent.start
    while first < verb.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    closing = _closing(verb)
    if not closing and (first != verb.i or verb.tag_ not in ("VBD", "VBZ", "VBN") or not verb.text[:1].isupper()):
        return None
    for token in doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct:
            return None
        if token.head.i == verb.i and token.dep_ in _AFTER_VERB and token.pos_ in ("NOUN", "PROPN"):
            named = can_speak(token, lexicon) or token.ent_type_ in ("PERSON", "ORG")
            return token if named or (_introduces(token) and not closing) else None
    return None


def _closing(verb: Token) -> bool:
    """', reported officials.': a past verb of saying after a comma, its speaker closing the sentence."""
    doc = verb.doc
    if verb.i == verb.sent.start or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("conj", "advcl", "parataxis"):
        return False
    rest = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_punct and not t.is_space]
    return bool(rest) and all(t.head.i == verb.i or t.head in rest for t in rest)


def _introduces(noun: Token) -> bool:
    """The noun phrase is followed by a colon or by a comma and a quotation, or closes a short line ending in a
    colon: it introduces words."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    following = doc[after : after + 2].text.replace(" ", "")
    line_end = doc.text.find("\n", noun.idx)
    line = doc.text[noun.idx : line_end if line_end >= 0 else len(doc.text)].rstrip()
    return following[:1] == ":" or following[:2] in (',"', ",“") or line.endswith(":") and len(line) < 120


def as_subject(verb: Token) -> Token | None:
    """'As one of Bejan's poems says:', 'As the report states,': the parser reads 'as' as a preposition and the
    speaker as its object, leaving the verb of saying with no subject."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i < verb.i:
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if source is not None and source.pos_ in ("NOUN", "PROPN", "NUM"):
                return source
    return None


def fronted_subject(verb: Token) -> Token | None:
    """'From both sides of the street people were chanting:': with no comma after a fronted phrase the parser
    reads the subject as the object of its preposition; the noun just before the verb (and its auxiliaries)
    is the subject when that phrase opens the sentence."""
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)], key=lambda t: t.i)
    if first.i == 0:
        return None
    noun = verb.doc[first.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    while prep.dep_ == "prep" and prep.head.dep_ == "pobj":  # "From both sides of the street": up to "From"
        prep = prep.head.head
    opens = prep.dep_ == "prep" and prep.head.i == verb.i and prep.i == verb.sent.start
    return noun if opens else None


def dropped_subject(verb: Token) -> Token | None:
    """'"I'm with them," explains.' (a subject dropped in translation): the subject of the sentence before,
    in the same paragraph, is the speaker."""
    if (
        verb.dep_ != "ROOT"
        or verb.tag_ not in ("VBZ", "VBD")
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
    ):
        return None
    sent = verb.sent
    if sent.start == 0:
        return None
    previous = verb.doc[sent.start - 1].sent
    if paragraph_of(previous.root) != paragraph_of(verb):
        return None
    return next((c for c in previous.root.children if c.dep_ == "nsubj"), None)


def told_clause(addressee: Token) -> Token | None:
    """'informed police she had diplomatic immunity': the parser reads what was told as a relative clause on
    whom it was told to; a relative clause has a relative word, and this one opens with a personal subject."""
    doc = addressee.doc
    after = addressee.i + 1
    that = after < len(doc) and doc[after].lower_ == "that" and doc[after].head.i != addressee.i
    for clause in addressee.children:
        if clause.dep_ != "relcl" or clause.i < addressee.i or clause.left_edge.i not in (after, after + that):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        deps = {c.dep_ for c in clause.children}
        complete = bool(deps & {"dobj", "attr", "acomp", "xcomp"}) and "ccomp" not in deps  # no gap, so no relative
        if subject is not None and "ccomp" not in deps and not complete:
            complete = _closed(clause, subject)  # 'told the court he had acted in self-defence'
        if subject is None or not complete or subject.i < clause.left_edge.i:
            continue
        if subject.i == clause.left_edge.i and subject.lower_ in _PERSONAL_SUBJECTS and clause.left_edge.i == after:
            return clause
        if subject.left_edge.i == after and doc[after].lower_ in _DETERMINERS and doc[after].head == subject:
            return clause  # 'told the meeting the budget was balanced': a subject of its own after the audience
        if that and subject.left_edge.i == after + 1:
            return clause  # 'told a press briefing that the decision was illegal': a 'that' the parser hung on the verb
    return None


_DETERMINERS = {"the", "his", "her", "its", "their", "our", "my"}


def _closed(clause: Token, subject: Token) -> bool:
    """A clause with nothing missing after its verb: a passive's subject is its object ('the budget was balanced'),
    and an intransitive verb's phrases each have their noun ('acted in self-defence'; 'the meeting she spoke at'
    leaves 'at' bare, 'the players he trusted to ...' wants the players)."""
    after = [c for c in clause.children if c.i > clause.i and not c.is_punct]
    if any(c.dep_ in ("xcomp", "dative") or c.dep_ == "prep" and not list(c.children) for c in after):
        return False
    return subject.dep_ == "nsubjpass" or any(c.dep_ == "prep" for c in after)


def own_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def subject_before_participle(verb: Token) -> Token | None:
    """'Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council called the agreement "null and
    void"', 'Raila Odinga addressing supporters in Kisumu described the vote as "a sham"': with no commas around the
    participle phrase the parser makes the participle the subject's verb and hangs the verb of saying on it (a
    clausal subject) or on its object (a relative clause). The participle's subject is the speaker."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    participles = [c for c in verb.children if c.dep_ == "csubj"]
    if verb.dep_ == "acl":
        participles += [a for a in verb.ancestors if a.tag_ == "VBG"][:1]
    for participle in participles:
        if participle.tag_ != "VBG" or participle.i > verb.i:
            continue
        subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    return None


def clip_trailing_speaker(verb: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """'"All control will rest with the authors," continued Manber.': the parser gives a verb read with its
    speaker after it (an attribute or object, not a subject) the whole sentence as content, the verb and the
    speaker too. What was said ends before the verb when all the content has after it is that noun phrase (not
    a quotation resuming, '"We will," Ruiz said, "rebuild."', nor a clause of its own)."""
    if content is None or not content[0] < verb.idx < content[1]:
        return content
    if not verb.doc.text[content[0] : verb.idx].rstrip().endswith(('"', "”")):
        return content  # the verb does not close a quotation: 'voluntarily disclosed the matter'
    tail = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.idx < content[1]]
    if not tail or any(t.text in ('"', "“", "”") or t.pos_ in ("VERB", "AUX") for t in tail):
        return content
    if not any(t.pos_ in ("PROPN", "NOUN") and t.head.i == verb.i for t in tail):
        return content
    return clean_span(verb, [t for t in verb.sent if content[0] <= t.idx and t.i < verb.i])
