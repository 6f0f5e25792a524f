"""A name no list knows is an outlet when it stands where only a newsroom stands: the one a statement was given
to ("told Mwanzo", "speaking to Sauti", "in an interview with Sauti", "in comments to Sauti"), the one that
quoted or interviewed the speaker ("quoted by Sauti", "Sauti quoted the minister as saying"), or the one that
reported or wrote, named after its verb as papers are ("..., reported Sauti", "wrote Harian"), the name that
"reported that" something is so ("NPR reported that ...": people "said" it, newsrooms report it), or the one that
"has learned that" something is so.

A person, a place, or a body with a word of its kind in its name ("the ANC party") is told things and quoted
too; so is a party or a shop the article names elsewhere as one ("Tesco's stores", "ANC supporters", "a Tesco
spokesman"). Those are not outlets, whatever their position here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quizgame.content.analysis.first_names import is_first_name
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.outlet_people import where_a_person_stands

# Certain enough to report, not enough to make the name an outlet for the rest of the article (0.75).
POSITION_CONFIDENCE = 0.7
# "speaking to X", "in comments to X": words given to the one after "to".
_GIVEN_TO = frozenset("speak talk say comment remark comments remarks statement interview explain confirm".split())
# "in an interview with X" (not "talks with X", a negotiation).
_TALK_WITH = frozenset(["interview", "conversation", "chat"])
# "quoted by X", "interviewed by X".
_QUOTED_BY = frozenset(["quote", "interview"])
# "X quoted the minister as saying", "X interviewed the minister".
_QUOTING = frozenset(["quote", "interview"])
# "..., reported X", "wrote X": a verb of the press before its subject (not "said X", which police and people take).
_INVERTED = frozenset(["report", "write", "publish", "broadcast"])
_NOT_NEWSROOMS = frozenset(["LOC", "FAC", "EVENT", "LAW", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"])
# Labels the small model gives any unknown capitalised word ("told Sauti" is a GPE or a PERSON as often as not):
# they count only with the article's word for it ("in Sauti", "Uhuru Kenyatta").
_GUESSED = frozenset(["PERSON", "GPE", "NORP"])
_NEWSROOM_WORDS = frozenset("daily weekly radio tv television news the".split())
_PRESS_WORDS = _NEWSROOM_WORDS - {"the"}
# Small words inside a body's full name: "Institute of Volcanology and Seismology", "Campaign to End Hunger".
_NAME_JOINERS = frozenset(["of", "and", "for", "on", "to"])
# What a party, a shop or a company has and a newsroom does not: named elsewhere in the article with one of
# these, the name is that kind of body.
_OTHER_BODIES = frozenset(
    "party leader leadership member supporter candidate voter store shop supermarket customer shareholder share "
    "spokesman spokeswoman spokesperson chairman chairwoman chairperson executive ceo president government minister "
    "lawmaker mp official employee branch product brand chain bank club team player fan stadium factory "
    "plant mine troops fighter militant rebel congress".split()
)


def newsroom_position(tokens: Span, lexicon: Lexicon) -> float:
    """POSITION_CONFIDENCE when the name stands where only a newsroom does and nothing says it is another body."""
    root = tokens.root
    if not whole_phrase(root, tokens) or another_body(tokens, lexicon):
        return 0.0
    if not in_position(root) and not _cited_by_an_outlet(root, lexicon):
        return 0.0
    return POSITION_CONFIDENCE


def whole_phrase(root: Token, tokens: Span) -> bool:
    """The name is all of the phrase ('told Sauti'), not a word describing more ('with ARF affiliated Yerkir TV')."""
    after = tokens.doc[tokens.end] if tokens.end < len(tokens.doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ") or after.pos_ == "VERB" and after != root.head):
        return False  # the parse may end the phrase early: "with ARF affiliated Yerkir TV station"
    return all(tokens.start <= c.i < tokens.end or c.dep_ in ("punct", "det") or _set_off(c) for c in root.children)


def _set_off(child: Token) -> bool:
    """'told Sauti, a local paper,' or 'In comments to the Irish Independent, a security expert said': a phrase
    after a comma that the parse hangs on the name describes it or opens the clause; the name is still whole."""
    return child.dep_ == "appos" and child.i > 0 and child.doc[child.left_edge.i - 1].text == ","


def in_position(root: Token) -> bool:
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ in ("dative", "dobj") and lemma == "tell":
        return True
    if root.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        if head.lower_ == "to":
            return governor in _GIVEN_TO
        if head.lower_ == "with":
            return governor in _TALK_WITH
        if head.lower_ == "by":
            return governor in _QUOTED_BY
        return False
    if root.dep_ == "nsubj" and lemma == "learn":  # "Mwanzo has learned that ...": a newsroom's own finding
        children = list(head.children)
        return any(c.lower_ in ("has", "have") for c in children) and any(c.dep_ == "ccomp" for c in children)
    if root.dep_ == "nsubj" and lemma in _QUOTING:
        return any(c.dep_ == "dobj" for c in head.children)
    if root.dep_ == "nsubj" and lemma == "report" and root.i < head.i and root.tag_ == "NNP":
        return any(c.dep_ == "ccomp" for c in head.children)  # "NPR reported that ..." (not "Egyptologists")
    if lemma not in _INVERTED or root.i < head.i:
        return False
    if root.dep_ == "dobj":  # "..., reported the Daily Sauti." parsed as the object of a verb with no subject
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    return root.dep_ == "nsubj"


def cited_verb(root: Token) -> Token | None:
    """'AFP, citing Mwanzo, reported', 'AFP reported, quoting Mwanzo': the participle that names an outlet's source."""
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in ("cite", "quote") and head.dep_ in ("advcl", "acl", "relcl"):
        return head  # "AFP, citing Mwanzo, reported", "according to AFP, which cited Mwanzo"
    return None


def _cited_by_an_outlet(root: Token, lexicon: Lexicon) -> bool:
    """A name an outlet cites as its source, in a chain of outlets ('AFP, citing Mwanzo, reported')."""
    verb = cited_verb(root)
    if verb is None:
        return False
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "advcl" else [verb.head]
    return any(lexicon.outlet_kind(" ".join(t.text for t in s.subtree)) == "outlet" for s in subjects)


def another_body(tokens: Span, lexicon: Lexicon, titled: bool = False, masthead: bool = False) -> bool:
    """A place, a person, a body with a word of its kind in its name. A title ('The Atlantic') is often guessed a
    place or a person by the small model: for it only the article's own word counts ('in The Bahamas'). A city
    that is also a given name opens papers' names ('the Orlando Sentinel', 'Charlotte Observer'): with a
    masthead's last word ('masthead') the name is a person's only where a person stands ('coach Peter Observer')."""
    words = [t for t in tokens if t.lower_ != "the"]
    guessed = _GUESSED | {"LOC", "FAC"} if titled else frozenset()
    if not words or {t.ent_type_ for t in words} & _NOT_NEWSROOMS - guessed:
        return True
    guessed_words = words[-1:] if masthead else words  # "the Irish Independent": a nationality opening a paper's name
    if not titled and len(words) > 1 and {t.ent_type_ for t in guessed_words} & _GUESSED - {"PERSON"}:
        return True  # "told South Africa"
    if _a_place(words, tokens):
        return True  # "told Kenya" in an article that speaks of "in Kenya"
    if any(t.lower_ in lexicon.organization_nouns or t.lower_ in lexicon.document_nouns for t in words):
        return True  # "told the ANC party", "told the Senate"
    before = tokens.doc[tokens.start - 1] if tokens.start > 0 else None
    if any(t.lower_.rstrip(".") in lexicon.titles for t in [before, words[0]] if t is not None):
        return True  # "told Mr Malila"
    if len(words) > 1 and is_first_name(words[0].text) and (not masthead or where_a_person_stands(tokens, lexicon)):
        return True  # "told Paul Rivera"
    return _a_persons_name(words, tokens) or _named_as_other_body(words, tokens) or _short_for_a_body(tokens, lexicon)


def _short_for_a_body(tokens: Span, lexicon: Lexicon) -> bool:
    """'the Philippine Institute of Volcanology and Seismology (Phivolcs)': a short name the article defined in
    brackets after a body's full name stands for that body ('Phivolcs reported ...' is the institute's report);
    after a newsroom's full name ('the Philippine News Agency (PNA)') it is the newsroom."""
    words = [t for t in tokens if t.lower_ != "the"]
    if len(words) != 1:
        return False
    doc = tokens.doc
    for token in _elsewhere(words, tokens):
        if token.i < 2 or doc[token.i - 1].text != "(" or token.i + 1 >= len(doc) or doc[token.i + 1].text != ")":
            continue
        full = []  # the full name before the bracket, read backwards
        i = token.i - 2
        while i >= 0 and len(full) < 8 and (doc[i].is_title or doc[i].lower_ in _NAME_JOINERS):
            full.append(doc[i].lower_)
            i -= 1
        if any(w in lexicon.organization_nouns for w in full) and not any(w in _PRESS_WORDS for w in full):
            return True
    return False


def _a_persons_name(words: list[Token], tokens: Span) -> bool:
    """'told Kenyatta' in an article that names Uhuru Kenyatta: a word of a full name of a person elsewhere."""
    own = {t.lower_ for t in words}
    for ent in tokens.doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.start < tokens.end and tokens.start < ent.end:
            continue
        full = {t.lower_ for t in ent if t.is_title}
        if own & full and full - own:
            return True
    for token in _elsewhere(words[-1:], tokens):  # "Uhuru Kenyatta", untagged: a given name before the surname
        if token.ent_type_ == "GPE":
            continue
        given = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if given and not any(c.lower_ in _NEWSROOM_WORDS or c.ent_type_ == "GPE" for c in given):
            return True
    return False


def _a_place(words: list[Token], tokens: Span) -> bool:
    """The same word elsewhere after 'in', 'from' or 'across', or as a place the model is sure of."""
    for token in _elsewhere(words, tokens):
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in ("in", "from", "across", "near")
            and (token.ent_type_ in ("GPE", "LOC"))
        ):
            return True
    return False


def _named_as_other_body(words: list[Token], tokens: Span) -> bool:
    """'Tesco's stores', 'ANC supporters', 'a Tesco spokesman' anywhere in the article."""
    for token in _elsewhere(words, tokens):
        if token.dep_ in ("poss", "compound") and token.head.lemma_.lower() in _OTHER_BODIES:
            return True
    return False


def _elsewhere(words: list[Token], tokens: Span) -> list[Token]:
    """The article's other uses of the words, in document order. These checks run for every candidate outlet, so
    the article's words are indexed once per document instead of scanned each time."""
    index = _words_of(tokens.doc)
    found = {i for w in {t.lower_ for t in words} for i in index.get(w, ()) if not tokens.start <= i < tokens.end}
    return [tokens.doc[i] for i in sorted(found)]


def _words_of(doc: Doc) -> dict[str, list[int]]:
    cached = doc.user_data.get("token_positions_by_word")
    if cached is None:
        cached = {}
        for token in doc:
            cached.setdefault(token.lower_, []).append(token.i)
        doc.user_data["token_positions_by_word"] = cached
    return cached
