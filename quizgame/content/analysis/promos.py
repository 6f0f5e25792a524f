"""Promos and boilerplate: text inside an article body that is not reporting, known by its form.

Any outlet's boilerplate has the same few shapes: notes about the piece itself ("This post is part
of our special coverage ...", "This report was featured in ... podcast"), service lines that send
the reader elsewhere ("Visit the ... blog", "Read more", "For more information ... contact",
"More reports from ...", "Sign up", "Follow us"), inserted links and headlines of other stories
("(RELATED: ...)", a line in capitals, a line that is only a web address), notes crediting all of
a post's photos, and stray datelines left by a page scraper. They are found on the raw text (no
parse needed), one sentence at a time, and blanked out before parsing, so offsets stay those of
the body. Each carries a confidence: a fixed form (a "date YYYY-MM-DD" token) is surer than a
line in capitals, which may be a heading of the article's own. On the tuning folders every promo found
was right (15/15 from 0.7; python -m quizgame.content.analysis.calibration, 2026-12-06), so the figures
order the forms by how fixed they are rather than by measured misses.

Each form is held to the shape boilerplate takes, since news prose opens with the same words: a note about the
piece heads its own paragraph, a "Visit" plug names a site, a credit names who made the pictures (not what they
show), a podcast plug says where to listen, a headline in capitals is long enough to say who did what, an address
alone is on the outlet's own site; a blockquote is someone's words and never the page's furniture.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.model import Promo

_INLINE = [
    (re.compile(r"(?<!\S)date \d{4}-\d{2}-\d{2}(?!\S)"), 0.95),
    (re.compile(r"\((?:RELATED|READ MORE|SEE ALSO|ALSO READ|WATCH|LISTEN|MORE)\s*:[^)\n]*\)", re.IGNORECASE), 0.95),
    # a dateline the scraper left at the top: "Friday, March 29, 2019 Toronto Comicon ..."
    (re.compile(r"^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}, \d{4}\b(?=\s)"), 0.85),
]
# Sentences that sell or point elsewhere rather than report (matched at the start of a sentence). Words that news
# prose also opens with take the shape of the plug only: "Visit" with a site to go to ("Visit any market in Lagos
# and ..." is a writer's device), "For more information" with an order to the reader right after it ("For more
# information about the outbreak, the ministry urged residents to call ..." reports what someone did), "Follow"
# with "us" or an account on a platform ("Police asked residents to follow the signs" is reporting).
_PLUG = re.compile(
    r"^(?:click here|tap here|download (?:the|our)\b|get the .* app\b|sign up\b|subscribe (?:to|now|here)\b|"
    r"read more\b|read the full\b|see also\b|related:|watch:|listen:|more reports from\b|more stories\b|"
    r"follow (?:us|@\w+|[^.]{1,40}? on (?:twitter|facebook|instagram|tiktok|youtube|telegram|x)\b)|"
    r"for more (?:information|details|news)\b(?: (?:about|on|regarding) [^,.]{1,80}?)?,? (?:please )?"
    r"(?:contact|visit|see|go to|call|write to|follow|read|click)\b)",
    re.IGNORECASE,
)
# "Visit the ISN blog", "Visit our website at www.example.org": an order to go to a place on the web.
_VISIT = re.compile(r"^visit\b(?! (?:of|to|by|from|in|on|at|was|is|will)\b)", re.IGNORECASE)
_WEB_PLACE = re.compile(
    r"\b(?:website|site|blog|page|photostream|channel|account|profile|feed|podcast|archive)\b|www\.|https?://|"
    r"\.(?:com|org|net)\b",
    re.IGNORECASE,
)
# "Watch VOA's coverage live on our YouTube channel", "Watch the full interview on our website": an order to watch,
# a plug when it names the place on the web (as "Visit"); "Watch out for ice" names none.
_WATCH = re.compile(r"^watch\b(?! out\b)", re.IGNORECASE)
# "Have a news tip? Contact our newsroom at ...", "Contact us at news@...", "Email us your stories": the page asks the
# reader to write to the outlet itself ("Contact the police on 101" is no plug: it names someone else).
_CONTACT_US = re.compile(
    r"^(?:have an? (?:news |story )?(?:tip|story|question)s?\b[^.?!]{0,40}\?|(?:contact|email|e-mail|write to|"
    r"message|call) (?:us|our (?:newsroom|news desk|team|editors|reporters|journalists))\b)",
    re.IGNORECASE,
)
# Emphasis marks around a boilerplate line ("*Sign up for ...*", "_Follow us on X._") are not words of it.
_EMPHASIS = "*_ "
# "Listen to the full interview", "Listen for free every weekday ...": a plug when it names where to listen.
_LISTEN = re.compile(r"^listen (?:to|for|on|now|here)\b", re.IGNORECASE)
_LISTEN_PLACE = re.compile(r"\b(?:podcasts?|episode|app|online|here|website|weekday|free)\b", re.IGNORECASE)
# Notes about the piece itself: "This post is part of our special coverage ...". They stand at the head of their
# paragraph (boilerplate is set apart from the reporting). "This post", "this article", "this story" can only be the
# piece itself; "this report", "this interview", "this text" also name a document the article is about ("This report
# was produced by the UN and lists 40 cases"), so with them only the forms of a note about the piece count.
_SERIES_NOTE = re.compile(
    r"^this (?:post|article|story|piece|feature)\b[^.]{0,40}?"
    r"\b(?:is|was|has been|forms) (?:a )?(?:part of|featured|originally|first published|republished|produced|"
    r"translated|published (?:as part|in partnership|first|originally))"
    r"|^this (?:report|interview|text|translation)\b[^.]{0,40}?"
    r"\b(?:is|was|has been|forms) (?:a )?(?:part of (?:our|a|the) (?:special |ongoing )?(?:coverage|series)\b|"
    r"featured in\b[^.]*\b(?:episode|podcast|programme|program|show)\b|originally published (?:on|by|in) (?:our|this)\b|"
    r"republished\b)"
    r"|^the (?:post|article|story|report|piece|interview|feature|text|translation)\b[^.]{0,40}?"
    r"\b(?:is|was|has been|forms) (?:a )?part of (?:our|a|the) (?:special |ongoing )?(?:coverage|series)\b"
    # "This post and its translations ... were commissioned by ...": who paid for or asked for the piece
    r"|^this (?:post|article|story|piece|feature|text|translation)\b[^.]{0,80}?"
    r"\b(?:is|was|are|were|has been|have been) (?:commissioned|sponsored|funded|supported|written for)\b",
    re.IGNORECASE,
)
# Credits for all of a post's pictures (a single photo's caption stays in the text): the pictures, then who made or
# lent them ("All photos courtesy of ...", "All images are by ..."); "All images released by NASA show the crater"
# and "Photos from the scene showed three burned cars" report what pictures show.
_CREDIT_NOTE = re.compile(
    r"^(?:all (?:the )?(?:photos|pictures|images|photographs)|(?:photos|pictures|images|photographs))"
    r"(?: (?:in|on|of|for|used in) this (?:post|article|story|piece|gallery))?(?: (?:are|were))? "
    r"(?:by|courtesy|used with permission|taken by|credit|copyright|©|licensed|reproduced|from [^.]{0,40}?"
    r"(?:flickr|facebook|twitter|instagram|blog|website|account|used))\b"
    r"|^(?:the )?(?:thumbnail|featured|header|cover) (?:image|photo|picture)\b"
    r"|^(?:the )?(?:image|photo|picture)s? (?:used )?(?:in|for|on) this (?:post|article|story)\b",
    re.IGNORECASE,
)
_REPORTS_PICTURES = re.compile(r"\b(?:show|shows|showed|shown|depict|depicts|depicted|reveal|reveals|revealed)\b")
# A credit that licenses the post's picture: "... used under a Creative Commons license."
_LICENCE_CREDIT = re.compile(
    r"\b(?:under|with) an? .{0,120}?\b(?:Creative Commons|CC BY).{0,40}?licen[cs]e\b", re.IGNORECASE
)
_MAX_CREDIT_WORDS = 15
# A line that only credits the post's thumbnail: "Thumbnail image: TB Joshua. Image source: scoan.org".
_CREDIT_LINE = re.compile(r"^(?:thumbnail|featured|header|cover) (?:image|photo|picture)\s*:", re.IGNORECASE)
_ONLY_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")
# A podcast plug tells the reader where to listen; a paragraph of news about a podcast does not.
_PODCAST = re.compile(r"\bpodcasts?\b", re.IGNORECASE)
_PODCAST_PLUG = re.compile(
    r"\bwherever you get\b|\b(?:apple|google) podcasts\b|^(?:listen|subscribe|download)\b|^this (?:report|story|"
    r"episode)\b[^.]{0,40}\bfeatured\b",
    re.IGNORECASE,
)
# The page's own calls to the reader, by form: a note that the post also stands on another site ("(This has been
# cross-posted on www.example.com)", "Cross-posted from the author's blog."), held to a paragraph that is only the
# note ("Originally published in 1999, the book sold ..." goes on to report); an order to go and read elsewhere
# ("Go to her post for more information"); a call to join, subscribe or give ("Please join today!", "To subscribe,
# send a blank email to ..."); a request for the reader's views ("Please let us know what you think.", "Would love
# to hear what others think."). A question to the reader ("What do you think about ...?") closes the post only:
# inside a body it is an interviewer's question.
_CROSS_POST = re.compile(
    r"^\(?\s*(?:this (?:post |piece |article |entry |story )?(?:has been|was|is|has also been|was also) )?"
    r"(?:cross[- ]?posted|(?:originally|first|also) (?:published|posted|appeared)|reposted|republished)"
    r"(?: (?:on|at|to|from|in|by|with permission (?:from|of)))\b[^,;!?]{1,80}?[.)]*$",
    re.IGNORECASE,
)
_GO_READ = re.compile(
    r"^(?:please )?(?:go|head|click)(?: over)? (?:to|through to)\b[^.!?]{0,80}?\bfor (?:more|further|the full)\b",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"^(?:please )?(?:join|donate|register|subscribe|sign up)\b[^.!?]{0,60}?\b(?:today|now|here|online)\b"
    r"|^join us\b"
    r"|^please (?:join|subscribe|sign up|donate|register|visit|follow|share|support|spread|contact|click|download|"
    r"leave a comment|comment|write to us|email us|e-mail us)\b"
    r"|^to (?:subscribe|sign up|join|register|unsubscribe|donate)\b[^.!?]{0,40}?, (?:please )?"
    r"(?:send|email|e-mail|visit|go to|click|write|call|text|fill)\b",
    re.IGNORECASE,
)
_VIEWS_WANTED = re.compile(
    r"^(?:please )?(?:let (?:us|me|him|her|them) know|tell (?:us|me)) (?:what you think|your (?:thoughts|views|"
    r"opinions?|comments)|in the comments)\b"
    r"|^(?:(?:i|we)(?:'d|’d| would) |would )(?:love|like|be (?:curious|interested|glad|happy)) to hear "
    r"(?:what (?:you|others|readers)|your|any|from (?:you|readers|others))\b"
    r"|^(?:please )?(?:share|leave|post) your (?:thoughts|views|comments|opinions?|stories)\b",
    re.IGNORECASE,
)
_READER_QUESTION = re.compile(r"^what do you think\b[^.!]*\?$", re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r".+?(?:[.!?]+[\"”’)]*(?=\s|$)|$)")
_MIN_CAPS_WORDS = 6  # a headline says who did what; a shorter line in capitals is a heading


def find_promos(body: str, outlet: str | None = None) -> list[Promo]:
    """`outlet`, when known, narrows a line that is only a web address to an address on the outlet's own site
    (a plug for another of its pieces); an address elsewhere is a link to a source."""
    found: list[tuple[int, int, float]] = []
    for pattern, confidence in _INLINE:
        found.extend((*m.span(), confidence) for m in pattern.finditer(body))
    last = _last_paragraph(body)
    for match in _PARAGRAPH.finditer(body):
        start, end = _strip(body, *match.span())
        for inline_start, inline_end, _ in list(found):  # a leading date token does not make a line a promo
            if inline_start == start and inline_end <= end:
                start = _strip(body, inline_end, end)[0]
        if start >= end or body[start] == ">":
            continue  # a blockquote is someone's words, not the page's furniture
        confidence = _line_confidence(body[start:end], outlet)
        if confidence:
            found.append((start, end, confidence))
            continue
        for sentence in _SENTENCE.finditer(body, start, end):
            s_start, s_end = _strip(body, *sentence.span())
            confidence = _sentence_confidence(body[s_start:s_end], opens_paragraph=s_start == start)
            if not confidence and start == last and _READER_QUESTION.match(body[s_start:s_end]):
                confidence = 0.75  # 'What do you think about ...?' closing the post asks the reader
            if confidence:
                found.append((s_start, s_end, confidence))
    return [Promo(body[s:e], s, e, c) for s, e, c in _merge(found)]


def mask_promos(body: str, promos: list[Promo]) -> str:
    """The body with promo text replaced by spaces (newlines kept), so offsets do not move."""
    chars = list(body)
    for promo in promos:
        for i in range(promo.start, promo.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _line_confidence(line: str, outlet: str | None) -> float:
    """A whole line that is not reporting: a web address alone, a podcast plug, another story's headline."""
    if _ONLY_ADDRESS.match(line):
        return 0.8 if outlet is None or _own_site(line, outlet) else 0.0
    if _PODCAST.search(line) and _PODCAST_PLUG.search(line):
        return 0.85
    if _CREDIT_LINE.match(line):
        return 0.8
    return 0.7 if _is_capitals_headline(line) else 0.0


def _sentence_confidence(sentence: str, opens_paragraph: bool) -> float:
    sentence = sentence.lstrip(_EMPHASIS)
    if opens_paragraph and _SERIES_NOTE.match(sentence.lstrip("(")):
        return 0.9
    if opens_paragraph and _CROSS_POST.match(sentence):
        return 0.85
    if _GO_READ.match(sentence) or _CALL.match(sentence):
        return 0.8
    if _VIEWS_WANTED.match(sentence):
        return 0.75
    if _PLUG.match(sentence):
        return 0.85
    if _VISIT.match(sentence) and _WEB_PLACE.search(sentence):
        return 0.85
    if _LISTEN.match(sentence) and _LISTEN_PLACE.search(sentence):
        return 0.8
    if _WATCH.match(sentence) and _WEB_PLACE.search(sentence):
        return 0.8
    if _CONTACT_US.match(sentence):
        return 0.8
    if (
        opens_paragraph
        and _CREDIT_NOTE.match(sentence)
        and not _REPORTS_PICTURES.search(sentence)
        and (len(sentence.split()) <= _MAX_CREDIT_WORDS or _LICENCE_CREDIT.search(sentence))
    ):
        return 0.75
    return 0.0


def _last_paragraph(body: str) -> int:
    """Where the last paragraph that is not a blockquote starts (-1 if none)."""
    starts = [_strip(body, *m.span())[0] for m in _PARAGRAPH.finditer(body)]
    starts = [s for s in starts if s < len(body) and not body[s].isspace()]
    return starts[-1] if starts and body[starts[-1]] != ">" else -1


def _own_site(address: str, outlet: str) -> bool:
    """'globalvoicesonline.org' is Global Voices' site, 'voanews.com' Voice of America's (by its initials)."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", address.lower()).split("/")[0]
    words = re.findall(r"[a-z0-9]+", re.sub(r"\(.*?\)", "", outlet.lower()))
    if not words or not host:
        return False
    joined = "".join(words)
    initials = {"".join(w[0] for w in words if w != "the"), "".join(w[0] for w in words if w not in ("of", "the"))}
    return joined in host or any(len(i) >= 2 and host.startswith(i) for i in initials)


def _is_capitals_headline(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line)]
    if len(words) < _MIN_CAPS_WORDS:
        return False
    upper = sum(1 for w in words if w.isupper())
    return upper / len(words) >= 0.9 and not line.rstrip().endswith((".", "?", "!", '"', "”"))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    merged: list[tuple[int, int, float]] = []
    for start, end, confidence in sorted(spans):
        if merged and start <= merged[-1][1]:
            previous = merged[-1]
            merged[-1] = (previous[0], max(end, previous[1]), max(confidence, previous[2]))
        else:
            merged.append((start, end, confidence))
    return merged
