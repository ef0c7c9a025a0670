"""Ingestion: article files and folders in, quotes extracted and stored, one unit of work per article."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DataError, IntegrityError

from bot.article import ARTICLE_SUFFIXES, NotAnArticle, read_article
from bot.quote import Quote
from store.db import session_scope
from store.models import Article
from store.repository import find_article_id, save_article

Extract = Callable[[str], list[Quote]]


@dataclass
class IngestReport:
    """What one ingestion did: paths added, already stored, and skipped with a one-line reason."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    quotes: int = 0  # quotes stored from the added articles
    _lines: list[str] = field(default_factory=list, repr=False)

    def _add(self, path: str, quotes: int) -> None:
        self.added.append(path)
        self.quotes += quotes
        self._lines.append(f"added      {path} ({quotes} quote{'' if quotes == 1 else 's'})")

    def _duplicate(self, path: str) -> None:
        self.duplicates.append(path)
        self._lines.append(f"duplicate  {path} (already stored)")

    def _skip(self, path: str, reason: str) -> None:
        self.skipped.append((path, reason))
        self._lines.append(f"skipped    {path}: {reason}")

    def summary(self) -> str:
        """One line per file in the order handled, then the totals."""
        total = (
            f"{len(self.added)} added ({self.quotes} quotes), {len(self.duplicates)} already stored, "
            f"{len(self.skipped)} skipped"
        )
        return "\n".join([*self._lines, total])


# A folder's own documentation, never an article when met while walking a folder.
FOLDER_DOCS = frozenset({"README", "LICENSE", "CHANGELOG"})


def iter_article_files(paths: Sequence[Path], report: IngestReport) -> Iterator[Path]:
    """Files named explicitly (whatever their extension), and article files found under folders.

    In a folder only .txt, .md, .html and .htm count; hidden files and folders and a folder's own
    documentation (README, LICENSE, CHANGELOG) are passed over, and the order is sorted so runs are
    repeatable. A path that does not exist is skipped in the report.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.stem.upper() not in FOLDER_DOCS
            )
        elif path.exists():
            found = iter([path])
        else:
            report._skip(str(path), "no such file or folder")
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file


def _default_extract() -> Extract:
    from bot.extract import extract_quotes  # lazily: ingestion must import without the extractor

    return extract_quotes


def ingest_paths(engine: Engine, paths: Sequence[Path], *, extract: Extract | None = None) -> IngestReport:
    """Read, extract and store every article under ``paths``; bad files are skipped with a reason.

    Each article is its own unit of work, so a failure costs that article only. An article already
    stored (same text) is reported as a duplicate without running the extractor again.
    """
    report = IngestReport()
    extractor: Extract | None = extract
    for path in iter_article_files(paths, report):
        name = str(path)
        try:
            article = read_article(path)
        except NotAnArticle as exc:
            report._skip(name, str(exc))
            continue
        with session_scope(engine) as session:
            known = find_article_id(session, article.text) is not None
        if known:
            report._duplicate(name)
            continue
        if extractor is None:
            extractor = _default_extract()
        try:
            quotes = list(extractor(article.text))
        except Exception as exc:  # one article the extractor chokes on must not stop the rest
            report._skip(name, f"quote extraction failed ({exc.__class__.__name__}: {_one_line(exc)})")
            continue
        for attempt in range(2):
            try:
                with session_scope(engine) as session:
                    result = save_article(session, article, quotes)
            except IntegrityError as exc:
                # Another process stored the same article or speaker meanwhile; the retry sees its rows.
                if attempt == 0:
                    continue
                report._skip(name, f"could not store the article ({_one_line(exc.orig or exc)})")
            except DataError as exc:
                report._skip(name, f"could not store the article ({_one_line(exc.orig or exc)})")
            else:
                if result.created:
                    report._add(name, result.quote_count)
                else:
                    report._duplicate(name)
            break
    return report


def ingest_samples(engine: Engine, *, extract: Extract | None = None) -> IngestReport:
    """Ingest the sample articles that ship in the package."""
    from bot.samples import sample_paths

    return ingest_paths(engine, [Path(p) for p in sample_paths()], extract=extract)


def ensure_samples(engine: Engine, *, extract: Extract | None = None) -> IngestReport | None:
    """Load the samples when the index has no articles yet (first run of the local console)."""
    with session_scope(engine) as session:
        if session.scalar(select(Article.id).limit(1)) is not None:
            return None
    return ingest_samples(engine, extract=extract)


def _one_line(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("…" if len(text) > 200 else "")
