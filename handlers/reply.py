"""Delivering a rendered message back to Slack, and keeping failures to one short sentence."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.render_slack import SlackMessage, render_notice

log = logging.getLogger("quotebot.slack")

GENERIC_ERROR = "Sorry, something went wrong while answering. Please try again in a moment."
MAX_QUESTION = 500

_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto):[^>|]+)(?:\|([^>]*))?>")


def question_from_message(text: str | None, bot_user_id: str | None = None) -> str:
    """The question in a Slack message: without the bot's mention, links as their URL, entities decoded."""
    text = text or ""
    if bot_user_id:
        text = _MENTION.sub(lambda m: "" if m.group(1) == bot_user_id else m.group(0), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = html.unescape(text)
    return " ".join(text.split())[:MAX_QUESTION]


def _webhook(url: str) -> WebhookClient:
    return WebhookClient(
        url=url,
        timeout=15,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=2), RateLimitErrorRetryHandler()],
    )


def send_to_response_url(url: str, message: SlackMessage, **options: Any) -> bool:
    """Post ``message`` to an interaction's response_url (``response_type``, ``replace_original``...)."""
    response = _webhook(url).send(text=message.text, blocks=message.blocks, **options)
    if response.status_code != 200:
        log.warning("response_url answered %s: %s", response.status_code, response.body[:200])
        return False
    return True


def notify_via_response_url(url: str, text: str) -> None:
    """Tell the user one sentence through a response_url; never raises."""
    try:
        send_to_response_url(url, render_notice(text), response_type="ephemeral", replace_original=False)
    except Exception:
        log.exception("could not deliver a notice to the response_url")


def post_message(
    client: WebClient, channel: str, message: SlackMessage, thread_ts: str | None = None
) -> None:
    client.chat_postMessage(
        channel=channel,
        thread_ts=thread_ts,
        text=message.text,
        blocks=message.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def post_ephemeral(
    client: WebClient,
    body: dict,
    message: SlackMessage,
    *,
    replace_original: bool = False,
) -> None:
    """An ephemeral reply: through the response_url when there is one, else chat.postEphemeral."""
    url = body.get("response_url")
    if url:
        try:
            if send_to_response_url(
                url, message, response_type="ephemeral", replace_original=replace_original
            ):
                return
        except Exception:
            log.exception("response_url failed; falling back to chat.postEphemeral")
    channel = body.get("channel_id") or (body.get("channel") or {}).get("id")
    user = body.get("user_id") or (body.get("user") or {}).get("id")
    client.chat_postEphemeral(
        channel=channel,
        user=user,
        text=message.text,
        blocks=message.blocks,
    )


@contextmanager
def reported(what: str, tell_user: Callable[[str], None]) -> Iterator[None]:
    """Run a piece of handler work: on failure log the details and tell the user one short sentence."""
    try:
        yield
    except Exception:
        log.exception("failed to %s", what)
        try:
            tell_user(GENERIC_ERROR)
        except Exception:
            log.exception("could not tell the user about the failure to %s", what)
