"""The shipped sample articles are well-formed and their expectations match their text."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bot.samples import sample_paths

EXPECTED = Path(__file__).with_name("samples_expected.json")
HEADER_FIELDS = ("Title", "Outlet", "URL", "Published")
KINDS = {"person", "organisation", "group"}
VIAS = {"name", "pronoun", "description", "short_form", "organisation", "group", "colon", "dash"}


def _parse(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    assert sep, f"{path.name}: no blank line after the header"
    fields: dict[str, str] = {}
    for line in head.splitlines():
        key, colon, value = line.partition(": ")
        assert colon, f"{path.name}: bad header line {line!r}"
        fields[key] = value.strip()
    return fields, body


def _expected() -> list[dict]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_samples_ship_with_the_package() -> None:
    paths = sample_paths()
    assert len(paths) >= 7
    assert all(p.suffix == ".txt" and p.is_file() for p in paths)
    assert paths == sorted(paths)


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_sample_is_well_formed(path: Path) -> None:
    fields, body = _parse(path)
    for name in HEADER_FIELDS:
        assert fields.get(name), f"{path.name}: missing {name}"
    published = datetime.fromisoformat(fields["Published"])
    assert published.utcoffset() is not None, "Published needs a UTC offset"
    assert fields["URL"].startswith("https://news.example/")
    assert body.splitlines()[0] == fields["Title"], "the body opens with the headline"
    assert 250 <= len(body.split()) <= 600


def test_published_dates_cover_today_and_the_last_two_weeks() -> None:
    dates = [datetime.fromisoformat(_parse(p)[0]["Published"]).date().isoformat() for p in sample_paths()]
    assert all("2026-11-13" <= d <= "2026-11-27" for d in dates)
    assert sum(d >= "2026-11-26" for d in dates) >= 2


def test_expectations_cover_the_samples() -> None:
    names = {p.name for p in sample_paths()}
    files = [e["file"] for e in _expected()]
    assert len(set(files)) == len(files) >= 7
    assert set(files) <= names


@pytest.mark.parametrize("entry", _expected(), ids=lambda e: e["file"])
def test_expected_phrases_occur_verbatim(entry: dict) -> None:
    text = (sample_paths()[0].parent / entry["file"]).read_text(encoding="utf-8")
    assert entry["statements"]
    for st in entry["statements"]:
        assert st["kind"] in KINDS and st["via"] in VIAS and isinstance(st["direct"], bool)
        assert st["speaker"]
        assert 3 <= len(st["contains"].split()) <= 8, st["contains"]
        assert st["contains"] in text, st["contains"]
    for phrase in entry["not_quotes"]:
        assert phrase in text, phrase
