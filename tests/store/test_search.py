"""The read queries (store.search) and speaker matching, on SQLite and PostgreSQL, plus pure scoring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from bot.names import fold, sound_key
from bot.speaker_match import match_speaker, person_score, role_score, score_candidates, word_score
from store.search import (
    SpeakerRecord,
    _prefix_upper_bound,
    latest_quotes,
    phrase_candidates,
    speaker_candidates,
    speaker_records,
    topic_quotes,
)
from tests.bot.test_answer import build_index


@pytest.fixture
def index(engine: Engine) -> Iterator[Session]:
    build_index(engine)
    with Session(engine) as session:
        yield session


def _names(session: Session, ids: list[int]) -> set[str]:
    return {r.name for r in speaker_records(session, ids)}


def test_candidates_come_from_the_token_index(index: Session) -> None:
    assert _names(index, speaker_candidates(index, [sound_key("Peskow")])) == {"Dmitry Peskov"}
    # "selenski" by prefix finds both Zelensky and Zelenska; scoring tells them apart.
    found = _names(index, speaker_candidates(index, [], ["sel"]))
    assert found == {"Volodymyr Zelensky", "Olena Zelenska"}
    assert speaker_candidates(index, [sound_key("Macron")], ["mak"]) == []
    assert speaker_candidates(index, []) == []


def test_candidates_with_more_shared_keys_come_first(index: Session) -> None:
    ids = speaker_candidates(index, ["kremlin", "spokesman", "smith"], limit=1)
    assert _names(index, ids) == {"Dmitry Peskov"}


def test_prefix_upper_bound() -> None:
    assert _prefix_upper_bound("rub") == "ruc"
    assert _prefix_upper_bound("az") == "b"
    assert _prefix_upper_bound("a9") == "aa"
    assert _prefix_upper_bound("zz") is None


def test_speaker_records_carry_names_aliases_and_roles(index: Session) -> None:
    ids = speaker_candidates(index, ["rubio"])
    (record,) = speaker_records(index, ids)
    assert record.name == "Marco Rubio"
    assert "secretary of state" in record.folded("role")
    assert {"marco rubio", "rubio"} <= set(record.folded("name", "alias"))


def test_match_speaker(index: Session) -> None:
    assert [r.name for r in match_speaker(index, "Selenskyj").speakers] == ["Volodymyr Zelensky"]
    assert [r.name for r in match_speaker(index, "Kremlin spokesman", by_role=True).speakers] == [
        "Dmitry Peskov"
    ]
    macron = match_speaker(index, "Macron")
    assert not macron.found and not macron.ambiguous
    smith = match_speaker(index, "Smith")
    assert smith.ambiguous and len(smith.speakers) == 2


def test_a_question_does_not_read_every_speaker_or_quote(index: Session, engine: Engine) -> None:
    statements: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:  # noqa: ANN001
        statements.append(statement.lower())

    event.listen(engine, "before_cursor_execute", record)
    try:
        from bot.answer import answer_question

        answer_question(index, "what did Rubbio say about guarantees")
    finally:
        event.remove(engine, "before_cursor_execute", record)
    for statement in statements:
        if "from speakers" in statement or "from speaker_names" in statement:
            assert "where" in statement, statement
        if "from quotes" in statement or "from quotes_fts" in statement:
            assert "limit" in statement or "in (" in statement or "in (__[postcompile" in statement, statement


def test_latest_quotes_newest_first_and_paged(index: Session) -> None:
    ids = speaker_candidates(index, ["rubio"])
    page = latest_quotes(index, speaker_ids=ids, limit=2)
    assert [h.quote.text for h in page] == [
        "Sanctions will stay in place until the troops leave.",
        "The guarantees discussed in Geneva are only a starting point for the talks.",
    ] or [h.quote.text for h in page] == [
        "The guarantees discussed in Geneva are only a starting point for the talks.",
        "Sanctions will stay in place until the troops leave.",
    ]
    rest = latest_quotes(index, speaker_ids=ids, limit=10, offset=2)
    assert [h.quote.text for h in rest][-1] == "Diplomacy takes time and patience."


def test_topic_quotes_by_stem_prefix_and_rank(index: Session) -> None:
    hits = topic_quotes(index, ["guarantee"])
    assert hits[0].quote.text.startswith("Guarantees, guarantees")
    assert len(hits) == 3
    assert all(h.rank is not None for h in hits)
    # Every word first; any word when no quote has them all.
    both = topic_quotes(index, ["security", "guarantees"])
    assert [h.quote.text for h in both] == ["Security guarantees must be binding and backed by our partners."]
    either = topic_quotes(index, ["security", "sanctions"])
    assert len(either) == 3
    assert topic_quotes(index, ["bananas"]) == []


def test_hostile_topic_text_is_searched_safely(index: Session) -> None:
    for topic in ('"; DROP TABLE quotes; --', "NEAR(a b)", "a* OR NOT b", "':* & !", "ÄÖÜ 北京"):
        topic_quotes(index, fold(topic).split())
    assert topic_quotes(index, []) == []


def test_phrase_candidates(index: Session) -> None:
    hits = phrase_candidates(index, ["absolutely", "not", "true"])
    assert [h.speaker.name for h in hits if h.speaker] == ["Dmitry Peskov"]


def _record(name: str, kind: str = "person", roles: tuple[str, ...] = (), aliases: tuple[str, ...] = (),
            id_: int = 1) -> SpeakerRecord:
    names = [("name", name, fold(name))]
    names += [("alias", a, fold(a)) for a in aliases]
    names += [("role", r, fold(r)) for r in roles]
    return SpeakerRecord(id_, name, kind, tuple(names))


def test_pure_scoring_never_gives_the_wrong_person() -> None:
    ronan = _record("Marc Ronan", roles=("Secretary of State",), aliases=("Ronan",))
    rubio = _record("Marco Rubio", roles=("Secretary of State",), id_=2)
    assert person_score("Macron", ronan) is None
    assert person_score("Macron", rubio) is None
    assert person_score("Rubbio", rubio) is not None
    assert person_score("Marco", rubio) is not None  # an exact first name
    assert person_score("Donald Trump Jr.", _record("Donald Trump")) is None
    trump = score_candidates("Trump", False, [_record("Donald Trump"), _record("Donald Trump Jr.", id_=2)])
    assert trump is not None and [r.name for r in trump.speakers] == ["Donald Trump"]
    assert word_score("zelensky", "zelenska") < 80
    assert word_score("peskova", "peskov") < 80


def test_pure_role_scoring() -> None:
    peskov = _record("Dmitry Peskov", roles=("Kremlin spokesman",))
    assert role_score("the Kremlin spokesman", peskov) == 100.0
    assert role_score("the Pentagon spokesman", peskov) is None
    house = _record("White House", kind="organisation")
    assert role_score("the White House", house) == 100.0
    assert role_score("the White House", _record("Karine House")) is None
