"""``quotebot serve``: Socket Mode when SLACK_APP_TOKEN is set, else HTTP through waitress."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server

from bot.app import create_app, create_oauth_tables
from bot.settings import Settings

log = logging.getLogger("quotebot.slack")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict, StartResponse], Iterable[bytes]]


def build_wsgi_app(app: App) -> WSGIApp:
    """Bolt at /slack/events (and the OAuth pages when enabled), plus GET /healthz."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def wsgi(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "2")])
            return [b"ok"]
        return bolt(environ, start_response)

    return wsgi


def create_http_server(
    app: App, host: str = "0.0.0.0", port: int = 3000, threads: int = 16, **options: Any
) -> Any:
    """A waitress server for the app (``.run()`` serves, ``.close()`` stops, ``.effective_port``).

    ``options`` are further waitress adjustments.
    """
    return create_server(
        build_wsgi_app(app), host=host, port=port, threads=threads, ident="quotebot", **options
    )


def main(port: int = 3000) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    problems = settings.problems()
    if problems:
        print(f"quotebot serve: {'; '.join(problems)}", file=sys.stderr)
        return 2

    from handlers.events import prune_events
    from store.db import open_database

    engine = open_database(settings.database_url)
    prune_events(engine)
    app = create_app(settings, engine)
    create_oauth_tables(app)
    try:
        if settings.socket_mode:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            log.info("connecting to Slack in Socket Mode")
            SocketModeHandler(app, app_token=settings.app_token).start()
        else:
            host = os.environ.get("QUOTEBOT_HOST", "0.0.0.0")
            server = create_http_server(app, host=host, port=port)
            log.info("serving Slack requests on http://%s:%s%s", host, server.effective_port, EVENTS_PATH)
            server.run()
    except KeyboardInterrupt:
        pass
    finally:
        engine.dispose()
    return 0
