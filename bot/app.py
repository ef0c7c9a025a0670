"""The Bolt app, built in a factory: nothing here talks to Slack or the database until a request arrives."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from slack_bolt import App, BoltResponse
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.models.blocks import Block
from sqlalchemy import Engine

from bot.answer import Answer, answer_question
from bot.render_slack import render_digest_placeholder
from bot.settings import Settings
from store.db import session_scope

log = logging.getLogger("quotebot.slack")

# Exactly the bot scopes manifest.yml asks for (tests/test_manifest.py keeps the two in step).
BOT_SCOPES: tuple[str, ...] = ("app_mentions:read", "chat:write", "commands", "im:history")

# question, offset, limit -> Answer
Asker = Callable[[str, int, int], Answer]
# team id, user id -> the Home tab's digest subscription blocks (the digest issue provides one)
DigestBlocks = Callable[[str | None, str], Sequence[Block]]
# url -> one sentence for the user (the ingestion issue provides one)
AddUrl = Callable[[str], str]


@dataclass(slots=True)
class Deps:
    """What the handlers need besides the Bolt app: the database and the core entry points."""

    engine: Engine
    ask: Asker
    settings: Settings
    add_url: AddUrl | None = None
    digest_blocks: DigestBlocks = field(default=lambda _team, _user: render_digest_placeholder())


def make_asker(engine: Engine) -> Asker:
    """The core's question answering, one database session per question."""

    def ask(question: str, offset: int = 0, limit: int = 5) -> Answer:
        with session_scope(engine) as session:
            return answer_question(session, question, limit=limit, offset=offset)

    return ask


def build_web_client(settings: Settings, token: str | None) -> WebClient:
    """A WebClient on ``SLACK_API_URL`` that retries after a 429 (Retry-After) and on connection errors."""
    return WebClient(
        token=token,
        base_url=settings.api_url,
        timeout=15,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=3),
        ],
    )


def _oauth_settings(settings: Settings, engine: Engine) -> OAuthSettings:
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    assert settings.client_id is not None and settings.client_secret is not None
    # The authorize page lives next to the Web API (slack.com, slack-gov.com...).
    parts = urlsplit(settings.api_url)
    return OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(BOT_SCOPES),
        authorization_url=f"{parts.scheme}://{parts.netloc}/oauth/v2/authorize",
        installation_store=SQLAlchemyInstallationStore(client_id=settings.client_id, engine=engine),
        state_store=SQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine),
    )


def create_oauth_tables(app: App) -> None:
    """Create slack_sdk's installation and OAuth state tables (multi-workspace mode only)."""
    flow = app.oauth_flow
    if flow is None:
        return
    flow.settings.installation_store.create_tables()  # type: ignore[attr-defined]
    flow.settings.state_store.create_tables()  # type: ignore[attr-defined]


def create_app(
    settings: Settings,
    engine: Engine,
    *,
    ask: Asker | None = None,
    add_url: AddUrl | None = None,
    digest_blocks: DigestBlocks | None = None,
) -> App:
    """The Slack app with every handler registered.

    Acks are sent from the request thread before any work (``process_before_response`` with lazy
    listeners); the work runs on a bounded thread pool, so a busy pool never delays an ack past Slack's
    3 seconds. No network and no database access happens here.
    """
    deps = Deps(engine=engine, ask=ask or make_asker(engine), settings=settings, add_url=add_url)
    if digest_blocks is not None:
        deps.digest_blocks = digest_blocks

    executor = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="quotebot-slack")
    common: dict[str, Any] = {
        "name": "quotebot",
        "signing_secret": settings.signing_secret or "",
        "process_before_response": True,
        "listener_executor": executor,
        "logger": log,
        "user_facing_authorize_error_message": "Quotebot is not installed in this workspace.",
    }
    if settings.oauth:
        app = App(
            client=build_web_client(settings, token=None),
            oauth_settings=_oauth_settings(settings, engine),
            **common,
        )
    else:
        app = App(
            client=build_web_client(settings, settings.bot_token),
            token_verification_enabled=False,
            **common,
        )

    from handlers import actions, commands, events, home

    commands.register(app, deps)
    events.register(app, deps)
    actions.register(app, deps)
    home.register(app, deps)

    @app.error
    def on_error(error: Exception, body: dict, logger: logging.Logger) -> BoltResponse:
        # Details to the log; Slack gets an empty 200 (no retry) and the user at most one short sentence.
        logger.error("Slack request failed: %s", error, exc_info=error)
        response_url = body.get("response_url") if isinstance(body, dict) else None
        if response_url:
            from handlers.reply import GENERIC_ERROR, notify_via_response_url

            notify_via_response_url(response_url, GENERIC_ERROR)
        return BoltResponse(status=200, body="")

    return app
