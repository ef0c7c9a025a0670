"""App Home: index statistics, the latest quotes, and the digest subscriptions section."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from sqlalchemy import Engine, func, select

from bot.answer import AnswerQuote
from bot.app import Deps
from bot.render_slack import IndexStats, render_home
from store.db import session_scope
from store.models import Article, Quote, Speaker

log = logging.getLogger("quotebot.slack")
LATEST = 5


def index_stats(engine: Engine) -> IndexStats:
    with session_scope(engine) as session:
        return IndexStats(
            articles=session.scalar(select(func.count()).select_from(Article)) or 0,
            speakers=session.scalar(select(func.count()).select_from(Speaker)) or 0,
            quotes=session.scalar(select(func.count()).select_from(Quote)) or 0,
        )


def latest_quotes(deps: Deps) -> tuple[AnswerQuote, ...]:
    try:
        return deps.ask("latest quotes", 0, LATEST).quotes
    except Exception:
        log.exception("could not load the latest quotes for App Home")
        return ()


def register(app: App, deps: Deps) -> None:
    def ack_home(ack: Ack) -> None:
        ack()

    def publish_home(event: dict, context: BoltContext, client: WebClient) -> None:
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        try:
            # The digest subscriptions section comes from deps.digest_blocks (the digest feature's hook).
            view = render_home(
                index_stats(deps.engine),
                latest_quotes(deps),
                deps.digest_blocks(context.team_id, event["user"]),
            )
            client.views_publish(user_id=event["user"], view=view)
        except Exception:
            log.exception("could not publish App Home for %s", event.get("user"))

    app.event("app_home_opened")(ack=ack_home, lazy=[publish_home])
