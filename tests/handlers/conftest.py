"""The real app in HTTP mode (waitress on a free loopback port) wired to a fake Slack Web API."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from slack_bolt import App
from sqlalchemy import Engine

from bot.app import Asker, create_app
from bot.serve import create_http_server
from bot.settings import Settings
from tests.handlers.data import load_index
from tests.handlers.fake_slack import FakeSlack, sign

SECRET = "test-signing-secret"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass
class RunningApp:
    app: App
    url: str
    client: httpx.Client

    def post(
        self,
        body: str,
        content_type: str = FORM,
        *,
        secret: str = SECRET,
        timestamp: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        sent = {"Content-Type": content_type, **sign(secret, body, timestamp), **(headers or {})}
        return self.client.post(f"{self.url}/slack/events", content=body.encode(), headers=sent)

    def settle(self, timeout: float = 15.0) -> None:
        """Wait until the work queued so far has run (the test apps use one worker thread, FIFO)."""
        self.app.listener_runner.listener_executor.submit(lambda: None).result(timeout=timeout)


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def index(sqlite_engine: Engine) -> Engine:
    load_index(sqlite_engine)
    return sqlite_engine


@pytest.fixture
def start_app(
    index: Engine, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., RunningApp]]:
    # Bolt reads these itself; none of them may leak in from the developer's shell.
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
        "SLACK_API_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    stops: list[Callable[[], None]] = []

    def start(ask: Asker | None = None, settings: Settings | None = None, **options: Any) -> RunningApp:
        settings = settings or Settings(
            bot_token="xoxb-test", signing_secret=SECRET, api_url=fake_slack.api_url, workers=1
        )
        app = create_app(settings, index, ask=ask, **options)
        server = create_http_server(app, host="127.0.0.1", port=0, threads=8, asyncore_loop_timeout=0.05)

        def serve() -> None:
            # close() from the test thread can pull the socket out from under the select() loop.
            with contextlib.suppress(OSError, ValueError):
                server.run()

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        client = httpx.Client(timeout=10.0)

        def stop() -> None:
            client.close()
            server.close()
            thread.join(timeout=5)
            app.listener_runner.listener_executor.shutdown(wait=True, cancel_futures=True)

        stops.append(stop)
        return RunningApp(app=app, url=f"http://127.0.0.1:{server.effective_port}", client=client)

    yield start
    for stop in stops:
        stop()


@pytest.fixture
def slack_app(start_app: Callable[..., RunningApp]) -> RunningApp:
    return start_app()
