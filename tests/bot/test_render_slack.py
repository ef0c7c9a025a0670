"""Answers as Slack blocks: Slack's limits, mrkdwn escaping of hostile text, fallback text, choices."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.answer import Answer, AnswerQuote, ArticleRef, SpeakerRef
from bot.app import make_asker
from bot.render_slack import (
    ACTION_CHOOSE,
    ACTION_CHOOSE_SELECT,
    ACTION_MORE,
    ACTION_SHARE,
    HOME_DIGEST_BLOCK_ID,
    MAX_BLOCKS,
    IndexStats,
    PageRef,
    escape,
    fit,
    render_answer,
    render_digest_placeholder,
    render_help,
    render_home,
    safe_url,
)
from bot.render_text import render_quote
from tests.handlers.data import HOSTILE, load_index

RUBIO = SpeakerRef(id=1, name="Marco Rubio", kind="person", roles=("Secretary of State",))
GOOD_URL = "https://news.example/a?x=1&y=2"


def quote(
    text: str = "We will not accept that.",
    *,
    url: str | None = GOOD_URL,
    title: str = "Talks",
    outlet: str | None = "Wire",
    speaker: str | None = "Marco Rubio",
    direct: bool = True,
) -> AnswerQuote:
    return AnswerQuote(
        id=1,
        text=text,
        speaker=speaker,
        speaker_role="Secretary of State",
        direct=direct,
        cue="said",
        start=0,
        end=len(text),
        article=ArticleRef(title=title, url=url, outlet=outlet, published=datetime(2026, 11, 20, tzinfo=UTC)),
    )


def texts(node: object, kind: str | None = None) -> list[str]:
    """Every text object's text in a block tree (only ``mrkdwn`` ones when kind='mrkdwn')."""
    found: list[str] = []
    if isinstance(node, dict):
        is_text = node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str)
        if is_text and (kind is None or node["type"] == kind):
            found.append(node["text"])
        for value in node.values():
            found.extend(texts(value, kind))
    elif isinstance(node, list):
        for value in node:
            found.extend(texts(value, kind))
    return found


CONTROL = re.compile(r"<[^>]*>")


def assert_no_forged_markup(mrkdwn: str, allowed_urls: set[str]) -> None:
    """The only <...> sequences are links the renderer built from validated URLs."""
    for match in CONTROL.finditer(mrkdwn):
        target = match.group(0)[1:-1].split("|", 1)[0]
        assert target in allowed_urls, f"unexpected Slack markup {match.group(0)!r} in {mrkdwn!r}"


def test_escape_and_fit_never_split_entities() -> None:
    assert escape("a & <b> c") == "a &amp; &lt;b&gt; c"
    cut = fit("&" * 100, 23)
    assert len(cut) <= 23 and cut.endswith("…")
    assert re.fullmatch(r"(&amp;)*…", cut)
    assert fit("short", 100) == "short"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://news.example/a", True),
        ("http://news.example/a?b=1", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("https://", False),
        ("https://x.example/a b", False),
        ("https://x.example/a\n", False),
        ("//x.example/a", False),
        (None, False),
    ],
)
def test_safe_url_accepts_only_http(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_safe_url_escapes_link_syntax() -> None:
    checked = safe_url("https://x.example/a?b=<1>&c=d|e")
    assert checked == "https://x.example/a?b=&lt;1&gt;&amp;c=d%7Ce"


def test_hostile_text_cannot_ping_or_forge_links() -> None:
    hostile = quote(
        HOSTILE,
        url="https://news.example/ok?a=1&b=2",
        title="<https://evil.example|Official> <!everyone>",
        outlet="<!subteam^S123> Wire",
        speaker="<@U0BOSS>",
    )
    reported = quote(HOSTILE, url="javascript:alert(1)", direct=False)
    answer = Answer(question="<!channel> what did <@U1> say", quotes=(hostile, reported), message="<!here>")
    message = render_answer(answer, share_button=True)
    blocks = message.blocks_json()
    allowed = {safe_url("https://news.example/ok?a=1&b=2") or ""}
    for text in [*texts(blocks, "mrkdwn"), message.text]:
        assert "<!" not in text and "<@" not in text
        assert_no_forged_markup(text, allowed)
    joined = json.dumps(blocks)
    assert "<https://evil.example" not in joined
    assert "javascript:" not in joined
    assert "&lt;!channel&gt;" in joined
    for block in blocks:
        for obj in texts(block, "mrkdwn"):
            assert obj  # every mrkdwn object is verbatim (no auto-linking of names inside quotes)
        if block["type"] in ("section",) and block.get("text", {}).get("type") == "mrkdwn":
            assert block["text"]["verbatim"] is True


def test_many_long_quotes_stay_within_slack_limits() -> None:
    long_text = ("A very long statement & <more> " * 400)[:9000]
    quotes = tuple(quote(long_text, title="T" * 3000, outlet="O" * 500) for _ in range(80))
    answer = Answer(question="q" * 5000, speakers=(RUBIO,), quotes=quotes, has_more=True, topic="x" * 400)
    message = render_answer(answer, share_button=True)
    blocks = message.blocks_json()  # slack_sdk validates each block's own limits here
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "context":
            assert all(len(e["text"]) <= 3000 for e in block["elements"])
        if block["type"] == "actions":
            assert all(len(e.get("value", "")) <= 2000 for e in block["elements"])
    assert blocks[-1]["type"] == "actions"  # More and Share survive the truncation
    assert any("more not shown" in t for t in texts(blocks))
    assert 0 < len(message.text) <= 3000


def test_fallback_text_always_present() -> None:
    cases = [
        Answer(question="what did Rubio say", speakers=(RUBIO,), quotes=(quote(),)),
        Answer(question="what did Nobody say", message="No one called Nobody is in the index."),
        Answer(question="", quotes=()),
        Answer(question="what did Johnson say", speakers=(RUBIO, RUBIO), ambiguous=True),
    ]
    for answer in cases:
        message = render_answer(answer)
        assert message.text.strip()
        assert message.blocks_json()
    assert render_help().text.strip()


def test_answer_layout_speaker_quote_context_buttons() -> None:
    answer = Answer(
        question="what did Rubio say", speakers=(RUBIO,), quotes=(quote(),), has_more=True, offset=5, limit=5
    )
    blocks = render_answer(answer, share_button=True).blocks_json()
    assert blocks[0]["type"] == "header" and "Marco Rubio" in blocks[0]["text"]["text"]
    assert "Secretary of State" in blocks[1]["text"]["text"]
    context = next(b for b in blocks if b["type"] == "context")["elements"][0]["text"]
    assert "Wire" in context and "20 Nov 2026" in context
    assert f"<{safe_url(GOOD_URL)}|Talks>" in context
    actions = blocks[-1]["elements"]
    by_id = {a["action_id"]: a for a in actions}
    assert PageRef.decode(by_id[ACTION_MORE]["value"]) == PageRef("what did Rubio say", 6, 5)
    assert PageRef.decode(by_id[ACTION_SHARE]["value"]) == PageRef("what did Rubio say", 5, 5)


def test_no_share_or_more_unless_asked() -> None:
    answer = Answer(question="q", speakers=(RUBIO,), quotes=(quote(),), has_more=False)
    assert not [b for b in render_answer(answer).blocks_json() if b["type"] == "actions"]


def test_ambiguity_offers_buttons_that_ask_again() -> None:
    mike = SpeakerRef(id=2, name="Mike Johnson", kind="person", roles=("Speaker of the House",))
    ron = SpeakerRef(id=3, name="Ron Johnson", kind="person", roles=("Senator",))
    answer = Answer(
        question="what did Johnson say about the budget",
        speakers=(mike, ron),
        ambiguous=True,
        topic="the budget",
        message="Which Johnson do you mean: Mike Johnson or Ron Johnson?",
    )
    message = render_answer(answer)
    blocks = message.blocks_json()
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    buttons = actions["elements"]
    labels = [b["text"]["text"] for b in buttons]
    assert labels == ["Mike Johnson (Speaker of the House)", "Ron Johnson (Senator)"]
    assert all(b["action_id"].startswith(ACTION_CHOOSE + "_") for b in buttons)
    assert buttons[0]["value"] == "what did Mike Johnson say about the budget"
    assert "Mike Johnson" in message.text and "Ron Johnson" in message.text


def test_many_candidates_become_a_select_menu() -> None:
    people = tuple(SpeakerRef(id=i, name=f"Person {i} Smith", kind="person") for i in range(12))
    answer = Answer(question="what did Smith say", speakers=people, ambiguous=True)
    blocks = render_answer(answer).blocks_json()
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    (select,) = actions["elements"]
    assert select["type"] == "static_select" and select["action_id"] == ACTION_CHOOSE_SELECT
    assert len(select["options"]) == 12
    assert all(len(o["value"]) <= 150 for o in select["options"])


def test_suggestions_are_offered_as_choices() -> None:
    answer = Answer(
        question="what did Rubbio say",
        suggestions=("Marco Rubio",),
        message="No one called Rubbio is in the index. Did you mean Marco Rubio?",
    )
    blocks = render_answer(answer).blocks_json()
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    assert actions["elements"][0]["value"] == "what did Marco Rubio say"


def test_page_ref_decode_rejects_garbage() -> None:
    for value in (
        None,
        "",
        "nope",
        "[]",
        '{"q": 1, "o": 0, "l": 5}',
        '{"q": "x", "o": -1, "l": 5}',
        '{"q": "x", "o": 0, "l": 500}',
        '{"q": " ", "o": 0, "l": 5}',
    ):
        assert PageRef.decode(value) is None
    ref = PageRef("x" * 5000, 10, 5)
    assert len(ref.encode()) <= 2000


def test_home_view_has_stats_latest_and_digest_spot() -> None:
    view = render_home(IndexStats(3, 4, 10), [quote(HOSTILE)] * 60, render_digest_placeholder()).to_dict()
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    joined = json.dumps(view)
    assert "*3* articles" in joined and "*10* quotes" in joined
    assert view["blocks"][-1]["block_id"] == HOME_DIGEST_BLOCK_ID
    assert "<!channel>" not in joined


def test_question_to_blocks(sqlite_engine: Engine, tmp_path: Path) -> None:
    load_index(sqlite_engine)
    ask = make_asker(sqlite_engine)
    message = render_answer(ask("what did Rubio say", 0, 5), share_button=True)
    blocks = message.blocks_json()
    assert "Marco Rubio" in blocks[0]["text"]["text"]
    assert sum(1 for b in blocks if b["type"] == "context") == 5
    assert {e["action_id"] for e in blocks[-1]["elements"]} == {ACTION_MORE, ACTION_SHARE}

    hostile = render_answer(ask("what did Peskov say", 0, 5))
    for text in [*texts(hostile.blocks_json(), "mrkdwn"), hostile.text]:
        assert "<!" not in text and "<@" not in text
        assert_no_forged_markup(text, allowed_urls=set())


def test_a_clause_with_its_own_quoted_words_is_not_wrapped_in_marks_again() -> None:
    whole = quote("We will not accept that.")
    clause = quote("the delays on “a decade of patched-up pumps,”")
    reported = quote("the talks would resume", direct=False)
    assert whole.shown_quoted and not clause.shown_quoted and not reported.shown_quoted
    answer = Answer(question="what did Rubio say", speakers=(RUBIO,), quotes=(whole, clause), has_more=False)
    shown = "\n".join(texts(render_answer(answer).blocks_json(), "mrkdwn"))
    assert "“We will not accept that.”" in shown
    assert "the delays on “a decade of patched-up pumps,”" in shown
    assert "““" not in shown and "””" not in shown
    assert "- Marco Rubio (Secretary of State): the delays on “a decade" in render_quote(clause)
    assert "“We will not accept that.”" in render_quote(whole)
