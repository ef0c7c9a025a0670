"""The local console: the bot without Slack, on the embedded database loaded with the samples."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import TextIO

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.answer import HELP_TEXT, answer_question
from bot.digest import build_digest
from bot.render_text import render_answer, render_digest

# Chosen to show off the samples: a person, a transliteration, a topic, a phrase, a role, an ambiguity
# and a name the index must not confuse with someone else.
SAMPLE_QUESTIONS = (
    "what did Ronan say",
    "what did Schurawel say",
    "latest quotes about grain exports",
    'who said "get the grain ships moving"',
    "what did the presidential spokesman say",
    "what did Reyes say",
    "what did Macron say",
)
PROMPT = "quotebot> "
CONSOLE_HELP = (
    f"{HELP_TEXT}\nConsole commands: more (next page), digest (new quotes preview), help, quit."
)
DIGEST_PREVIEW_SINCE = datetime(1970, 1, 1, tzinfo=UTC)


def load_samples(engine: Engine, out: TextIO) -> None:
    """Load the sample articles on the first run (an empty index) and say what was loaded."""
    from bot.ingest import ensure_samples

    report = ensure_samples(engine)
    if report is not None:
        print(
            f"Loaded {len(report.added)} sample articles ({report.quotes} quotes) into the local index.",
            file=out,
        )


def _ask(engine: Engine, question: str, out: TextIO, *, offset: int = 0) -> None:
    with Session(engine) as session:
        answer = answer_question(session, question, offset=offset)
    print(render_answer(answer), file=out)


def _digest(engine: Engine, out: TextIO) -> None:
    with Session(engine) as session:
        digest = build_digest(session, DIGEST_PREVIEW_SINCE, limit=10)
    print(render_digest(digest), file=out)


def demo(engine: Engine, out: TextIO, questions: tuple[str, ...] = SAMPLE_QUESTIONS) -> None:
    """Answer some questions, then print a digest preview (the console with no terminal)."""
    for question in questions:
        print(f"{PROMPT}{question}", file=out)
        _ask(engine, question, out)
        print(file=out)
    print("Digest preview:", file=out)
    _digest(engine, out)


def interactive(engine: Engine, stdin: TextIO, out: TextIO) -> None:
    """Read questions until ``quit`` or end of input."""
    print('Ask a question as you would in Slack (e.g. "what did Ronan say"); "help" or "quit".', file=out)
    last: str | None = None
    offset = 0
    use_input = stdin is sys.stdin and out is sys.stdout  # input() gives line editing on a terminal
    while True:
        if use_input:
            try:
                line = input(PROMPT) + "\n"
            except EOFError:
                line = ""
        else:
            print(PROMPT, end="", file=out, flush=True)
            line = stdin.readline()
        if not line:
            print(file=out)
            return
        text = line.strip()
        command = text.lower().rstrip("!.?")
        if not text:
            continue
        if command in {"quit", "exit", "q", "bye"}:
            return
        if command in {"help", "?"}:
            print(CONSOLE_HELP, file=out)
        elif command == "digest":
            _digest(engine, out)
        elif command == "more":
            if last is None:
                print("Ask a question first.", file=out)
                continue
            offset += 5
            _ask(engine, last, out, offset=offset)
        else:
            last, offset = text, 0
            _ask(engine, text, out)


def run_console(engine: Engine, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """The console: interactive on a terminal, else a demo of sample questions and a digest."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    load_samples(engine, out)
    if stdin.isatty():
        try:
            interactive(engine, stdin, out)
        except KeyboardInterrupt:
            print(file=out)
        return 0
    demo(engine, out)
    return 0
