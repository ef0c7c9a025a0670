"""Small helpers shared by the extractor tests."""

from __future__ import annotations

from bot.extract import extract_quotes
from bot.extract.pipeline import join_pieces
from bot.quote import Quote


def quotes(text: str) -> list[Quote]:
    return extract_quotes(text)


def find(text: str, fragment: str) -> Quote:
    """The one quote whose text contains ``fragment``."""
    hits = [q for q in extract_quotes(text) if fragment in q.text]
    found = [q.text for q in extract_quotes(text)]
    assert len(hits) == 1, f"{len(hits)} quotes contain {fragment!r}: {found}"
    return hits[0]


def check_offsets(text: str, q: Quote) -> None:
    for a, b in q.spans:
        assert 0 <= a < b <= len(text)
    assert q.start == q.spans[0][0] and q.end == q.spans[-1][1]
    assert q.text == join_pieces(text, q.spans)
