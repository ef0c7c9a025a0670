"""What must not come out as quotes: captions, headlines, bylines, titles and scare quotes, stray marks."""

from __future__ import annotations

from tests.bot.extract.helpers import quotes

ARTICLE = (
    "Harbour chief says cranes will be replaced\n\n"
    "By Nadia Kowalczyk\n\n"
    "Helga Mertens. Photo: Tomas Brandt/Harbour Wire\n\n"
    "Port authority chief Helga Mertens said on Monday that the old cranes would be replaced by spring.\n\n"
    "New cranes\n\n"
    "(hw, nk)"
)


def test_caption_headline_byline_and_subhead_yield_only_the_statement() -> None:
    found = quotes(ARTICLE)
    assert [q.text for q in found] == ["the old cranes would be replaced by spring"]


def test_caption_with_a_speech_word_is_not_a_quote() -> None:
    text = "Mayor Ana Ruiz says goodbye to the last tram. Photo: Lena Ortiz/City Wire"
    assert quotes(text) == []


def test_book_title_and_scare_quotes_are_not_quotes() -> None:
    text = (
        "The former envoy's memoir, “Bridges Over Cold Water”, sold well.\n\n"
        'Critics mocked the so-called "peace plan" as a stunt.'
    )
    assert all("Bridges" not in q.text and q.text != "peace plan" for q in quotes(text))


def test_unbalanced_quote_mark_neither_crashes_nor_runs_away() -> None:
    text = (
        'The council voted 7-2 on the "harbour levy after a long debate.\n\n'
        "Councillor Bo Lind said the vote was fair.\n\n"
        "The meeting ended at nine."
    )
    found = quotes(text)
    assert [q.text for q in found] == ["the vote was fair"]
    assert not found[0].direct


def test_empty_and_blank_text() -> None:
    assert quotes("") == []
    assert quotes("   \n\n ") == []


def test_dateline_is_not_a_speaker() -> None:
    text = "PORT ELVA (Harbour Wire) - Customs officers said on Monday that two crates had been seized."
    q = quotes(text)[0]
    assert q.speaker_kind == "group" and "ELVA" not in (q.speaker or "")
    assert q.text == "two crates had been seized"
