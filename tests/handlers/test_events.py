"""Mentions and DMs over real HTTP: threads, bots ignored, retries answered once, 429 retried."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, func, select

from handlers.events import claim_event
from store.db import session_scope
from store.models import SlackEvent
from tests.handlers.conftest import JSON, RunningApp
from tests.handlers.fake_slack import BOT_ID, BOT_USER_ID, FakeSlack, event_body

pytestmark = pytest.mark.timeout(60)


def mention(text: str, ts: str = "1700000100.000200", thread_ts: str | None = None) -> dict:
    event = {
        "type": "app_mention",
        "user": "U0ALICE",
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": "C0NEWS",
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def dm(text: str, **extra: object) -> dict:
    return {
        "type": "message",
        "channel_type": "im",
        "channel": "D0ALICE",
        "user": "U0ALICE",
        "text": text,
        "ts": "1700000200.000300",
        "event_ts": "1700000200.000300",
        **extra,
    }


def test_url_verification(slack_app: RunningApp) -> None:
    response = slack_app.post('{"type": "url_verification", "challenge": "abc", "token": "t"}', JSON)
    assert response.status_code == 200 and "abc" in response.text


def test_mention_is_answered_in_a_thread_under_it(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    response = slack_app.post(event_body(mention("what did Rubio say"), "Ev1"), JSON)
    assert response.status_code == 200
    (call,) = fake_slack.wait_for_method("chat.postMessage")
    assert call.body["channel"] == "C0NEWS"
    assert call.body["thread_ts"] == "1700000100.000200"
    assert "Marco Rubio" in call.body["text"]
    assert call.body["unfurl_links"] is False
    assert call.headers["Authorization"] == "Bearer xoxb-test"


def test_mention_inside_a_thread_answers_in_that_thread(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    event = mention("what did Peskov say", ts="1700000300.000400", thread_ts="1700000000.000001")
    slack_app.post(event_body(event, "Ev2"), JSON)
    (call,) = fake_slack.wait_for_method("chat.postMessage")
    assert call.body["thread_ts"] == "1700000000.000001"
    assert "<!channel>" not in str(call.body) and "&lt;!channel&gt;" in str(call.body)


def test_empty_mention_gets_help(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    slack_app.post(event_body(mention(""), "Ev3"), JSON)
    (call,) = fake_slack.wait_for_method("chat.postMessage")
    assert "/quotes" in call.body["text"]


def test_direct_message_is_answered_in_the_dm(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    slack_app.post(event_body(dm("what did Johnson say"), "Ev4"), JSON)
    (call,) = fake_slack.wait_for_method("chat.postMessage")
    assert call.body["channel"] == "D0ALICE" and call.body.get("thread_ts") is None
    assert "Mike Johnson" in call.body["text"] and "Ron Johnson" in call.body["text"]


@pytest.mark.parametrize(
    "event",
    [
        dm("what did Rubio say", user=BOT_USER_ID),  # itself, by user id
        dm("what did Rubio say", bot_id=BOT_ID, user=BOT_USER_ID),
        dm("what did Rubio say", bot_id="B0OTHER", subtype="bot_message"),  # another bot
        dm("what did Rubio say", bot_id="B0OTHER", user="U0OTHERBOT"),
        dm("what did Rubio say", subtype="message_changed"),
        {**mention("what did Rubio say"), "bot_id": "B0OTHER"},
        {**mention("what did Rubio say"), "user": BOT_USER_ID},
        {**dm("what did Rubio say"), "channel_type": "channel", "channel": "C0NEWS"},  # not a DM
    ],
)
def test_bots_and_non_questions_are_never_answered(
    slack_app: RunningApp, fake_slack: FakeSlack, event: dict
) -> None:
    response = slack_app.post(event_body(event, "EvBot"), JSON)
    assert response.status_code == 200
    slack_app.settle()
    assert fake_slack.of("chat.postMessage") == []


def test_retried_event_is_answered_once(slack_app: RunningApp, fake_slack: FakeSlack, index: Engine) -> None:
    body = event_body(mention("what did Rubio say"), "EvRetry")
    assert slack_app.post(body, JSON).status_code == 200
    retry = slack_app.post(
        body, JSON, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status_code == 200
    slack_app.settle()
    assert len(fake_slack.of("chat.postMessage")) == 1
    with session_scope(index) as session:
        assert session.scalar(select(func.count()).select_from(SlackEvent)) == 1


def test_retried_event_is_answered_once_across_processes(
    start_app: Callable[..., RunningApp], fake_slack: FakeSlack
) -> None:
    first, second = start_app(), start_app()  # two app instances sharing one database
    body = event_body(dm("what did Peskov say"), "EvTwoProcs")
    assert first.post(body, JSON).status_code == 200
    assert second.post(body, JSON).status_code == 200
    first.settle()
    second.settle()
    assert len(fake_slack.of("chat.postMessage")) == 1


def test_claim_event_is_insert_or_ignore(index: Engine) -> None:
    assert claim_event(index, "EvClaim") is True
    assert claim_event(index, "EvClaim") is False
    assert claim_event(index, None) is True


def test_rate_limited_post_is_retried_after_retry_after(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", status=429, retry_after=1)
    started = time.monotonic()
    slack_app.post(event_body(mention("what did Rubio say"), "Ev429"), JSON)
    (delivered,) = fake_slack.wait_for_method("chat.postMessage", timeout=15)
    attempts = fake_slack.of("chat.postMessage", ok_only=False)
    assert [c.status for c in attempts] == [429, 200]
    assert time.monotonic() - started >= 1.0
    assert "Marco Rubio" in delivered.body["text"]
