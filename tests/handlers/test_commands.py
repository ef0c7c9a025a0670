"""/quotes over real HTTP: help, a question answered ephemerally with Share, add <url>, fast acks."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import Engine

from bot.answer import Answer
from bot.app import make_asker
from bot.render_slack import ACTION_MORE, ACTION_SHARE
from tests.handlers.conftest import RunningApp
from tests.handlers.fake_slack import FakeSlack, command_body

pytestmark = pytest.mark.timeout(60)


def test_help_is_answered_in_the_ack(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    response = slack_app.post(command_body("help", fake_slack.response_url("help")))
    assert response.status_code == 200
    ack = response.json()
    assert ack["response_type"] == "ephemeral"
    assert "/quotes" in ack["text"] and ack["blocks"]
    slack_app.settle()
    assert fake_slack.of("/response/") == []  # nothing more to send


def test_empty_command_shows_help(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    response = slack_app.post(command_body("  ", fake_slack.response_url("empty")))
    assert "/quotes" in response.json()["text"]


def test_question_is_answered_ephemerally_with_share_button(
    slack_app: RunningApp, fake_slack: FakeSlack
) -> None:
    response = slack_app.post(command_body("what did Rubio say", fake_slack.response_url("ask1")))
    assert response.status_code == 200
    assert response.text == ""  # the ack carries nothing; the answer follows
    (call,) = fake_slack.wait_for_method("/response/ask1")
    assert call.body["response_type"] == "ephemeral"
    assert "Marco Rubio" in call.body["text"]
    blocks = call.blocks
    assert "Marco Rubio" in blocks[0]["text"]["text"]
    actions = {e["action_id"]: e for b in blocks if b["type"] == "actions" for e in b["elements"]}
    assert set(actions) == {ACTION_SHARE, ACTION_MORE}
    assert json.loads(actions[ACTION_MORE]["value"])["o"] == 5
    assert fake_slack.of("chat.postEphemeral") == []


def test_falls_back_to_post_ephemeral_when_response_url_fails(
    slack_app: RunningApp, fake_slack: FakeSlack
) -> None:
    expired = fake_slack.response_url("expired")
    slack_app.post(command_body("what did Peskov say", expired, channel="C0NEWS", user="U0BOB"))
    (call,) = fake_slack.wait_for_method("chat.postEphemeral")
    assert call.body["channel"] == "C0NEWS" and call.body["user"] == "U0BOB"
    assert call.blocks and call.headers["Authorization"] == "Bearer xoxb-test"


def test_add_url_is_reserved(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    response = slack_app.post(command_body("add https://news.example/a", fake_slack.response_url("add")))
    assert "coming soon" in response.json()["text"]
    bad = slack_app.post(command_body("add javascript:alert(1)", fake_slack.response_url("add2")))
    assert "Usage" in bad.json()["text"]


def test_add_url_hook_when_ingestion_provides_one(
    start_app: Callable[..., RunningApp], fake_slack: FakeSlack
) -> None:
    added: list[str] = []

    def add(url: str) -> str:
        added.append(url)
        return "Added 1 article."

    running = start_app(add_url=add)
    running.post(command_body("add <https://news.example/a>", fake_slack.response_url("hook")))
    (call,) = fake_slack.wait_for_method("/response/hook")
    assert added == ["https://news.example/a"] and "Added 1 article." in call.body["text"]


def test_error_shows_one_sentence_and_logs_details(
    start_app: Callable[..., RunningApp], fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(question: str, offset: int, limit: int) -> Answer:
        raise RuntimeError("database exploded at /secret/path")

    running = start_app(ask=broken)
    running.post(command_body("what did Rubio say", fake_slack.response_url("boom")))
    (call,) = fake_slack.wait_for_method("/response/boom")
    text = json.dumps(call.body)
    assert "Sorry, something went wrong" in call.body["text"]
    assert "exploded" not in text and "Traceback" not in text
    running.settle()
    logged = [r for r in caplog.records if r.exc_info and "exploded" in str(r.exc_info[1])]
    assert logged and logged[0].levelname == "ERROR"


def test_acks_are_fast_while_the_workers_are_busy(
    start_app: Callable[..., RunningApp], fake_slack: FakeSlack, index: Engine
) -> None:
    real = make_asker(index)

    def slow(question: str, offset: int, limit: int) -> Answer:
        time.sleep(0.4)
        return real(question, offset, limit)

    running = start_app(ask=slow)  # one worker: each answer waits for the previous one
    durations: list[float] = []
    lock = threading.Lock()

    def send(i: int) -> None:
        with httpx.Client(timeout=10) as client:
            body = command_body("what did Rubio say", fake_slack.response_url(f"load{i}"))
            started = time.monotonic()
            response = RunningApp(running.app, running.url, client).post(body)
            assert response.status_code == 200
            with lock:
                durations.append(time.monotonic() - started)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert len(durations) == 6
    assert max(durations) < 1.0, durations  # the work takes 6 x 0.4 s; every ack came long before
    fake_slack.wait_for_method("/response/", count=6, timeout=20)
