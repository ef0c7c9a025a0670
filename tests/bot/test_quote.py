"""The fast constructors of bot.quote build the same values as the dataclasses."""

from __future__ import annotations

import dataclasses

import pytest

from bot.quote import Mention, Quote, make_mention, make_quote


def test_make_mention_equals_mention() -> None:
    made = make_mention("Ann Lee", 3, 10)
    assert made == Mention("Ann Lee", 3, 10) and type(made) is Mention
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4  # type: ignore[misc]


def test_make_quote_equals_quote() -> None:
    args = ("It works.", 0, 9, ((0, 9),), "Ann Lee", "person", Mention("Lee", 12, 15), "said", True)
    made = make_quote(*args, ("senator",), ("Lee",))
    built = Quote(*args, speaker_roles=("senator",), speaker_aliases=("Lee",))
    assert made == built and type(made) is Quote
    assert hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert made.to_json() == built.to_json()
    assert make_quote(*args) == Quote(*args)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]
