"""The quotebot command: in-process through main([...]) and once through the installed script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.quote import Mention, Quote

SCRIPT = Path(sys.executable).with_name("quotebot")
SLACK_VARS = (
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
)

ARTICLE = """Title: Port talks stall
Outlet: Test Wire
URL: https://example.com/port-talks
Published: 2026-11-20T10:00:00+00:00

Port talks stall

“The port stays closed until the insurers come back,” harbour master Ada Lindqvist said on Friday.

Lindqvist added that the talks would resume on Monday.
"""


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary database, HOME and XDG_DATA_HOME, and no Slack credentials, for every test."""
    monkeypatch.setenv("QUOTEBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def fake_extract(text: str) -> list[Quote]:
    """A stand-in extractor: every line starting with ``Q:`` is a quote by Ada Lindqvist."""
    if "BOOM" in text:
        raise RuntimeError("extractor exploded")
    quotes = []
    for line in text.splitlines():
        if line.startswith("Q:"):
            start = text.index(line) + 2
            quotes.append(
                Quote(
                    text=line[2:],
                    start=start,
                    end=start + len(line) - 2,
                    spans=((start, start + len(line) - 2),),
                    speaker="Ada Lindqvist",
                    speaker_kind="person",
                    speaker_mention=Mention("Lindqvist", 0, 9),
                    cue="said",
                    direct=True,
                )
            )
    return quotes


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_jsonl_shape_order_and_error_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_extractor", lambda: fake_extract)
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Q: hello there"}),
                "{not json",
                json.dumps({"id": 7, "text": "nothing quoted"}),
                json.dumps({"id": "b"}),
                json.dumps({"id": "c", "text": "BOOM"}),
                json.dumps(["not", "an", "object"]),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run_main(capsys, "extract", "--jsonl", str(source))
    assert code == 0 and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, 7, "b", "c", None]
    assert set(lines[0]) == {"id", "quotes"}
    (quote,) = lines[0]["quotes"]
    assert set(quote) == {
        "text", "start", "end", "spans", "speaker", "speaker_kind", "speaker_mention", "cue", "direct"
    }
    assert quote["speaker"] == "Ada Lindqvist"
    assert "error" in lines[1] and "quotes" not in lines[1]
    assert lines[2] == {"id": 7, "quotes": []}
    assert "error" in lines[3] and "error" in lines[4] and "error" in lines[5]


def test_extract_jsonl_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(cli, "_extractor", lambda: fake_extract)
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": 1, "text": "Q: hi"}\n\n{"id": 2, "text": ""}\n'))
    code, out, _ = run_main(capsys, "extract", "--jsonl", "-")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    # One output line per input line, the blank one included, so ids line up with the input.
    assert [line["id"] for line in lines] == [1, None, 2]
    assert lines[1] == {"id": None, "error": "empty line"}


def test_extract_files_prints_quotes_readably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_extractor", lambda: fake_extract)
    article = tmp_path / "a.txt"
    article.write_text("Title: T\n\nQ: the port stays closed\n", encoding="utf-8")
    code, out, err = run_main(capsys, "extract", str(article))
    assert code == 0 and err == ""
    assert "Ada Lindqvist" in out and "direct" in out and "said" in out and "the port stays closed" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["extract", "--jsonl", "/no/such/file.jsonl"],
        ["extract", "/no/such/article.txt"],
        ["ask"],
        ["ask", "what did Rubio say", "--limit", "zero"],
        ["ask", "what did Rubio say", "--limit", "0"],
        ["frobnicate"],
        [],
        ["db"],
        ["serve", "--port", "99999"],
        ["ingest"],
    ],
)
def test_bad_usage_exits_2_with_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.setattr(cli, "_extractor", lambda: fake_extract)
    code, _, err = run_main(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_ingest_reports_and_skips_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 50)
    code, out, _ = run_main(capsys, "ingest", str(good), str(bad))
    assert code == 0
    assert "good.txt" in out and "bad.txt" in out and "skipped" in out
    code, _, err = run_main(capsys, "ingest", str(bad))
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_ask_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "port.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run_main(capsys, "ingest", str(article))[0] == 0
    code, out, err = run_main(capsys, "ask", "what did Lindqvist say", "--json", "--limit", "1")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"question", "speakers", "suggestions", "quotes"}
    assert data["question"] == "what did Lindqvist say"
    assert data["speakers"] == ["Ada Lindqvist"]
    assert len(data["quotes"]) == 1
    quote = data["quotes"][0]
    assert set(quote) == {"text", "speaker", "direct", "cue", "start", "end", "article"}
    assert quote["article"]["outlet"] == "Test Wire"
    assert quote["article"]["url"] == "https://example.com/port-talks"
    # Nothing found is still a success.
    code, out, _ = run_main(capsys, "ask", "what", "did", "Macron", "say", "--json")
    assert code == 0 and json.loads(out)["quotes"] == []
    code, out, _ = run_main(capsys, "ask", "what did Lindqvist say")
    assert code == 0 and "Ada Lindqvist" in out


def test_db_upgrade(capsys: pytest.CaptureFixture[str], isolated: Path) -> None:
    code, out, _ = run_main(capsys, "db", "upgrade")
    assert code == 0 and "up to date" in out
    assert (isolated / "cli.db").exists()


def test_run_without_a_terminal_answers_sample_questions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, _ = run_main(capsys, "run")
    assert code == 0
    assert "Loaded" in out and "sample articles" in out
    assert "what did Ronan say" in out and "Marc Ronan" in out
    assert "Digest preview:" in out
    # The second run finds the samples already loaded.
    code, out, _ = run_main(capsys, "run")
    assert code == 0 and "Loaded" not in out


def test_run_with_slack_credentials_serves(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[int] = []
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    monkeypatch.setattr(cli, "_serve", lambda port: called.append(port) or 0)
    assert run_main(capsys, "run", "--port", "3111")[0] == 0
    assert called == [3111]
    assert cli.slack_configured({"SLACK_BOT_TOKEN": "x"}) is False
    assert cli.slack_configured({"SLACK_BOT_TOKEN": "x", "SLACK_APP_TOKEN": "xapp-1"}) is True


def test_installed_script(tmp_path: Path) -> None:
    assert SCRIPT.exists(), "the package is not installed in this environment"
    env = {
        **{k: v for k, v in os.environ.items() if k not in SLACK_VARS},
        "QUOTEBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'script.db'}",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    lines = '{"id": "x", "text": "“We will not back down,” Ada Lindqvist said."}\n{broken\n'
    done = subprocess.run(
        [str(SCRIPT), "extract", "--jsonl", "-"],
        input=lines, capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["id"] == "x" and isinstance(first["quotes"], list)
    assert "error" in second

    bad = subprocess.run(
        [str(SCRIPT), "ask"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1

    demo = subprocess.run(
        [str(SCRIPT), "run"], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
        timeout=300, check=False,
    )
    assert demo.returncode == 0, demo.stderr
    assert "quotebot> what did Ronan say" in demo.stdout


def test_console_on_a_terminal_answers_until_quit(isolated: Path) -> None:
    import io

    from bot.console import run_console
    from store.db import open_database

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    engine = open_database()
    try:
        out = io.StringIO()
        stdin = Terminal("help\nwhat did Ronan say\nmore\ndigest\n\nquit\nwhat did Ronan say\n")
        assert run_console(engine, stdin, out) == 0
    finally:
        engine.dispose()
    text = out.getvalue()
    assert "Console commands" in text
    assert text.count("Marc Ronan") >= 2
    assert "Digest:" in text
    assert text.rstrip().endswith("quotebot>")  # stopped at quit, the last question unanswered
