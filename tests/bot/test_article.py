"""Reading article files: plain text, Markdown and HTML, and refusing what is not an article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.article import NotAnArticle, decode, parse_published, read_article

HEADER_TXT = """Title: Port talks resume after strike
Outlet: Harbour Wire
URL: https://harbour.example/port-talks
Published: 2026-03-04T09:30:00+01:00

Port talks resume after strike
By Nils Berg

Harbour Minister Ada Lindqvist said on Monday: "We will reopen the north pier."
"""

PLAIN_TXT = """Ferry fares to rise in spring

The island council said on Tuesday that ferry fares would rise by a tenth.
"""

HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Port talks resume | Harbour Wire</title>
<meta property="og:site_name" content="Harbour Wire">
<meta property="og:title" content="Port talks resume after strike">
<link rel="canonical" href="https://harbour.example/port-talks">
<meta property="article:published_time" content="2026-03-04T09:30:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port talks resume after strike</h1>
<p>Harbour Minister Ada Lindqvist said on Monday that the north pier would reopen within a week,
ending a dispute that has idled the cranes for a month.</p>
<p>"We will reopen the north pier," Lindqvist told reporters at the harbour gates.
"Nobody wants this to drag on."</p>
<p>The dockworkers' union said it had not yet seen a written offer from the port authority.</p>
</article><footer>Copyright 2026 Harbour Wire. All rights reserved.</footer></body></html>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_text_with_header(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "port.txt", HEADER_TXT))
    assert article.title == "Port talks resume after strike"
    assert article.outlet == "Harbour Wire"
    assert article.url == "https://harbour.example/port-talks"
    assert article.published == datetime(2026, 3, 4, 8, 30, tzinfo=UTC)
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=1)
    # The body is kept exactly, headline line included; the header is not part of it.
    assert article.text == HEADER_TXT.split("\n\n", 1)[1]
    assert article.text.startswith("Port talks resume after strike\nBy Nils Berg")


def test_text_without_header_uses_first_line_and_file_url(tmp_path: Path) -> None:
    path = write(tmp_path, "ferry.txt", "\n\n" + PLAIN_TXT)
    article = read_article(path)
    assert article.title == "Ferry fares to rise in spring"
    assert article.text == "\n\n" + PLAIN_TXT
    assert article.url == path.resolve().as_uri()
    assert article.url.startswith("file:///")
    assert article.outlet is None and article.published is None


def test_text_header_without_url_gets_file_url(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "Title: Ferry fares\nPublished: 2026-03-05\n\n" + PLAIN_TXT)
    article = read_article(path)
    assert article.title == "Ferry fares"
    assert article.url == path.resolve().as_uri()
    assert article.published == datetime(2026, 3, 5, tzinfo=UTC)
    assert article.text == PLAIN_TXT


def test_windows_line_endings_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", PLAIN_TXT.replace("\n", "\r\n").encode())
    assert read_article(path).text == PLAIN_TXT


def test_a_first_line_with_a_colon_is_not_a_header(tmp_path: Path) -> None:
    text = "WARNING: storms ahead\n\nThe weather office said gales would reach the coast by noon.\n"
    article = read_article(write(tmp_path, "storm.txt", text))
    assert article.title == "WARNING: storms ahead"
    assert article.text == text


def test_markdown_heading_title_and_markup(tmp_path: Path) -> None:
    md = (
        "# Ferry fares to rise in spring\n\n"
        "The [island council](https://council.example) said on **Tuesday** that fares would rise.\n\n"
        "![Ferry at dock](ferry.jpg)\n\n"
        '"It is *unavoidable*," said council leader Mara Holm.\n'
    )
    article = read_article(write(tmp_path, "ferry.md", md))
    assert article.title == "Ferry fares to rise in spring"
    assert article.text.startswith("Ferry fares to rise in spring\n\nThe island council said on Tuesday")
    assert '"It is unavoidable," said council leader Mara Holm.' in article.text
    assert "https://" not in article.text and "ferry.jpg" not in article.text
    assert article.url is not None and article.url.startswith("file://")


def test_markdown_with_header(tmp_path: Path) -> None:
    md = "Title: Ferry fares\nOutlet: Island Post\n\n# Ferry fares to rise\n\nThe council said so.\n"
    article = read_article(write(tmp_path, "ferry.md", md))
    assert (article.title, article.outlet) == ("Ferry fares", "Island Post")
    assert article.text == "Ferry fares to rise\n\nThe council said so.\n"


def test_html_text_and_metadata(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "port.html", HTML))
    assert article.title == "Port talks resume after strike"
    assert article.outlet == "Harbour Wire"
    assert article.url == "https://harbour.example/port-talks"
    assert article.published == datetime(2026, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert '"We will reopen the north pier," Lindqvist told reporters' in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    # Paragraphs are separated by a blank line, as in plain-text articles.
    assert "\n\nThe dockworkers' union said" in article.text


def test_html_without_canonical_url_gets_file_url(tmp_path: Path) -> None:
    html = HTML.replace('<link rel="canonical" href="https://harbour.example/port-talks">', "")
    path = write(tmp_path, "port.htm", html)
    assert read_article(path).url == path.resolve().as_uri()


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    html = HTML.replace("utf-8", "iso-8859-1").replace("Lindqvist told", "Lindqvist, né Berg, told")
    article = read_article(write(tmp_path, "latin.html", html.encode("iso-8859-1")))
    assert "Lindqvist, né Berg, told" in article.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("zeros.txt", b"abc\x00\x01\x02def" * 10, "binary"),
        ("late-nul.txt", b"Officials said the port would reopen. " * 300 + b"\x00", "binary"),
        ("latin.txt", "Caf\u00e9 owners said prices rose.".encode("latin-1"), "not UTF-8"),
        ("symbols.txt", b"--- *** 1234 ---\n", "no text"),
        ("nohtml.html", b"<html><body><script>var a = 1;</script></body></html>", "no article text"),
        ("header-only.txt", b"Title: Nothing here\nOutlet: Void\n\n", "no article text"),
        ("doc.pdf", b"%PDF-1.7 whatever", "unsupported file type"),
    ],
)
def test_not_an_article(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    with pytest.raises(NotAnArticle) as info:
        read_article(write(tmp_path, name, content))
    assert reason in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_a_folder_is_not_an_article(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    with pytest.raises(NotAnArticle, match="directory"):
        read_article(folder)


def test_decode_accepts_byte_order_marks() -> None:
    assert decode("\ufeffHello world".encode()) == "Hello world"
    assert decode("Hello world".encode("utf-16")) == "Hello world"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-04T09:30:00Z", datetime(2026, 3, 4, 9, 30, tzinfo=UTC)),
        ("2026-03-04", datetime(2026, 3, 4, tzinfo=UTC)),
        ("2026-03-04T09:30:00+0100", datetime(2026, 3, 4, 8, 30, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_published(value: str, expected: datetime | None) -> None:
    assert parse_published(value) == expected
