"""Articles read from files: plain text, Markdown or HTML, into one value the store and extractor use.

``ArticleInput.text`` is what the extractor runs on and what quote offsets refer to, so it is kept as
written (line endings normalised to ``\\n``); the headline line stays in the body.

Plain text and Markdown may open with a metadata header, then a blank line::

    Title: Port talks resume
    Outlet: Harbour Wire
    URL: https://harbour.example/port-talks
    Published: 2026-03-04T09:30:00+01:00

HTML goes through trafilatura (text, title, site name, canonical URL, date), never the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
TITLE_MAX = 200


class NotAnArticle(ValueError):
    """The file is not an article; ``str(exc)`` is a one-line human reason."""


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """An article ready to store. ``text`` is what the extractor runs on and what offsets refer to."""

    title: str
    outlet: str | None
    url: str | None
    published: datetime | None  # tz-aware
    text: str


def read_article(path: Path) -> ArticleInput:
    """Parse a .txt, .md, .html or .htm file; raise ``NotAnArticle`` with the reason when it is not one.

    Without a URL in the file, the URL is the file's absolute ``file://`` URI.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise NotAnArticle(f"unsupported file type {suffix or '(none)'!r}: expected .txt, .md, .html or .htm")
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise NotAnArticle("a directory, not a file") from None
    except OSError as exc:
        raise NotAnArticle(f"cannot read the file: {exc.strerror or exc.__class__.__name__}") from None
    default_url = path.resolve().as_uri()
    is_html = suffix in (".html", ".htm")
    text = decode(data, html=is_html)
    if is_html:
        return parse_html(text, default_url=default_url, fallback_title=path.stem)
    if suffix == ".md":
        return parse_markdown(text, default_url=default_url, fallback_title=path.stem)
    return parse_text(text, default_url=default_url, fallback_title=path.stem)


# --- bytes to text -------------------------------------------------------------------------------

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, *, html: bool = False) -> str:
    """The file's text with ``\\n`` line endings, or ``NotAnArticle`` (empty, binary, undecodable).

    Text is UTF-8 (a byte-order mark may announce UTF-8 or UTF-16); HTML may declare another charset.
    """
    if not data.strip():
        raise NotAnArticle("empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotAnArticle(f"binary file ({what}), not text")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise NotAnArticle(f"not valid {codec.upper()} text despite its byte-order mark") from None
            break
    if text is None:
        if b"\x00" in data:
            raise NotAnArticle("binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _declared_charset_text(data) if html else None
            if text is None:
                raise NotAnArticle(
                    f"not UTF-8 text (undecodable byte 0x{data[exc.start]:02x} at offset {exc.start})"
                ) from None
    if len(_CONTROL.findall(text[:8192])) > max(8, len(text[:8192]) // 100):
        raise NotAnArticle("binary file, not text")
    if "\x00" in text:
        raise NotAnArticle("binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not any(ch.isalpha() for ch in text):
        raise NotAnArticle("no text in the file (no letters at all)")
    return text


def _declared_charset_text(data: bytes) -> str | None:
    match = _HTML_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


# --- plain text and Markdown ---------------------------------------------------------------------

_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,15}?)\s*:\s*(.*?)\s*$")
_HEADER_FIELDS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
    "published": "published",
    "date": "published",
    "author": None,
    "byline": None,
}


@dataclass(frozen=True, slots=True)
class _Header:
    fields: dict[str, str]
    body: str


def _split_header(text: str) -> _Header:
    """Metadata lines (``Key: value``) at the very top, ended by a blank line; else no header."""
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            if fields:
                pos = end + 1
            break
        match = _HEADER_LINE.match(line)
        name = match.group(1).lower() if match else None
        if match is None or name not in _HEADER_FIELDS:
            if fields:
                break  # header lines straight into the text, no blank line
            return _Header({}, text)
        field = _HEADER_FIELDS[name]
        if field and match.group(2):
            fields.setdefault(field, match.group(2))
        pos = end + 1
    if not fields:
        return _Header({}, text)
    return _Header(fields, text[pos:].lstrip("\n"))


def parse_published(value: str | None) -> datetime | None:
    """An ISO 8601 date or time, tz-aware (naive means UTC); None when absent or unreadable.

    A bad date does not cost the article: it is stored without one.
    """
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        moment = datetime(day.year, day.month, day.day)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _first_line(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def _short_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX:
        return title
    cut = title[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut + "…"


def _build(fields: dict[str, str], text: str, title: str | None, default_url: str | None,
           fallback_title: str) -> ArticleInput:
    if not any(ch.isalpha() for ch in text):
        raise NotAnArticle("no article text after the metadata header" if fields else "no text in the file")
    return ArticleInput(
        title=_short_title(fields.get("title") or title or fallback_title),
        outlet=fields.get("outlet") or None,
        url=fields.get("url") or default_url,
        published=parse_published(fields.get("published")),
        text=text,
    )


def parse_text(
    text: str, *, default_url: str | None = None, fallback_title: str = "Untitled"
) -> ArticleInput:
    """A plain-text article: optional header, else the first non-empty line is the title."""
    header = _split_header(text)
    return _build(header.fields, header.body, _first_line(header.body), default_url, fallback_title)


_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_QUOTE_MARKER = re.compile(r"^ {0,3}> ?", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


def markdown_to_text(markdown: str) -> str:
    """Drop Markdown markup (heading marks, emphasis marks, link targets, images), keeping every word."""
    text = _MD_IMAGE.sub("", markdown)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\1", text)
    return _MD_QUOTE_MARKER.sub("", text)


def parse_markdown(
    text: str, *, default_url: str | None = None, fallback_title: str = "Untitled"
) -> ArticleInput:
    """A Markdown article: header (or YAML-style front matter) allowed, else a leading ``# Title`` line."""
    front = _FRONT_MATTER.match(text)
    if front:
        header = _split_header(front.group(1) + "\n\n" + text[front.end() :].lstrip("\n"))
    else:
        header = _split_header(text)
    title = None
    first = _first_line(header.body)
    if first is not None:
        heading = _MD_HEADING.match(first)
        title = markdown_to_text(heading.group(1)) if heading else None
    body = markdown_to_text(header.body)
    return _build(header.fields, body, title or _first_line(body), default_url, fallback_title)


# --- HTML ----------------------------------------------------------------------------------------

def parse_html(
    html: str, *, default_url: str | None = None, fallback_title: str = "Untitled"
) -> ArticleInput:
    """Article text and metadata (title, site name as outlet, canonical URL, date) with trafilatura.

    trafilatura puts one block (headline, paragraph, list item) per line; blocks are separated by a
    blank line here, as in the plain-text articles, so paragraphs look the same to the extractor.
    """
    import trafilatura  # imported here: it takes a moment to load and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise NotAnArticle(f"unreadable HTML ({exc.__class__.__name__})") from None
    raw = ((getattr(doc, "text", None) or "") if doc is not None else "").replace("\x00", "")
    text = "\n\n".join(line.strip() for line in raw.split("\n") if line.strip())
    if not text or not any(ch.isalpha() for ch in text):
        raise NotAnArticle("no article text found in the HTML")
    url = getattr(doc, "url", None)
    if not url or not re.match(r"https?://", url):
        url = default_url
    return ArticleInput(
        title=_short_title(getattr(doc, "title", None) or _first_line(text) or fallback_title),
        outlet=getattr(doc, "sitename", None) or None,
        url=url,
        published=parse_published(getattr(doc, "date", None)),
        text=text,
    )
