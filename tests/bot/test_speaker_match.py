"""Scoring of candidate speakers (pure): typos within an edit or two, never a stranger or a lookalike."""

from __future__ import annotations

import pytest

from bot.names import fold
from bot.speaker_match import score_candidates, word_score
from store.search import SpeakerRecord


def _record(id_: int, name: str, kind: str = "person", roles: tuple[str, ...] = ()) -> SpeakerRecord:
    names = [("name", name, fold(name))] + [("role", r, fold(r)) for r in roles]
    return SpeakerRecord(id=id_, name=name, kind=kind, names=tuple(names))


RECORDS = [
    _record(1, "Adrian Marsson", roles=("Finance Minister",)),
    _record(2, "Marco Rubio", roles=("Secretary of State",)),
    _record(3, "Belsian Institute of Schools", kind="organisation"),
    _record(4, "Ingrid Falkenrath", roles=("Chancellor",)),
    _record(5, "White House", kind="organisation"),
]


@pytest.mark.parametrize(
    ("asked", "name"),
    [
        ("Rubbio", "Marco Rubio"),
        ("Rubio", "Marco Rubio"),
        ("Falkenrat", "Ingrid Falkenrath"),
        ("Marsosn", "Adrian Marsson"),
        ("Falkenraht", "Ingrid Falkenrath"),
        ("White House", "White House"),
    ],
)
def test_typos_within_an_edit_or_two_match(asked: str, name: str) -> None:
    match = score_candidates(asked, False, RECORDS)
    assert match is not None and [r.name for r in match.speakers] == [name]


@pytest.mark.parametrize("asked", ["Macron", "Scholz", "Merkel", "Marron Smith"])
def test_lookalikes_are_not_matched(asked: str) -> None:
    # Macron/Marsson score 83 with fuzz.ratio but are two edits apart; Scholz and "Schools" share a
    # sound key, but a surname is never matched to an organisation's last word.
    assert score_candidates(asked, False, RECORDS) is None


def test_organisation_found_by_description() -> None:
    match = score_candidates("Whte House", True, RECORDS)
    assert match is not None and [r.name for r in match.speakers] == ["White House"]


def test_word_score_caps_words_more_than_the_allowed_edits_apart() -> None:
    assert word_score("macron", "marsson") < 80
    assert word_score("rubbio", "rubio") >= 85
