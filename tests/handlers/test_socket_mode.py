"""Socket Mode through a local WebSocket fake: envelopes acked, answers posted through the fake Web API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from sqlalchemy import Engine

from bot.app import create_app
from bot.settings import Settings
from tests.handlers.fake_slack import BOT_USER_ID, TEAM_ID, FakeSlack
from tests.handlers.fake_socket import FakeSocketMode

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def socket_fake(fake_slack: FakeSlack) -> Iterator[FakeSocketMode]:
    fake = FakeSocketMode()
    fake_slack.socket_url = fake.url
    yield fake
    fake.close()


@pytest.fixture
def handler(index: Engine, fake_slack: FakeSlack, socket_fake: FakeSocketMode) -> Iterator[SocketModeHandler]:
    settings = Settings(bot_token="xoxb-test", app_token="xapp-test", api_url=fake_slack.api_url, workers=1)
    assert settings.problems() == []  # no signing secret needed in Socket Mode
    app = create_app(settings, index)
    handler = SocketModeHandler(app, app_token=settings.app_token)
    handler.connect()
    socket_fake.wait_connected()
    yield handler
    socket_fake.close()  # first, so the client's blocking receive ends now rather than at its timeout
    handler.close()
    app.listener_runner.listener_executor.shutdown(wait=True, cancel_futures=True)


def test_command_and_mention_over_socket_mode(
    handler: SocketModeHandler, socket_fake: FakeSocketMode, fake_slack: FakeSlack
) -> None:
    (opened,) = fake_slack.of("apps.connections.open")
    assert opened.headers["Authorization"] == "Bearer xapp-test"
    payload = {
        "team_id": TEAM_ID,
        "channel_id": "C0NEWS",
        "user_id": "U0ALICE",
        "command": "/quotes",
        "text": "what did Rubio say",
        "response_url": fake_slack.response_url("socket"),
        "trigger_id": "1.2.3",
        "api_app_id": "A0APP",
    }
    socket_fake.send(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "payload": payload,
            "accepts_response_payload": True,
        }
    )
    assert socket_fake.ack_for("env-1")["envelope_id"] == "env-1"
    (call,) = fake_slack.wait_for_method("/response/socket")
    assert "Marco Rubio" in call.body["text"]

    # Mentions arrive as events_api envelopes; acked at once, answered in a thread via the Web API.
    event = {
        "type": "app_mention",
        "user": "U0ALICE",
        "text": f"<@{BOT_USER_ID}> what did Peskov say",
        "ts": "1700000100.000200",
        "channel": "C0NEWS",
    }
    body = {
        "team_id": TEAM_ID,
        "api_app_id": "A0APP",
        "type": "event_callback",
        "event_id": "EvSock",
        "event": event,
        "event_time": 1700000100,
    }
    socket_fake.send(
        {
            "envelope_id": "env-2",
            "type": "events_api",
            "payload": body,
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "retry_reason": "",
        }
    )
    socket_fake.ack_for("env-2")
    (posted,) = fake_slack.wait_for_method("chat.postMessage")
    assert posted.body["thread_ts"] == "1700000100.000200"
