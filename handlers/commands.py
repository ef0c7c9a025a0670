"""``/quotes``: a question (answered ephemerally with a Share button), ``help``, and ``add <url>``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.app import Deps
from bot.render_slack import render_answer, render_help, render_notice, safe_url
from handlers.reply import post_ephemeral, question_from_message, reported

COMMAND = "/quotes"
ADD_COMING = "Adding articles by URL is coming soon; for now ask about the articles already in the index."
ADD_USAGE = "Usage: /quotes add https://example.com/article"


@dataclass(frozen=True, slots=True)
class Command:
    kind: Literal["help", "add", "ask"]
    argument: str = ""


def parse_command(text: str | None) -> Command:
    text = question_from_message(text)
    word, _, rest = text.partition(" ")
    if not text or word.lower() in ("help", "-h", "--help", "?"):
        return Command("help")
    if word.lower() == "add":
        return Command("add", rest.strip().strip("<>").split("|")[0])
    return Command("ask", text)


def register(app: App, deps: Deps) -> None:
    def ack_quotes(ack: Ack, body: dict) -> None:
        command = parse_command(body.get("text"))
        if command.kind == "help":
            message = render_help()
            ack(text=message.text, blocks=message.blocks, response_type="ephemeral")
        elif command.kind == "add" and safe_url(command.argument) is None:
            ack(text=ADD_USAGE, response_type="ephemeral")
        elif command.kind == "add" and deps.add_url is None:
            ack(text=ADD_COMING, response_type="ephemeral")
        else:
            ack()

    def answer_quotes(body: dict, client: WebClient) -> None:
        command = parse_command(body.get("text"))
        if command.kind == "help" or (command.kind == "add" and deps.add_url is None):
            return

        def tell(text: str) -> None:
            post_ephemeral(client, body, render_notice(text))

        with reported(f"answer {COMMAND}", tell):
            if command.kind == "add":
                if deps.add_url is not None and safe_url(command.argument) is not None:
                    tell(deps.add_url(command.argument))
                return
            answer = deps.ask(command.argument, 0, 5)
            post_ephemeral(client, body, render_answer(answer, share_button=True))

    app.command(COMMAND)(ack=ack_quotes, lazy=[answer_quotes])
