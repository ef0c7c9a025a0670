"""The seed article from ../shared (skipped when absent): the statements the project was built around."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import extract_quotes
from bot.quote import Quote


@pytest.fixture
def seed(shared_dir: Path) -> tuple[str, list[Quote]]:
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    if not files:
        pytest.skip("no seed article in ../shared/seeds")
    text = files[0].read_text(encoding="utf-8")
    return text, extract_quotes(text)


def _one(found: list[Quote], fragment: str) -> Quote:
    hits = [q for q in found if fragment in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


def test_seed_statements_and_speakers(seed: tuple[str, list[Quote]]) -> None:
    text, found = seed
    q = _one(found, "absolutely not true")
    assert (q.speaker, q.direct, q.cue) == ("Dmitry Peskov", True, "declared")
    assert _one(found, "could not assess").speaker == "Dmitry Peskov"
    q = _one(found, "intelligence reports")
    assert (q.speaker, q.cue, q.direct) == ("Dmitry Peskov", "dismissed", False)
    q = _one(found, "always said Putin wants more")
    assert (q.speaker, q.cue, q.direct) == ("Mike Quigley", "told", True)
    assert _one(found, "European states").speaker == "Mike Quigley"
    assert _one(found, "avoid a wider conflict").speaker == "Tulsi Gabbard"
    q = _one(found, "significant progress")
    assert (q.speaker, q.speaker_kind) == ("White House", "organisation")
    assert _one(found, "security guarantees would work").speaker == "Volodymyr Zelensky"
    assert _one(found, "terms of peace").speaker == "Vladimir Putin"
    q = _one(found, "never be satisfied")
    assert (q.speaker, q.cue) == ("Marco Rubio", "conceded")
    assert "Secretary of State" in q.speaker_roles
    q = _one(found, "ambitions go beyond")
    assert q.speaker_kind == "group" and q.speaker is not None and "sources" in q.speaker
    for q in found:
        for a, b in q.spans:
            assert text[a:b] in q.text


def test_seed_headline_and_caption_yield_nothing(seed: tuple[str, list[Quote]]) -> None:
    text, found = seed
    first_line_end = text.index("\n")
    caption = text.index("Photo:")
    for q in found:
        assert q.start >= first_line_end
        assert not (q.start <= caption < q.end)
        assert q.speaker_kind != "person" or "sources" not in (q.speaker or "")
