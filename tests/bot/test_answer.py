"""answer_question end to end on a small index built with save_article, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.answer import Answer, answer_question, window_bounds
from bot.article import ArticleInput
from bot.quote import Mention, Quote
from store.repository import save_article

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

RUBIO = ("Marco Rubio", "person", ("Secretary of State",), ("Rubio",))
PESKOV = ("Dmitry Peskov", "person", ("Kremlin spokesman",), ("Peskov",))
ZELENSKY = ("Volodymyr Zelensky", "person", ("Ukrainian President",), ("Zelenskyy", "President Zelensky"))
ZELENSKA = ("Olena Zelenska", "person", ("first lady",), ())
PUTIN = ("Vladimir Putin", "person", ("Russian President",), ("Putin",))
WHITE_HOUSE = ("White House", "organisation", (), ())
JOHN_SMITH = ("John Smith", "person", ("Senator",), ())
JANE_SMITH = ("Jane Smith", "person", ("Governor",), ())

# (published, title, [(speaker, text, direct)])
ARTICLES = [
    (
        datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
        "Old diplomacy",
        [(RUBIO, "Diplomacy takes time and patience.", True)],
    ),
    (
        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        "Talks open in Geneva",
        [
            (RUBIO, "Guarantees, guarantees, guarantees: everybody wants guarantees.", True),
            (PESKOV, "That is absolutely not true.", True),
            (ZELENSKY, "Security guarantees must be binding and backed by our partners.", True),
            (WHITE_HOUSE, "the talks were productive", False),
        ],
    ),
    (
        datetime(2026, 11, 25, 15, 0, tzinfo=UTC),
        "Geneva talks end",
        [
            (RUBIO, "The guarantees discussed in Geneva are only a starting point for the talks.", True),
            (RUBIO, "Sanctions will stay in place until the troops leave.", True),
            (ZELENSKY, "We need air defence now, not next year.", True),
            (ZELENSKA, "Children must come home.", True),
            (PUTIN, "The grain corridor will stay closed.", True),
        ],
    ),
    (
        datetime(2026, 11, 27, 9, 0, tzinfo=UTC),
        "Budget row",
        [
            (PESKOV, "The Kremlin has no plans to comment on the sanctions.", False),
            (JOHN_SMITH, "The budget is a fraud.", True),
            (JANE_SMITH, "The budget is balanced.", True),
        ],
    ),
]


def _quote(article_text: str, speaker: tuple, text: str, direct: bool) -> Quote:
    name, kind, roles, aliases = speaker
    start = article_text.index(text)
    return Quote(
        text=text,
        start=start,
        end=start + len(text),
        spans=((start, start + len(text)),),
        speaker=name,
        speaker_kind=kind,
        speaker_mention=Mention(name, 0, len(name)),
        cue="said",
        direct=direct,
        speaker_roles=roles,
        speaker_aliases=aliases,
    )


def build_index(engine: Engine) -> None:
    """The small index the question tests ask about."""
    with Session(engine) as session:
        for published, title, items in ARTICLES:
            body = " ".join(f"{speaker[0]} said: {text}" for speaker, text, _ in items)
            article = ArticleInput(
                title=title,
                outlet="Test Wire",
                url=f"https://example.com/{title.lower().replace(' ', '-')}",
                published=published,
                text=body,
            )
            save_article(session, article, [_quote(body, s, t, d) for s, t, d in items])
        session.commit()


@pytest.fixture
def index(engine: Engine) -> Iterator[Session]:
    build_index(engine)
    with Session(engine) as session:
        yield session


def ask(session: Session, text: str, **kwargs: object) -> Answer:
    return answer_question(session, text, now=NOW, **kwargs)  # type: ignore[arg-type]


def names(answer: Answer) -> list[str]:
    return [s.name for s in answer.speakers]


def quote_speakers(answer: Answer) -> set[str | None]:
    return {q.speaker for q in answer.quotes}


def test_what_did_x_say_lists_the_speakers_quotes_newest_first(index: Session) -> None:
    answer = ask(index, "what did Rubio say?", limit=10)
    assert names(answer) == ["Marco Rubio"]
    assert quote_speakers(answer) == {"Marco Rubio"}
    assert len(answer.quotes) == 4
    dates = [q.article.published for q in answer.quotes]
    assert dates == sorted(dates, reverse=True)
    first = answer.quotes[0]
    assert first.article.outlet == "Test Wire"
    assert first.article.title == "Geneva talks end"
    assert first.article.url == "https://example.com/geneva-talks-end"
    assert first.speaker_role == "Secretary of State"
    assert answer.message is None


@pytest.mark.parametrize(
    "question",
    [
        "what has Marco Rubio said",
        "Rubio quotes",
        "latest from Rubio",
        "<@U123> hey, what did rubio say please",
        "WHAT DID RUBIO SAY",
        "what did Secretary of State Marco Rubio say",
    ],
)
def test_each_speaker_question_form(index: Session, question: str) -> None:
    answer = ask(index, question)
    assert names(answer) == ["Marco Rubio"]
    assert answer.quotes and quote_speakers(answer) == {"Marco Rubio"}


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did Rubbio say", "Marco Rubio"),
        ("what did Selenskyj say", "Volodymyr Zelensky"),
        ("what did Zelenskiy say", "Volodymyr Zelensky"),
        ("what did Peskow say", "Dmitry Peskov"),
        ("what did Putn say", "Vladimir Putin"),
        ("what did Zelenska say", "Olena Zelenska"),
        ("what did Mr. Peskov say", "Dmitry Peskov"),
    ],
)
def test_typos_and_transliterations_find_the_right_person(
    index: Session, question: str, speaker: str
) -> None:
    answer = ask(index, question)
    assert names(answer) == [speaker]
    assert quote_speakers(answer) == {speaker}


def test_never_the_wrong_person(index: Session) -> None:
    answer = ask(index, "what did Macron say")
    assert answer.speakers == ()
    assert answer.quotes == ()
    assert "Macron" in (answer.message or "")
    for question in ("what did Ivan Peskov say", "what did Jane Rubio say", "what did Baden say"):
        answer = ask(index, question)
        assert answer.speakers == () and answer.quotes == (), question


def test_unknown_person_says_so_and_suggests_close_names(index: Session) -> None:
    answer = ask(index, "what did Ivan Peskov say")
    assert answer.message and "No one called Ivan Peskov" in answer.message
    assert "Dmitry Peskov" in answer.suggestions
    assert answer.to_json()["suggestions"] == list(answer.suggestions)
    nobody = ask(index, "what did Xqzt Wlorp say")
    assert nobody.quotes == () and nobody.message


def test_two_people_with_the_same_surname_are_ambiguous(index: Session) -> None:
    answer = ask(index, "what did Smith say")
    assert answer.ambiguous
    assert sorted(names(answer)) == ["Jane Smith", "John Smith"]
    assert answer.quotes == ()
    assert answer.message and "Which" in answer.message
    # The first name settles it.
    assert names(ask(index, "what did Jane Smith say")) == ["Jane Smith"]


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the Kremlin spokesman say", "Dmitry Peskov"),
        ("what did the Secretary of State say", "Marco Rubio"),
        ("what did the White House say", "White House"),
        ("what did the Russian president say", "Vladimir Putin"),
    ],
)
def test_role_questions(index: Session, question: str, speaker: str) -> None:
    answer = ask(index, question)
    assert names(answer) == [speaker]
    assert quote_speakers(answer) == {speaker}


def test_a_role_two_speakers_share_is_ambiguous(index: Session) -> None:
    answer = ask(index, "what did the president say")
    assert answer.ambiguous
    assert sorted(names(answer)) == ["Vladimir Putin", "Volodymyr Zelensky"]


def test_topic_questions_rank_by_relevance(index: Session) -> None:
    answer = ask(index, "what did Rubio say about guarantees")
    texts = [q.text for q in answer.quotes]
    # The older quote says "guarantees" four times: relevance beats recency.
    assert texts[0].startswith("Guarantees, guarantees")
    assert len(texts) == 2
    assert answer.topic == "guarantees"


def test_topic_words_match_by_stem_and_prefix(index: Session) -> None:
    answer = ask(index, "what did Zelensky say on security guarantee")
    assert [q.text for q in answer.quotes] == [
        "Security guarantees must be binding and backed by our partners."
    ]
    assert names(ask(index, "what has Rubio said on sanction")) == ["Marco Rubio"]
    assert ask(index, "what has Rubio said on sanction").quotes[0].text.startswith("Sanctions")


def test_topic_without_hits_falls_back_to_the_latest(index: Session) -> None:
    answer = ask(index, "what did Rubio say about bananas")
    assert answer.message and "bananas" in answer.message
    assert answer.quotes and quote_speakers(answer) == {"Marco Rubio"}


def test_quotes_about_a_topic_from_anyone(index: Session) -> None:
    answer = ask(index, "latest quotes about sanctions")
    assert quote_speakers(answer) == {"Marco Rubio", "Dmitry Peskov"}


@pytest.mark.parametrize(
    "question",
    [
        'who said "absolutely not true"',
        "who said absolutely not true?",
        "who said “Absolutely NOT true”",
        "Who said 'absolutely not true'",
        "who said «absolutely not true»",
    ],
)
def test_who_said_a_phrase(index: Session, question: str) -> None:
    answer = ask(index, question)
    assert names(answer) == ["Dmitry Peskov"]
    assert [q.text for q in answer.quotes] == ["That is absolutely not true."]
    assert answer.message is None


def test_who_said_checks_the_exact_phrase(index: Session) -> None:
    # Every word is in a quote, but not as this phrase.
    answer = ask(index, 'who said "true absolutely"')
    assert answer.message and "exactly" in answer.message
    nobody = ask(index, 'who said "purple elephants dance"')
    assert nobody.quotes == () and nobody.message and "Nobody" in nobody.message


def test_latest_quotes(index: Session) -> None:
    answer = ask(index, "latest quotes", limit=3)
    assert len(answer.quotes) == 3
    assert {q.article.title for q in answer.quotes} == {"Budget row"}
    assert answer.has_more


def test_quotes_today_and_this_week(index: Session) -> None:
    today = ask(index, "quotes today", limit=10)
    assert {q.article.title for q in today.quotes} == {"Budget row"}
    week = ask(index, "quotes this week", limit=20)
    assert {q.article.title for q in week.quotes} == {"Budget row", "Geneva talks end"}
    rubio_week = ask(index, "what did Rubio say this week", limit=10)
    assert len(rubio_week.quotes) == 2
    rubio_today = ask(index, "what did Rubio say today")
    assert rubio_today.quotes == () and rubio_today.message == "No quotes from Marco Rubio today."


def test_window_bounds() -> None:
    assert window_bounds("today", NOW) == (
        datetime(2026, 11, 27, tzinfo=UTC),
        datetime(2026, 11, 28, tzinfo=UTC),
    )
    assert window_bounds("week", NOW)[0] == datetime(2026, 11, 21, tzinfo=UTC)
    assert window_bounds(None, NOW) == (None, None)


def test_paging(index: Session) -> None:
    first = ask(index, "what did Rubio say", limit=3)
    assert first.has_more and len(first.quotes) == 3
    second = ask(index, "what did Rubio say", limit=3, offset=3)
    assert not second.has_more and len(second.quotes) == 1
    assert {q.id for q in first.quotes}.isdisjoint({q.id for q in second.quotes})
    assert second.quotes[0].text == "Diplomacy takes time and patience."


def test_help_and_nonsense(index: Session) -> None:
    assert ask(index, "help").message
    answer = ask(index, "what is the weather like")
    assert answer.quotes == () and answer.message and "did not understand" in answer.message


def test_json_shape(index: Session) -> None:
    data = ask(index, "what did Peskov say").to_json()
    assert set(data) == {"question", "speakers", "suggestions", "quotes"}
    assert data["speakers"] == ["Dmitry Peskov"]
    quote = data["quotes"][0]
    assert set(quote) == {"text", "speaker", "direct", "cue", "start", "end", "article"}
    assert set(quote["article"]) == {"title", "url", "outlet", "published"}
    assert quote["article"]["published"].startswith("2026-11-27")
