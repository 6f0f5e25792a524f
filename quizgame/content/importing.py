"""A teacher's pasted text or uploaded file (.txt, .md, .html) turned into an ArticleFile.

HTML is reduced to the article's own text by trafilatura (boilerplate such as navigation, ads and
footers is dropped); text and Markdown are kept as written, with line endings normalised, because
question evidence points into the body by character offsets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

import trafilatura

from quizgame.content.articles import ArticleFile, body_problem, content_hash, split_front_matter, web_address_problem
from quizgame.content.errors import ContentError

FORMATS = ("text", "md", "html")


class UnusableInput(ValueError):
    """The input holds no usable article; the message tells the teacher why."""


@dataclass(frozen=True)
class ArticleDetails:
    outlet: str
    headline: str
    published: dt.date | None = None
    url: str | None = None
    author: str | None = None
    licence: str | None = None


def format_of_filename(filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".txt":
        return "text"
    raise UnusableInput(f"'{filename}' is not a .txt, .md or .html file")


def body_from_source(source: str, fmt: str) -> str:
    """The article text from the raw input, or UnusableInput when nothing readable is left."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "html":
        body = _text_of_html(source)
    elif fmt == "md" and source.startswith("---\n"):
        try:
            body = split_front_matter(source, "upload")[1]
        except ContentError as exc:
            raise UnusableInput(exc.message) from exc
    else:
        body = source
    body = _tidy(body)
    if not body:
        raise UnusableInput("no article text was found" + (" in the HTML" if fmt == "html" else ""))
    # One import step analyses the whole text; the caps (config.ContentLimits) keep that step's
    # time and memory well inside a worker's timeout.
    problem = body_problem(body)
    if problem:
        raise UnusableInput(problem)
    return body


def _text_of_html(html: str) -> str:
    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not text:
        return ""
    # trafilatura puts one paragraph per line; the article files separate paragraphs by a blank line.
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _tidy(body: str) -> str:
    lines = [line.rstrip() for line in body.strip("\n").split("\n")]
    return "\n".join(lines).strip() + "\n" if any(lines) else ""


def slugify(text: str, limit: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def imported_slug(details: ArticleDetails, body_hash: str, owner_id: int) -> str:
    """Readable and unique: the owner's id is in the suffix, so two teachers' copies never clash,
    and question ids (derived from the slug) stay distinct between the copies."""
    suffix = hashlib.sha256(f"{owner_id}:{body_hash}".encode()).hexdigest()[:8]
    date = details.published.isoformat() if details.published else ""
    stem = "-".join(p for p in (slugify(details.outlet, 30), date, slugify(details.headline, 60)) if p)
    return f"{stem or 'article'}-{suffix}"


def article_from_source(source: str, fmt: str, details: ArticleDetails, owner_id: int) -> ArticleFile:
    url_problem = web_address_problem(details.url) if details.url and details.url.strip() else None
    if url_problem:
        raise UnusableInput(f"the article's web address {url_problem}")
    body = body_from_source(source, fmt)
    return ArticleFile(
        slug=imported_slug(details, content_hash(body), owner_id),
        outlet=details.outlet.strip(),
        headline=details.headline.strip(),
        published=details.published,
        url=(details.url or "").strip() or None,
        body=body,
        author=details.author,
        licence=details.licence,
    )
