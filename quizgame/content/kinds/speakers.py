"""Who may be offered as a speaker: clean names of people and organisations, never a phrase.

The analysis hands over speakers as the text gave them, and a distractor built from that raw string
reads as a broken question: "Glaring evidence", "Movement's", "Es))Spanish language", "The comments",
"Analysts's". A name offered to a student must be a name a reader would recognise in the article,
of the same type as the key (a person for a person), or the generator abstains.
"""

from __future__ import annotations

import re
from functools import cache

from quizgame.content.analysis.credits import credits_the_name
from quizgame.content.analysis.first_names import name_gender
from quizgame.content.lexicon_files import attribution_lists

PERSON, ORGANISATION = "person", "organisation"

_PRONOUNS = frozenset("he she they it we i you this that these those him her them one someone".split())
# Lower-case words that may sit inside a proper name ("Jean de la Fontaine", "Ministry of Health").
_PARTICLES = frozenset("de da del della di du la le van von der den al bin ibn y of and for on the".split())
# What makes a name an institution rather than a person.
_ORG_WORDS = frozenset(
    "ministry department court council commission agency organisation organization office police party "
    "movement union university association government parliament congress senate committee institute "
    "foundation bank church army navy board authority service services company corporation group news "
    "agency press times post network radio television tv network club federation league team station "
    "hospital school centre center coalition alliance front assembly tribunal gerichtshof bureau".split()
)
# A thing said or written, never a speaker: "credited to The statement" teaches nothing.
_STATEMENT_NOUNS = frozenset(
    "statement statements comment comments remark remarks words evidence report reports".split()
)
_NAME_CHARS = re.compile(r"^[^\W\d_][\w.․'’-]*$")  # '․' (one dot leader): Wikinews's "Sergey M․" (reading4)


def bare(name: str) -> str:
    """The name without a possessive ending or stray spaces: "Movement's" -> "Movement"."""
    name = " ".join(name.split())
    return re.sub(r"(?<=\w)['’]s?$", "", name)


def kind_of(name: str) -> str:
    return ORGANISATION if any(w.lower() in _ORG_WORDS for w in name.split()) else PERSON


def clean(name: str, body: str) -> str | None:
    """`name` as a proper name a student can find in the article, or None when it is not one: a pronoun,
    a phrase with lower-case words ("Glaring evidence", "The comments"), broken characters, a
    generic plural ("Analysts"), or an institution glossed in brackets."""
    name = bare(name)
    tokens = name.split()
    if not tokens or name.lower() in _PRONOUNS or any(not _NAME_CHARS.match(t) for t in tokens):
        return None
    if any(t.lower() in _STATEMENT_NOUNS for t in tokens):
        return None
    if tokens[0].lower() in ("the", "a", "an") and f"{tokens[0]} {tokens[1] if len(tokens) > 1 else ''}" not in body:
        return None  # "The comments" where the article has "the comments": a description, not a name
    named = [t for t in tokens if t.lower() not in _PARTICLES]
    if not named or any(not t[:1].isupper() for t in named):
        return None
    if len(tokens) == 1 and not (name.isupper() and len(name) > 1):
        return None  # a lone word is a surname, a plural or a fragment ("Analysts", "Movement"), not a name
    if name not in body:
        return None
    if any(t.lower() in _THINGS for t in named) or clipped(name, body):
        return None
    return name


# Head words of names that are no one who speaks: a storm ("Typhoon Phanfone", offered as a speaker in
# reading4's typhoon report beside "Typhoon Haiyan"), a place, an event.
_THINGS = frozenset(
    "typhoon hurricane cyclone storm tornado earthquake island islands river mountain mount street avenue "
    "square province county valley bay lake festival championship cup olympics war "
    # an instrument or craft: reading5's "James Webb Telescope" offered as an interviewee's rival
    "telescope satellite spacecraft rover rocket probe".split()
)


# Religious and traditional titles the attribution lists lack (they list office titles).
_HONORIFICS = frozenset("mufti mullah sheikh shaikh ayatollah emir sultan maulana ustaz swami lama elder".split())


def clipped(name: str, body: str) -> bool:
    """Is `name` only ever part of a longer name ("Bahamas Blog" of "Meanwhile, Political Bahamas Blog
    reports"; reading4's Bahamas post, and "Panamá" of "El Panamá América" in its May Day roundup)?
    Every time the article writes it, a capitalised word runs into it that is no title ("Minister"), no
    possessive ("Weblog Bahamas' Edward Hutcheson") and not a sentence's first word ("When Rick Lowe").
    Offered clipped, the option names something the article does not."""
    titles = _titles()
    found = list(re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", body))
    for match in found:
        prefix = body[max(0, match.start() - 80) : match.start()]
        run = re.search(r"(?<![\w'’-])([A-Z][\w-]*) $", prefix)
        if run is None or titles & set(run.group(1).lower().split("-")) or run.group(1).lower() in _HONORIFICS:
            return False  # "Secretary-General Ban Ki Moon", "Mufti Abdul Qawi": a title, not a longer name
        ahead = prefix[: run.start()].rstrip(" ")
        if not ahead and match.start() < 80 or ahead and ahead[-1] in '.!?:;\n"“(':
            return False  # the capitalised word starts a sentence or a line
    return bool(found)


@cache
def _titles() -> frozenset[str]:
    return frozenset(t.lower() for t in attribution_lists()["titles"])


# A photo credit (credits.credits_the_name: "(Image: Patrick Gillett)", "Photo by Lali Sandiumenge.", "copyright X",
# "courtesy of X"), or a credit line of the name alone after a dash ("—Troy Roberts"). The person took a
# picture; the article never presents them as saying anything.
_DASH_LINE = re.compile(r"^[ \t]*(?:—|–|--?)[ \t]*$")


def credit_only(name: str, body: str) -> bool:
    """Is every mention of `name` in the article a photo credit ("(Image: Patrick Gillett)", a line
    "—Troy Roberts")? Such a name is no one the article presents as speaking or as a source, and offered
    as a speaker it is a distractor a student cannot place (styles8's rugby report: the photographer
    offered beside the coaches)."""
    found = list(re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", body))
    for match in found:
        line_start = body.rfind("\n", 0, match.start()) + 1
        before = body[line_start : match.start()]
        line_end = body.find("\n", match.end())
        after = body[match.end() : line_end if line_end >= 0 else len(body)]
        on_its_own = _DASH_LINE.match(before) and not re.search(r"\w", after)
        if not (credits_the_name(before) or on_its_own):
            return False
    return bool(found)


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
# What may continue a name cut short: "Valéry Giscard d'Estaing", "Ludwig van Beethoven", "Alex E. Proimos".
# Words of a name are apart by spaces or one line break of a wrapped paragraph, never by a blank line: a credit
# line "—Troy Roberts" does not run into the next paragraph's "Another eyewitness".
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# An Arabic article joined by a hyphen ends many names ("Abdel Fattah el-Sisi", "Bashar al-Assad"): the name
# cut before it (styles7's "Abdel Fattah", offered as an option and named as a statement's source) is no name.
_NAME_TAIL = re.compile(
    rf"(?:{_GAP}(?:(?:d|l|o|al)['’][A-Z][\w'’-]*|(?:el|al|ad|as|ash|at|az|ul|ud|ed)-[A-Z][\w'’-]*"
    rf"|(?:[a-z]{{1,3}}{_GAP}){{0,2}}[A-Z][\w'’-]*\.?))"
)


_NAME_PARTICLES = _PARTICLES - {"of", "and", "for", "on", "the"}  # "Jerrold Nadler of New York" is no name


def whole_name(name: str, body: str) -> str:
    """`name` as the article writes it in full, where the analysis cut it at an initial or a part of the
    name ("Valéry Giscard" for "Valéry Giscard d'Estaing"): the capitalised tokens (and particles
    between them) that follow it without punctuation, the longest the article gives. Never a day or
    month ("Mitterrand Monday"), never across a stop (an initial's own stop aside)."""
    best = name
    for found in re.finditer(rf"\b{re.escape(name)}(?!\w)", body):
        tail = ""
        at = found.end()
        while (more := _NAME_TAIL.match(body, at)) is not None:
            word = more.group().split()[-1].rstrip(".")
            if word.lower() in _CALENDAR or word.lower() in _PRONOUNS or word.lower() in ("the", "a", "an"):
                break
            if any(w not in _NAME_PARTICLES for w in more.group().split()[:-1]):
                break
            if more.group().endswith(".") and not re.fullmatch(r"[A-Z]\.", more.group().split()[-1]):
                break  # a word closing a sentence is not part of the name
            tail += more.group()
            at = more.end()
        if tail and len(name) + len(tail) > len(best):
            best = " ".join(f"{name}{tail}".split())
    return best


def is_person(name: str, body: str, institutions: frozenset[str] = frozenset()) -> bool:
    """A person's name: no institution word, two words or more, never "the X" in the article
    ("answers the Oberster Gerichtshof" names a court, not a judge), not a name the analysis saw
    acting as an outlet or organisation, and named again by surname or in an apposition ("Bill Brown,
    the sheriff"): a company or a blog named once ("Worldwide Diving Adventures") is neither."""
    if kind_of(name) != PERSON or len(name.split()) < 2 or name in institutions:
        return False
    if name.lower().startswith("the ") or re.search(rf"\bthe\s+{re.escape(name)}\b", body, re.IGNORECASE):
        return False
    last = re.escape(name.split()[-1])
    alone = len(re.findall(rf"\b{last}\b", body)) > len(re.findall(rf"\b{re.escape(name)}\b", body))
    if alone or re.search(rf"\b{re.escape(name)}\s*,\s*(?:the|a|an|who|[a-z]+ (?:of|at|for))\b", body):
        return True
    # "Rai Benjamin from the United States, who finished ...": someone from a place, then "who".
    if re.search(rf"\b{re.escape(name)} (?:of|from) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, who\b", body):
        return True
    if _titled(name, body):
        return True  # "Interior Minister Joachim Brudziński": a person's title before the name
    # A given name at its head that says a sex ("Kevin Young"; not "Sun" or "Jordan", given to both and
    # words or places too): a company or a blog named once rarely starts with one, and a name of two or
    # three words that does is a person's, unless the article uses that word as a place ("Montana
    # Native Vote" in an article "in Montana").
    first = name.split()[0]
    if len(name.split()) > 3 or name_gender(first) is None:
        return False
    return not re.search(rf"\b(in|of|from|to|at|across|for)\s+{re.escape(first)}\b(?!\s+[A-Z])", body)


def _titled(name: str, body: str) -> bool:
    titles = "|".join(re.escape(t) for t in attribution_lists()["titles"])
    return re.search(rf"\b(?:{titles})\.?\s+{re.escape(name)}\b", body, re.IGNORECASE) is not None


def institutions(analysis: object) -> frozenset[str]:
    """Names the analysis saw speaking as something other than a person."""
    found = {
        bare(a.speaker)
        for a in getattr(analysis, "attributions", [])
        if a.speaker_kind in ("organization", "outlet", "document")
    }
    return frozenset(found | {bare(s.outlet) for s in getattr(analysis, "secondhand", [])})


# A newspaper's title takes its article: "The New York Times's", not "New York Times's" (reading4's
# Lost 52 whose_words item offered "New York Times's" and "Washington Post's").
_TITLE_WITH_THE = re.compile(
    r"^(?!the )[A-Z][\w.&-]*( [A-Z][\w.&-]*)* (Times|Post|Journal|Guardian|Telegraph|Independent|Economist|Herald|"
    r"Tribune|Globe|Observer|Mirror|Chronicle|Gazette|Inquirer|Examiner)$"
)


def possessive(name: str) -> str:
    # one form everywhere ("'s"): the audit reads the key back by this suffix
    return f"The {name}'s" if _TITLE_WITH_THE.match(name) else f"{name}'s"


def credit(who: str) -> str | None:
    """How a sentence may say who a statement is credited to, or None when `who` names the statement
    itself rather than a source."""
    words = who.split()
    if not words or any(w.lower() in _STATEMENT_NOUNS for w in words):
        return None
    return who[0].lower() + who[1:] if words[0] in ("The", "A", "An") else who


_SAYING = r"(said|say|says|told|tell|tells|wrote|write|writes|added|stated|announced|argued|noted|explained|insisted|warned|claimed|agreed|declared)"
_TOGETHER = re.compile(
    r"\b(jointly|joint (statement|letter|declaration|press conference)|both (said|told|wrote|say))\b", re.IGNORECASE
)


_TITLE_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Rev|Hon)\.")


def shares_statement(text: str, speaker: str) -> bool:
    """Is the statement in `text` credited to `speaker` together with someone else ("Lopez and Reed
    said", "said Reed and Lopez", "Lopez and her husband wrote", "in a joint statement")? Then a key
    naming one of them is half the answer, and the other may stand among the options: abstain."""
    last = re.escape((speaker.split() or [""])[-1])
    if not last:
        return False
    text = _TITLE_STOP.sub(r"\1", text)  # "Mr. Kibaki and Mr. Odinga have said": a title's stop ends no sentence
    between = r"[^.;:\"“”]{0,60}?"
    aside = r"(?:\s*,[^,.;\"“”]{1,60},)?"
    patterns = (
        rf"\b{last}\b(?:['’]s)?{aside}\s+(?:and|&)\s+{between}\b{_SAYING}\b",
        rf"\b(?:and|&)\s+(?:[\w.'’-]+\s+){{0,4}}{last}\b{aside}\s*{_SAYING}\b",
        rf"\b{_SAYING}\s+(?:[\w.'’-]+\s+){{0,4}}{last}\s+(?:and|&)\s+\S",
        rf"\b{_SAYING}\s+[A-Z]{between}\s+(?:and|&)\s+(?:[\w.'’-]+\s+){{0,4}}{last}\b",
    )
    return bool(_TOGETHER.search(text)) or any(re.search(p, text) for p in patterns)


_BODY_AFTER_NAME = (
    r"(administration|government|campaign|camp|team|family|era|presidency|cabinet|foundation|organi[sz]ation)"
)


def only_as_modifier(text: str, speaker: str) -> bool:
    """Is the speaker's name in `text` only as the modifier of a body ("the Trump administration has
    been trying to add the question ...")? Then the words are the body's, or nobody's: not the person's."""
    last = re.escape((speaker.split() or [""])[-1])
    mentions = list(re.finditer(rf"\b{last}\b", text)) if last else []
    return bool(mentions) and all(
        re.match(rf"(['’]s)?\s+{_BODY_AFTER_NAME}\b", text[m.end() :], re.IGNORECASE) for m in mentions
    )
