"""Ingesting files and folders: good articles stored once, bad files skipped with their reason."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from bot.ingest import IngestReport, ensure_samples, ingest_paths, ingest_samples
from bot.quote import Mention, Quote
from store.db import session_scope
from store.models import Article, Speaker
from store.models import Quote as QuoteRow

HARBOUR = """Title: Port talks resume after strike
Outlet: Harbour Wire
Published: 2026-03-04T09:30:00+01:00

Port talks resume after strike

"We will reopen the north pier," Ada Lindqvist said on Monday.
"""

FERRY = """# Ferry fares to rise in spring

"Fares will rise by a tenth," Mara Holm said.
"""

HTML = """<html><head><title>Bridge repairs</title><meta property="og:site_name" content="Valley News"></head>
<body><article><h1>Bridge repairs to start in May</h1>
<p>"The old bridge will close for six weeks," Ada Lindqvist said at a meeting with residents on Friday.</p>
<p>Residents said they feared long detours during the works on the river crossing.</p>
</article></body></html>
"""

_SAID = re.compile(r'"([^"]+)," ([A-Z]\w+ [A-Z]\w+) said')


def fake_extract(text: str) -> list[Quote]:
    """Quotes of the form '"...," First Last said' only: enough to test ingestion."""
    quotes = []
    for m in _SAID.finditer(text):
        quotes.append(
            Quote(
                text=m.group(1),
                start=m.start(1),
                end=m.end(1),
                spans=((m.start(1), m.end(1)),),
                speaker=m.group(2),
                speaker_kind="person",
                speaker_mention=Mention(m.group(2), m.start(2), m.end(2)),
                cue="said",
                direct=True,
            )
        )
    return quotes


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "nested").mkdir(parents=True)
    (root / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (root / "nested" / "ferry.md").write_text(FERRY, encoding="utf-8")
    (root / "nested" / "bridge.html").write_text(HTML, encoding="utf-8")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (root / "empty.md").write_bytes(b"")
    (root / "latin.txt").write_bytes("Caf\u00e9 owners said prices rose.".encode("latin-1"))
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not an article type: ignored
    (root / ".hidden.txt").write_text(HARBOUR.replace("north", "south"), encoding="utf-8")
    return root


def count(engine: Engine, model: type) -> int:
    with session_scope(engine) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def names(items: list[str]) -> set[str]:
    return {Path(p).name for p in items}


def test_folder_ingest_stores_good_files_and_skips_bad_ones(engine: Engine, folder: Path) -> None:
    report = ingest_paths(engine, [folder], extract=fake_extract)
    assert names(report.added) == {"harbour.txt", "ferry.md", "bridge.html"}
    assert report.duplicates == []
    reasons = {Path(p).name: reason for p, reason in report.skipped}
    assert set(reasons) == {"photo.txt", "empty.md", "latin.txt"}
    assert "binary" in reasons["photo.txt"]
    assert reasons["empty.md"] == "empty file"
    assert "not UTF-8" in reasons["latin.txt"]
    assert report.quotes == 3
    assert count(engine, Article) == 3 and count(engine, QuoteRow) == 3
    # Ada Lindqvist is quoted in two articles and stored once.
    assert count(engine, Speaker) == 2

    summary = report.summary().splitlines()
    assert len(summary) == 7  # one line per file, then the totals
    assert any(line.startswith("skipped") and "latin.txt" in line and "not UTF-8" in line for line in summary)
    assert summary[-1] == "3 added (3 quotes), 0 already stored, 3 skipped"


def test_second_ingest_reports_duplicates(engine: Engine, folder: Path) -> None:
    ingest_paths(engine, [folder], extract=fake_extract)
    calls: list[str] = []

    def counting_extract(text: str) -> list[Quote]:
        calls.append(text)
        return fake_extract(text)

    again = ingest_paths(engine, [folder], extract=counting_extract)
    assert again.added == []
    assert names(again.duplicates) == {"harbour.txt", "ferry.md", "bridge.html"}
    assert len(again.skipped) == 3
    assert calls == []  # a stored article is not extracted again
    assert count(engine, Article) == 3 and count(engine, QuoteRow) == 3


def test_articles_keep_file_urls_and_metadata(sqlite_engine: Engine, folder: Path) -> None:
    ingest_paths(sqlite_engine, [folder / "harbour.txt", folder / "nested" / "bridge.html"],
                 extract=fake_extract)
    with session_scope(sqlite_engine) as s:
        rows = {a.title: a for a in s.scalars(select(Article))}
    harbour = rows["Port talks resume after strike"]
    assert harbour.url == (folder / "harbour.txt").resolve().as_uri()
    assert harbour.outlet == "Harbour Wire"
    bridge = next(a for title, a in rows.items() if title.startswith("Bridge repairs"))
    assert bridge.outlet == "Valley News"
    assert bridge.url == (folder / "nested" / "bridge.html").resolve().as_uri()


def test_named_files_of_other_types_and_missing_paths_are_skipped(sqlite_engine: Engine,
                                                                  folder: Path) -> None:
    report = ingest_paths(
        sqlite_engine,
        [folder / "notes.csv", folder / "missing.txt", folder / "harbour.txt", folder / "harbour.txt"],
        extract=fake_extract,
    )
    reasons = dict(report.skipped)
    assert "unsupported file type" in reasons[str(folder / "notes.csv")]
    assert reasons[str(folder / "missing.txt")] == "no such file or folder"
    assert names(report.added) == {"harbour.txt"}  # named twice, handled once


def test_an_extractor_failure_costs_only_that_article(sqlite_engine: Engine, folder: Path) -> None:
    def flaky(text: str) -> list[Quote]:
        if "Ferry" in text:
            raise RuntimeError("confused\nby this text")
        return fake_extract(text)

    report = ingest_paths(sqlite_engine, [folder], extract=flaky)
    assert names(report.added) == {"harbour.txt", "bridge.html"}
    reason = dict((Path(p).name, r) for p, r in report.skipped)["ferry.md"]
    assert reason == "quote extraction failed (RuntimeError: confused by this text)"


def test_ensure_samples_loads_only_into_an_empty_index(sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                       folder: Path) -> None:
    import bot.samples

    monkeypatch.setattr(bot.samples, "sample_paths", lambda: [folder / "harbour.txt", folder / "nested"])
    first = ensure_samples(sqlite_engine, extract=fake_extract)
    assert isinstance(first, IngestReport) and len(first.added) == 3
    assert ensure_samples(sqlite_engine, extract=fake_extract) is None
    assert count(sqlite_engine, Article) == 3


def test_shipped_samples_ingest(sqlite_engine: Engine) -> None:
    report = ingest_samples(sqlite_engine, extract=fake_extract)
    assert len(report.added) >= 6 and report.skipped == []


@pytest.mark.skipif(importlib.util.find_spec("bot.extract") is None, reason="bot.extract not written yet")
def test_ingest_with_the_real_extractor(engine: Engine, folder: Path) -> None:
    try:
        from bot.extract import extract_quotes  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"bot.extract is not importable yet ({exc})")
    report = ingest_paths(engine, [folder])
    assert names(report.added) == {"harbour.txt", "ferry.md", "bridge.html"}
    assert len(report.skipped) == 3
    with session_scope(engine) as s:
        speakers = set(s.scalars(select(Speaker.name)))
    assert {"Ada Lindqvist", "Mara Holm"} <= speakers


def test_a_folders_readme_is_not_an_article_unless_named(sqlite_engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About these files\n\nArticles for the demo.\n", encoding="utf-8")
    report = ingest_paths(sqlite_engine, [tmp_path], extract=fake_extract)
    assert names(report.added) == {"harbour.txt"}
    report = ingest_paths(sqlite_engine, [tmp_path / "README.md"], extract=fake_extract)
    assert names(report.added) == {"README.md"}
