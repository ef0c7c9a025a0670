"""Buttons over real HTTP: Share in channel, More (paging), choosing a speaker; App Home."""

from __future__ import annotations

import json
import re

import pytest

from bot.render_slack import ACTION_CHOOSE, ACTION_CHOOSE_SELECT, ACTION_MORE, ACTION_SHARE, PageRef
from tests.handlers.conftest import JSON, RunningApp
from tests.handlers.fake_slack import FakeSlack, action_body, command_body, event_body

pytestmark = pytest.mark.timeout(60)


def statements(blocks: list[dict]) -> set[str]:
    return set(re.findall(r"Statement number \d", json.dumps(blocks)))


def buttons(blocks: list[dict]) -> dict[str, dict]:
    return {e["action_id"]: e for b in blocks if b["type"] == "actions" for e in b["elements"]}


def test_share_posts_the_answer_in_the_channel(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    slack_app.post(command_body("what did Rubio say", fake_slack.response_url("ask")))
    (answer,) = fake_slack.wait_for_method("/response/ask")
    share = buttons(answer.blocks)[ACTION_SHARE]

    url = fake_slack.response_url("share")
    response = slack_app.post(action_body({"action_id": ACTION_SHARE, "value": share["value"]}, url))
    assert response.status_code == 200
    public, cleanup = fake_slack.wait_for_method("/response/share", count=2)
    assert public.body["response_type"] == "in_channel" and public.body["replace_original"] is False
    assert "Marco Rubio" in public.body["text"]
    assert ACTION_SHARE not in buttons(public.blocks)
    assert "Shared by <@U0ALICE>" in json.dumps(public.blocks)
    assert cleanup.body["delete_original"] is True


def test_more_pages_an_ephemeral_answer(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    slack_app.post(command_body("what did Rubio say", fake_slack.response_url("ask")))
    (answer,) = fake_slack.wait_for_method("/response/ask")
    more = buttons(answer.blocks)[ACTION_MORE]
    assert PageRef.decode(more["value"]) == PageRef("what did Rubio say", 5, 5)

    slack_app.post(
        action_body({"action_id": ACTION_MORE, "value": more["value"]}, fake_slack.response_url("more"))
    )
    (page,) = fake_slack.wait_for_method("/response/more")
    assert page.body["replace_original"] is True and page.body["response_type"] == "ephemeral"
    first, second = statements(answer.blocks), statements(page.blocks)
    assert len(first) == 5 and len(second) == 2
    assert first | second == {f"Statement number {i}" for i in range(7)}
    assert ACTION_MORE not in buttons(page.blocks)  # the last page
    assert ACTION_SHARE in buttons(page.blocks)


def test_more_on_a_thread_answer_posts_the_next_page_in_the_thread(
    slack_app: RunningApp, fake_slack: FakeSlack
) -> None:
    value = PageRef("what did Rubio say", 5, 5).encode()
    message = {"type": "message", "ts": "1700000500.000100", "thread_ts": "1700000100.000200", "text": "x"}
    slack_app.post(
        action_body(
            {"action_id": ACTION_MORE, "value": value},
            fake_slack.response_url("m"),
            ephemeral=False,
            message=message,
        )
    )
    (call,) = fake_slack.wait_for_method("chat.postMessage")
    assert call.body["thread_ts"] == "1700000100.000200" and call.body["channel"] == "C0NEWS"
    assert len(statements(call.blocks)) == 2


def test_choosing_a_speaker_asks_again(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    slack_app.post(
        event_body(
            {
                "type": "message",
                "channel_type": "im",
                "channel": "D0ALICE",
                "user": "U0ALICE",
                "text": "what did Johnson say",
                "ts": "1700000600.000100",
            },
            "EvAmb",
        ),
        JSON,
    )
    (question,) = fake_slack.wait_for_method("chat.postMessage")
    choices = [e for b in question.blocks if b["type"] == "actions" for e in b["elements"]]
    assert [c["action_id"] for c in choices] == [f"{ACTION_CHOOSE}_0", f"{ACTION_CHOOSE}_1"]
    ron = next(c for c in choices if "Ron" in c["text"]["text"])

    message = {"type": "message", "ts": "1700000601.000100", "text": question.body["text"]}
    slack_app.post(
        action_body(
            {"action_id": ron["action_id"], "value": ron["value"]},
            fake_slack.response_url("choose"),
            ephemeral=False,
            message=message,
            channel="D0ALICE",
        )
    )
    (answer,) = fake_slack.wait_for_method("/response/choose")
    assert answer.body["replace_original"] is True
    text = json.dumps(answer.blocks)
    assert "Ron Johnson" in text and "The budget is a fantasy." in text and "balanced" not in text


def test_choosing_from_a_select_menu(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    action = {
        "action_id": ACTION_CHOOSE_SELECT,
        "type": "static_select",
        "selected_option": {
            "value": "what did Mike Johnson say",
            "text": {"type": "plain_text", "text": "Mike Johnson"},
        },
    }
    slack_app.post(action_body(action, fake_slack.response_url("select")))
    (answer,) = fake_slack.wait_for_method("/response/select")
    assert answer.body["response_type"] == "ephemeral"
    assert "The budget is balanced." in json.dumps(answer.blocks)


def test_a_tampered_button_value_gets_one_sentence(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    slack_app.post(
        action_body({"action_id": ACTION_MORE, "value": "{not json"}, fake_slack.response_url("bad"))
    )
    (call,) = fake_slack.wait_for_method("/response/bad")
    assert "expired" in call.body["text"]


def test_app_home_shows_stats_latest_and_digest_spot(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    event = {
        "type": "app_home_opened",
        "user": "U0ALICE",
        "channel": "D0ALICE",
        "tab": "home",
        "event_ts": "1700000700.000100",
    }
    assert slack_app.post(event_body(event, "EvHome"), JSON).status_code == 200
    (call,) = fake_slack.wait_for_method("views.publish")
    assert call.body["user_id"] == "U0ALICE"
    view = call.body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    text = json.dumps(view)
    assert view["type"] == "home"
    assert "*3* articles" in text and "*4* speakers" in text and "*10* quotes" in text
    assert "The budget is a fantasy." in text
    assert "<!channel>" not in text
    assert view["blocks"][-1]["block_id"] == "home_digest_subscriptions"


def test_messages_tab_open_does_not_publish(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    event = {
        "type": "app_home_opened",
        "user": "U0ALICE",
        "channel": "D0ALICE",
        "tab": "messages",
        "event_ts": "1700000700.000200",
    }
    slack_app.post(event_body(event, "EvHome2"), JSON)
    slack_app.settle()
    assert fake_slack.of("views.publish") == []
