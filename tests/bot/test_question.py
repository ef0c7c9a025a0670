"""parse_question: each question form, pure."""

from __future__ import annotations

import pytest

from bot.question import Question, parse_question


@pytest.mark.parametrize(
    "text",
    [
        "what did Rubio say",
        "What did Rubio say?",
        "what has Rubio said",
        "what does Rubio say",
        "what is Rubio saying",
        "what Rubio said",
        "Rubio quotes",
        "Rubio's quotes",
        "Rubio’s latest quotes",
        "latest from Rubio",
        "latest quotes from Rubio",
        "quotes by Rubio",
        "hey, what did Rubio say?",
        "<@U123ABC> what did Rubio say",
        "<@U123ABC|quotebot> please what did Rubio say please?",
        "@quotebot what did Rubio say",
        "WHAT DID RUBIO SAY??",
        "  what   did Rubio   say ",
        "can you tell me what Rubio said",
        "show me Rubio quotes",
    ],
)
def test_speaker_forms(text: str) -> None:
    q = parse_question(text)
    assert q.kind == "speaker"
    assert q.speaker is not None and q.speaker.lower() == "rubio"
    assert q.topic is None and q.window is None and not q.by_role
    assert q.text == text


@pytest.mark.parametrize(
    "text", ["what did Rubio say about", "what did Rubio say about?", "what has Rubio said on"]
)
def test_topic_left_out_asks_for_the_speaker(text: str) -> None:
    q = parse_question(text)
    assert (q.kind, q.speaker, q.topic) == ("speaker", "Rubio", None)


def test_full_names_keep_every_word() -> None:
    assert parse_question("what has Marco Rubio said?").speaker == "Marco Rubio"
    assert parse_question("what did Donald Trump Jr. say").speaker == "Donald Trump Jr."


@pytest.mark.parametrize(
    ("text", "speaker", "topic"),
    [
        ("what did Zelenskyy say about security guarantees?", "Zelenskyy", "security guarantees"),
        ("what did Putin say on the grain corridor", "Putin", "grain corridor"),
        ("what has Peskov been saying about sanctions", "Peskov", "sanctions"),
        ("Rubio quotes on Iran", "Rubio", "Iran"),
        ("quotes from Rubio about Iran", "Rubio", "Iran"),
        ("what did Rubio say regarding NATO", "Rubio", "NATO"),
    ],
)
def test_topic_forms(text: str, speaker: str, topic: str) -> None:
    q = parse_question(text)
    assert (q.kind, q.speaker, q.topic) == ("speaker", speaker, topic)


@pytest.mark.parametrize(
    "text",
    [
        'who said "absolutely not true"',
        "who said absolutely not true",
        "who said “absolutely not true”?",
        "who said „absolutely not true“",
        "who said «absolutely not true»",
        "who said ‹absolutely not true›",
        "Who said 'absolutely not true'",
        "who said ‘absolutely not true’",
        "WHO SAID that absolutely not true",
        "hey who has said 'absolutely not true'?",
    ],
)
def test_phrase_forms(text: str) -> None:
    q = parse_question(text)
    assert q.kind == "phrase"
    assert q.phrase is not None and q.phrase.lower() == "absolutely not true"


def test_phrase_keeps_apostrophes_inside() -> None:
    assert parse_question("who said 'we don't negotiate'").phrase == "we don't negotiate"
    assert parse_question("who said we won't back down").phrase == "we won't back down"
    assert parse_question("who said “today is the day”").phrase == "today is the day"
    assert parse_question("who said").kind == "unknown"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("what did the Kremlin spokesman say", "Kremlin spokesman"),
        ("what did the Secretary of State say?", "Secretary of State"),
        ("what has the White House said", "White House"),
        ("the Kremlin spokesman quotes", "Kremlin spokesman"),
        ("latest from the Finance Ministry", "Finance Ministry"),
    ],
)
def test_role_forms(text: str, role: str) -> None:
    q = parse_question(text)
    assert (q.kind, q.speaker, q.by_role) == ("speaker", role, True)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("latest quotes", None),
        ("latest", None),
        ("the latest quotes?", None),
        ("recent quotes", None),
        ("quotes", None),
        ("what's new", None),
        ("quotes today", "today"),
        ("today", "today"),
        ("what was said today", "today"),
        ("quotes this week", "week"),
        ("latest quotes this week", "week"),
        ("quotes over the past week", "week"),
        ("who said what this week", "week"),
    ],
)
def test_latest_forms(text: str, window: str | None) -> None:
    q = parse_question(text)
    assert (q.kind, q.window, q.speaker) == ("latest", window, None)


def test_latest_about_a_topic() -> None:
    q = parse_question("latest quotes about grain exports")
    assert (q.kind, q.topic) == ("latest", "grain exports")
    assert parse_question("what was said about sanctions this week") == Question(
        text="what was said about sanctions this week", kind="latest", topic="sanctions", window="week"
    )


@pytest.mark.parametrize(
    ("text", "window", "topic"),
    [
        ("what did Rubio say today", "today", None),
        ("what did Rubio say this week?", "week", None),
        ("what did Rubio say today about Iran", "today", "Iran"),
        ("what did Rubio say about Iran this week", "week", "Iran"),
        ("Rubio quotes in the last week", "week", None),
    ],
)
def test_speaker_with_window(text: str, window: str, topic: str | None) -> None:
    q = parse_question(text)
    assert (q.kind, q.speaker, q.window, q.topic) == ("speaker", "Rubio", window, topic)


@pytest.mark.parametrize("text", ["help", "HELP?", "", "   ", "<@U1>"])
def test_help(text: str) -> None:
    assert parse_question(text).kind == "help"


@pytest.mark.parametrize("text", ["what is the weather", "tell me a joke", "12345", "???!!!x"])
def test_unknown(text: str) -> None:
    assert parse_question(text).kind == "unknown"


def test_question_is_frozen() -> None:
    q = parse_question("what did Rubio say")
    with pytest.raises(AttributeError):
        q.speaker = "x"  # type: ignore[misc]


def test_a_question_about_nobody_in_particular_keeps_its_topic() -> None:
    question = parse_question("what did people say about grain exports?")
    assert question.kind == "latest" and question.speaker is None
    assert question.topic == "grain exports"
