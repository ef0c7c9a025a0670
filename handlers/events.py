"""Mentions (answered in a thread) and direct messages, each Slack event answered once."""

from __future__ import annotations

import logging
from datetime import timedelta

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from sqlalchemy import Engine, delete, insert
from sqlalchemy.exc import IntegrityError

from bot.app import Deps
from bot.render_slack import SlackMessage, render_answer, render_help, render_notice
from handlers.reply import post_message, question_from_message, reported
from store.db import session_scope
from store.models import SlackEvent, utcnow

log = logging.getLogger("quotebot.slack")

# Message subtypes that are still a person writing; everything else (edits, joins, bots...) is ignored.
_HUMAN_SUBTYPES = {None, "thread_broadcast", "file_share"}


def claim_event(engine: Engine, event_id: str | None) -> bool:
    """True the first time ``event_id`` is seen by any process sharing the database, False for a retry.

    The insert is the lock: the primary key lets exactly one process record the id.
    """
    if not event_id:
        return True
    dialect = engine.dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        statement = (
            dialect_insert(SlackEvent)
            .values(event_id=event_id, received_at=utcnow())
            .on_conflict_do_nothing(index_elements=["event_id"])
        )
        with session_scope(engine) as session:
            return session.execute(statement).rowcount == 1
    try:
        with session_scope(engine) as session:
            session.execute(insert(SlackEvent).values(event_id=event_id, received_at=utcnow()))
        return True
    except IntegrityError:
        return False


def prune_events(engine: Engine, older_than_seconds: int = 24 * 3600) -> int:
    """Forget event ids older than Slack's retry window (it retries for minutes, not days)."""
    cutoff = utcnow() - timedelta(seconds=older_than_seconds)
    with session_scope(engine) as session:
        return session.execute(delete(SlackEvent).where(SlackEvent.received_at < cutoff)).rowcount


def is_from_a_bot(event: dict, bot_user_id: str | None) -> bool:
    """Messages by this bot or any other bot, and non-messages such as edits and joins."""
    if event.get("bot_id") or event.get("bot_profile"):
        return True
    if event.get("subtype") not in _HUMAN_SUBTYPES:
        return True
    user = event.get("user")
    return not user or (bot_user_id is not None and user == bot_user_id)


def _reply_for(deps: Deps, question: str) -> SlackMessage:
    if not question or question.lower() in ("help", "?"):
        return render_help()
    return render_answer(deps.ask(question, 0, 5))


def register(app: App, deps: Deps) -> None:
    def ack_event(ack: Ack) -> None:
        ack()

    def answer_mention(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
        channel = event.get("channel", "")
        # In a DM the same message also arrives as message.im, which answers it.
        if is_from_a_bot(event, context.bot_user_id) or channel.startswith("D"):
            return
        if not claim_event(deps.engine, body.get("event_id")):
            log.info("ignoring a retried event %s", body.get("event_id"))
            return
        thread_ts = event.get("thread_ts") or event.get("ts")

        def tell(text: str) -> None:
            post_message(client, channel, render_notice(text), thread_ts=thread_ts)

        with reported("answer a mention", tell):
            question = question_from_message(event.get("text"), context.bot_user_id)
            post_message(client, channel, _reply_for(deps, question), thread_ts=thread_ts)

    def answer_direct_message(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
        if event.get("channel_type") != "im" or is_from_a_bot(event, context.bot_user_id):
            return
        if not claim_event(deps.engine, body.get("event_id")):
            log.info("ignoring a retried event %s", body.get("event_id"))
            return
        channel = event["channel"]
        thread_ts = event.get("thread_ts")

        def tell(text: str) -> None:
            post_message(client, channel, render_notice(text), thread_ts=thread_ts)

        with reported("answer a direct message", tell):
            question = question_from_message(event.get("text"), context.bot_user_id)
            post_message(client, channel, _reply_for(deps, question), thread_ts=thread_ts)

    app.event("app_mention")(ack=ack_event, lazy=[answer_mention])
    app.event("message")(ack=ack_event, lazy=[answer_direct_message])
