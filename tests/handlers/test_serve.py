"""``bot.serve.main``: the mode follows the environment; missing credentials are one clear line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import slack_bolt.adapter.socket_mode as socket_mode
from slack_bolt import App

import bot.serve as serve
from bot.settings import DEFAULT_SLACK_API_URL, Settings

ENV = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_API_URL",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
    "QUOTEBOT_DATABASE_URL",
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QUOTEBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'serve.db'}")
    return monkeypatch


def test_settings_from_env() -> None:
    settings = Settings.from_env(
        {"SLACK_API_URL": "https://slack-gov.com/api", "SLACK_BOT_TOKEN": " xoxb-1 "}
    )
    assert settings.api_url == "https://slack-gov.com/api/" and settings.bot_token == "xoxb-1"
    assert Settings.from_env({}).api_url == DEFAULT_SLACK_API_URL
    assert (
        not Settings.from_env({}).socket_mode and Settings.from_env({"SLACK_APP_TOKEN": "xapp-1"}).socket_mode
    )


def test_missing_credentials_exit_2_with_one_line(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    assert serve.main(3000) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SLACK_BOT_TOKEN" in err and "Traceback" not in err


def test_http_mode_without_app_token(env: pytest.MonkeyPatch) -> None:
    env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    env.setenv("SLACK_SIGNING_SECRET", "secret")
    started: dict[str, Any] = {}

    class Server:
        effective_port = 4321

        def run(self) -> None:
            started["ran"] = True

    def fake_server(app: App, host: str, port: int, **_: Any) -> Server:
        started.update(app=app, port=port)
        return Server()

    env.setattr(serve, "create_http_server", fake_server)
    assert serve.main(4321) == 0
    assert started["port"] == 4321 and started["ran"] and isinstance(started["app"], App)


def test_socket_mode_with_app_token(env: pytest.MonkeyPatch) -> None:
    env.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    env.setenv("SLACK_APP_TOKEN", "xapp-1")
    started: dict[str, Any] = {}

    class Handler:
        def __init__(self, app: App, app_token: str) -> None:
            started.update(app=app, token=app_token)

        def start(self) -> None:
            started["started"] = True

    env.setattr(socket_mode, "SocketModeHandler", Handler)
    assert serve.main(3000) == 0
    assert started["token"] == "xapp-1" and started["started"]
