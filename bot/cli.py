"""The ``quotebot`` command: extract, ingest, ask, db upgrade, run and serve."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from bot.quote import Quote

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A user's mistake: reported as one line on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


# --- extract ---------------------------------------------------------------------------------------


def _extractor() -> Callable[[str], list[Quote]]:
    from bot.extract import extract_quotes

    return extract_quotes


def format_quote(quote: Quote) -> str:
    """One quote for people: speaker (kind), cue, direct or reported, then the statement."""
    speaker = quote.speaker or "(unknown speaker)"
    kind = f" [{quote.speaker_kind}]" if quote.speaker_kind else ""
    mention = ""
    if quote.speaker_mention and quote.speaker_mention.text != quote.speaker:
        mention = f' as "{quote.speaker_mention.text}"'
    style = "direct" if quote.direct else "reported"
    cue = quote.cue or "-"
    return f"{speaker}{kind}{mention} · {cue} · {style} · {quote.start}-{quote.end}\n    {quote.text}"


def cmd_extract_files(paths: Sequence[str], out: TextIO, err: TextIO) -> int:
    from bot.article import NotAnArticle, read_article

    extract = _extractor()
    status = EXIT_OK
    for name in paths:
        try:
            article = read_article(Path(name))
        except NotAnArticle as exc:
            print(f"quotebot extract: {name}: {_one_line(exc)}", file=err)
            status = EXIT_USAGE
            continue
        quotes = extract(article.text)
        print(f"== {name}: {article.title} ({len(quotes)} quote{'' if len(quotes) == 1 else 's'})", file=out)
        for quote in quotes:
            print(format_quote(quote), file=out)
        print(file=out)
    return status


def extract_jsonl_line(line: str, extract: Callable[[str], list[Quote]]) -> dict:
    """The output object for one input line: quotes, or an error for that id."""
    if not line.strip():
        return {"id": None, "error": "empty line"}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON: {exc.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "error": 'expected an object {"id", "text"}'}
    item_id = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": item_id, "error": 'missing "text" (a string)'}
    try:
        quotes = extract(text)
    except Exception as exc:  # one bad text must not stop the stream
        return {"id": item_id, "error": f"extraction failed: {exc.__class__.__name__}: {_one_line(exc)}"}
    return {"id": item_id, "quotes": [q.to_json() for q in quotes]}


def cmd_extract_jsonl(source: str, out: TextIO, stdin: TextIO) -> int:
    extract = _extractor()
    if source == "-":
        stream: TextIO = stdin
        close = False
    else:
        try:
            stream = open(source, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise UsageError(f"quotebot extract: cannot read {source}: {exc.strerror or exc}") from None
        close = True
    try:
        for line in stream:
            out.write(json.dumps(extract_jsonl_line(line, extract), ensure_ascii=False) + "\n")
            out.flush()
    except UnicodeDecodeError as exc:
        raise UsageError(f"quotebot extract: {source}: not UTF-8 text ({exc.reason})") from None
    finally:
        if close:
            stream.close()
    return EXIT_OK


# --- database commands -----------------------------------------------------------------------------


def _open_database():  # noqa: ANN202 - sqlalchemy Engine, imported lazily
    from store.db import open_database

    return open_database()


def cmd_ingest(paths: Sequence[str], out: TextIO) -> int:
    from bot.ingest import ingest_paths

    engine = _open_database()
    try:
        report = ingest_paths(engine, [Path(p) for p in paths])
    finally:
        engine.dispose()
    print(report.summary(), file=out)
    if not report.added and not report.duplicates:
        raise UsageError("quotebot ingest: nothing readable to ingest")
    return EXIT_OK


def cmd_ask(question: str, *, as_json: bool, limit: int, out: TextIO) -> int:
    from sqlalchemy.orm import Session

    from bot.answer import answer_question
    from bot.render_text import render_answer

    engine = _open_database()
    try:
        with Session(engine) as session:
            answer = answer_question(session, question, limit=limit)
    finally:
        engine.dispose()
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2), file=out)
    else:
        print(render_answer(answer), file=out)
    return EXIT_OK


def cmd_db_upgrade(out: TextIO) -> int:
    from store.db import default_database_url

    engine = _open_database()
    engine.dispose()
    print(f"Database is up to date: {_safe_url(default_database_url())}", file=out)
    return EXIT_OK


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(database)"


def slack_configured(env: dict[str, str] | None = None) -> bool:
    """Slack credentials present: a bot token plus an app token (Socket Mode) or a signing secret."""
    env = dict(os.environ) if env is None else env
    if not env.get("SLACK_BOT_TOKEN", "").strip():
        return False
    return bool(env.get("SLACK_APP_TOKEN", "").strip() or env.get("SLACK_SIGNING_SECRET", "").strip())


def _serve(port: int) -> int:
    from bot.serve import main as serve_main

    return serve_main(port)


def cmd_run(port: int, stdin: TextIO, out: TextIO) -> int:
    if slack_configured():
        return _serve(port)
    from bot.console import run_console

    engine = _open_database()
    try:
        return run_console(engine, stdin, out)
    finally:
        engine.dispose()


# --- parser ----------------------------------------------------------------------------------------


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


def _port(value: str) -> int:
    number = _positive(value)
    if number > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quotebot", description="Who said what in the news: extract, index, ask.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    extract = sub.add_parser("extract", help="print the quotes found in article files")
    extract.add_argument("files", nargs="*", metavar="FILE", help=".txt, .md or .html article files")
    extract.add_argument(
        "--jsonl", metavar="IN", help='read {"id", "text"} lines from IN (a path or - for stdin)'
    )

    ingest = sub.add_parser("ingest", help="store the quotes of article files and folders")
    ingest.add_argument("paths", nargs="+", metavar="PATH")

    ask = sub.add_parser("ask", help="answer a question from the quote index")
    ask.add_argument("question", nargs="+", metavar="QUESTION")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--limit", type=_positive, default=5, metavar="N", help="quotes to show (5)")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_sub.add_parser("upgrade", help="apply the database migrations")

    run = sub.add_parser("run", help="connect to Slack when configured, else open the local console")
    run.add_argument("--port", type=_port, default=3000, help="HTTP port in Slack HTTP mode (3000)")

    serve = sub.add_parser("serve", help="serve the Slack app")
    serve.add_argument("--port", type=_port, default=3000, help="HTTP port (3000)")
    return parser


def _dispatch(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    if args.command == "extract":
        if args.jsonl is not None:
            if args.files:
                raise UsageError("quotebot extract: give FILE arguments or --jsonl IN, not both")
            return cmd_extract_jsonl(args.jsonl, out, stdin)
        if not args.files:
            raise UsageError("quotebot extract: give one or more FILE arguments, or --jsonl IN")
        return cmd_extract_files(args.files, out, err)
    if args.command == "ingest":
        return cmd_ingest(args.paths, out)
    if args.command == "ask":
        question = " ".join(args.question).strip()
        if not question:
            raise UsageError("quotebot ask: the question is empty")
        return cmd_ask(question, as_json=args.json, limit=args.limit, out=out)
    if args.command == "db":
        if args.db_command != "upgrade":
            raise UsageError("quotebot db: expected an action: upgrade")
        return cmd_db_upgrade(out)
    if args.command == "run":
        return cmd_run(args.port, stdin, out)
    if args.command == "serve":
        return _serve(args.port)
    raise UsageError("quotebot: expected a command: extract, ingest, ask, db, run or serve (see --help)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quotebot`` command; returns the exit status."""
    err = sys.stderr
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args, sys.stdin, sys.stdout, err)
    except UsageError as exc:
        print(_one_line(exc), file=err)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError | OSError):
            # The database is unreachable or misconfigured: not a bug to show a traceback for.
            print(f"quotebot: {exc.__class__.__name__}: {_one_line(exc)[:300]}", file=err)
            return EXIT_FAILURE
        raise


if __name__ == "__main__":
    sys.exit(main())
