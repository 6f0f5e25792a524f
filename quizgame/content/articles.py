"""Article files: Markdown with YAML front matter. The body after the front matter is kept byte for byte."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from quizgame.config import CONTENT_LIMITS
from quizgame.content.errors import ContentError
from quizgame.content.yaml_lines import LineDict, load_yaml

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,118}$")
REQUIRED_FIELDS = ("outlet", "headline", "published", "url")
OPTIONAL_FIELDS = ("event", "author", "licence", "slug", "notes")
# The longest each front matter field may be: the database columns' widths.
FIELD_WIDTHS = {
    "outlet": 120,
    "headline": 300,
    "url": 500,
    "event": 120,
    "author": 200,
    "licence": 200,
    "slug": 120,
    "notes": 4000,
}
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def web_address_problem(url: str) -> str | None:
    """Why `url` cannot be an article's original address, or None: only http(s) links to a host,
    since the address is shown as a link (a `javascript:` one would run when clicked)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "is not a web address"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "must be a web address starting with http:// or https://"
    if CONTROL_CHARACTERS.search(url) or any(c.isspace() for c in url.strip()):
        return "must not hold spaces or control characters"
    return None


def body_problem(body: str) -> str | None:
    """Why `body` is too long (or unreadable) to analyse, or None. Characters are capped as well as
    words: 969 KiB of comma-joined words counts as 1,306 words."""
    limits = CONTENT_LIMITS
    if len(body) > limits.article_chars:
        return f"the article is longer than {limits.article_chars:,} characters; import a single article"
    if len(body.split()) > limits.article_words:
        return f"the article is longer than {limits.article_words:,} words; import a single article"
    if "\x00" in body:
        return "the article holds a NUL character"
    return None


@dataclass(frozen=True)
class ArticleFile:
    slug: str
    outlet: str
    headline: str
    published: dt.date | None
    url: str | None
    body: str
    event: str | None = None
    author: str | None = None
    licence: str | None = None
    path: str = ""

    @property
    def content_hash(self) -> str:
        return content_hash(self.body)

    @property
    def word_count(self) -> int:
        return len(self.body.split())


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def split_front_matter(text: str, path: str | Path) -> tuple[str, str]:
    """Return (front matter, body). The body starts right after the closing '---' line."""
    if not text.startswith("---\n"):
        raise ContentError(path, 1, "an article file must start with a '---' line opening its YAML front matter")
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            return text[4:-4], ""
        raise ContentError(path, 1, "the front matter is not closed by a '---' line")
    return text[4 : end + 1], text[end + 5 :]


def parse_article(text: str, path: str | Path) -> ArticleFile:
    front, body = split_front_matter(text, path)
    meta = load_yaml(front, path, first_line=2)
    if not isinstance(meta, LineDict):
        raise ContentError(path, 2, "the front matter must be a mapping of fields such as 'outlet: ABC News'")
    for field in REQUIRED_FIELDS:
        if field not in meta or meta[field] in (None, ""):
            raise ContentError(path, meta.line, f"the front matter lacks the required field '{field}'")
    unknown = set(meta) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS)
    if unknown:
        raise ContentError(path, meta.line, f"unknown front matter field(s): {', '.join(sorted(map(str, unknown)))}")
    for field, width in FIELD_WIDTHS.items():
        value = meta.get(field)
        if isinstance(value, (dict, list)) or len(str(value)) > width or CONTROL_CHARACTERS.search(str(value)):
            raise ContentError(path, meta.line, f"'{field}' must be one line of text of at most {width} characters")
    url_problem = web_address_problem(str(meta["url"]))
    if url_problem:
        raise ContentError(path, meta.line, f"url {url_problem}")
    slug = str(meta.get("slug") or Path(path).stem)
    if not SLUG_PATTERN.match(slug):
        raise ContentError(path, meta.line, f"'{slug}' is not a slug (lower-case letters, digits and dashes)")
    published = meta["published"]
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError as exc:
            raise ContentError(path, meta.line, f"published date '{published}' is not YYYY-MM-DD") from exc
    if not isinstance(published, dt.date):
        raise ContentError(path, meta.line, "published must be a date written YYYY-MM-DD")
    if not body.strip():
        raise ContentError(path, None, "the article has no body text after its front matter")
    problem = body_problem(body)
    if problem:
        raise ContentError(path, None, problem)
    return ArticleFile(
        slug=slug,
        outlet=str(meta["outlet"]),
        headline=str(meta["headline"]),
        published=published,
        url=str(meta["url"]),
        body=body,
        event=_optional(meta, "event"),
        author=_optional(meta, "author"),
        licence=_optional(meta, "licence"),
        path=str(path),
    )


def _optional(meta: LineDict, field: str) -> str | None:
    value = meta.get(field)
    return None if value is None else str(value)


def read_article(path: str | Path) -> ArticleFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(path, None, f"cannot read the file: {exc}") from exc
    return parse_article(text, path)


def article_paths(directory: str | Path) -> list[Path]:
    """The article files of a folder: every .md but the folder's README."""
    return [p for p in sorted(Path(directory).glob("*.md")) if p.name != "README.md"]


def read_articles(directory: str | Path) -> list[ArticleFile]:
    articles = [read_article(p) for p in article_paths(directory)]
    seen: dict[str, str] = {}
    for article in articles:
        if article.slug in seen:
            raise ContentError(article.path, None, f"slug '{article.slug}' is also used by {seen[article.slug]}")
        seen[article.slug] = article.path
    return articles
