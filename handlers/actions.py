"""Buttons on answers: Share in channel, More (the next page), and choosing between speakers."""

from __future__ import annotations

import re
from collections.abc import Callable

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.models.blocks import ContextBlock, MarkdownTextObject

from bot.app import Deps
from bot.render_slack import (
    ACTION_CHOOSE,
    ACTION_CHOOSE_SELECT,
    ACTION_MORE,
    ACTION_SHARE,
    MAX_BLOCKS,
    MAX_OPTION_VALUE,
    PageRef,
    SlackMessage,
    render_answer,
    render_notice,
)
from handlers.reply import post_ephemeral, post_message, reported, send_to_response_url

STALE = "That button has expired; please ask again."
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")


def _action(body: dict) -> dict:
    actions = body.get("actions") or [{}]
    return actions[0]


def _is_ephemeral(body: dict) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def _channel(body: dict) -> str | None:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def _thread_of(body: dict) -> str | None:
    message = body.get("message") or {}
    return message.get("thread_ts") or message.get("ts") or (body.get("container") or {}).get("message_ts")


def _shared_by(message: SlackMessage, user_id: str | None) -> SlackMessage:
    if not user_id or not _USER_ID.match(user_id):
        return message
    note = ContextBlock(elements=[MarkdownTextObject(text=f"Shared by <@{user_id}>")])
    return SlackMessage(text=message.text, blocks=[*message.blocks[: MAX_BLOCKS - 1], note])


def register(app: App, deps: Deps) -> None:
    def ack_action(ack: Ack) -> None:
        ack()

    def _tell(client: WebClient, body: dict) -> Callable[[str], None]:
        def tell(text: str) -> None:
            post_ephemeral(client, body, render_notice(text))

        return tell

    def share_answer(body: dict, client: WebClient) -> None:
        with reported("share an answer", _tell(client, body)):
            page = PageRef.decode(_action(body).get("value"))
            if page is None:
                post_ephemeral(client, body, render_notice(STALE))
                return
            answer = deps.ask(page.question, page.offset, page.limit)
            message = _shared_by(render_answer(answer), (body.get("user") or {}).get("id"))
            url = body.get("response_url")
            if url and send_to_response_url(url, message, response_type="in_channel", replace_original=False):
                send_to_response_url(url, render_notice("Shared."), delete_original=True)
                return
            channel = _channel(body)
            if channel:
                post_message(client, channel, message)

    def more_quotes(body: dict, client: WebClient) -> None:
        with reported("page an answer", _tell(client, body)):
            page = PageRef.decode(_action(body).get("value"))
            if page is None:
                post_ephemeral(client, body, render_notice(STALE))
                return
            answer = deps.ask(page.question, page.offset, page.limit)
            if _is_ephemeral(body):
                post_ephemeral(client, body, render_answer(answer, share_button=True), replace_original=True)
                return
            channel = _channel(body)
            if channel:
                post_message(client, channel, render_answer(answer), thread_ts=_thread_of(body))

    def choose_speaker(body: dict, client: WebClient) -> None:
        with reported("answer for the chosen speaker", _tell(client, body)):
            action = _action(body)
            question = action.get("value") or (action.get("selected_option") or {}).get("value")
            if not isinstance(question, str) or not question.strip() or len(question) > MAX_OPTION_VALUE:
                post_ephemeral(client, body, render_notice(STALE))
                return
            answer = deps.ask(question, 0, 5)
            ephemeral = _is_ephemeral(body)
            message = render_answer(answer, share_button=ephemeral)
            url = body.get("response_url")
            options = {"response_type": "ephemeral"} if ephemeral else {}
            # The answer takes the place of the question "which one did you mean?".
            if url and send_to_response_url(url, message, replace_original=True, **options):
                return
            channel = _channel(body)
            if ephemeral:
                post_ephemeral(client, body, message)
            elif channel:
                post_message(client, channel, message, thread_ts=_thread_of(body))

    app.action(ACTION_SHARE)(ack=ack_action, lazy=[share_answer])
    app.action(ACTION_MORE)(ack=ack_action, lazy=[more_quotes])
    app.action(re.compile(rf"^{ACTION_CHOOSE}_\d+$"))(ack=ack_action, lazy=[choose_speaker])
    app.action(ACTION_CHOOSE_SELECT)(ack=ack_action, lazy=[choose_speaker])
