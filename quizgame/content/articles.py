"""Article files: Markdown with YAML front matter. The body after the front matter is kept byte for byte."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from quizgame.content.errors import ContentError
from quizgame.content.yaml_lines import LineDict, load_yaml

SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,118}$")
REQUIRED_FIELDS = ("outlet", "headline", "published", "url")
OPTIONAL_FIELDS = ("event", "author", "licence", "slug", "notes")


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
        raise ContentError(path, meta.line, f"unknown front matter field(s): {', '.join(sorted(unknown))}")
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
