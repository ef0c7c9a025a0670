"""Multi-workspace mode: OAuth install through slack_sdk's SQLAlchemy stores, replies with that token."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bot.app import create_oauth_tables
from bot.settings import Settings
from tests.handlers.conftest import JSON, SECRET, RunningApp
from tests.handlers.fake_slack import BOT_USER_ID, INSTALLED_TOKEN, FakeSlack, event_body

pytestmark = pytest.mark.timeout(60)


def test_install_then_answer_with_the_installed_token(
    start_app: Callable[..., RunningApp], fake_slack: FakeSlack
) -> None:
    settings = Settings(
        signing_secret=SECRET,
        api_url=fake_slack.api_url,
        client_id="111.222",
        client_secret="client-secret",
        workers=1,
    )
    assert settings.problems() == []  # no bot token needed: each workspace installs its own
    running = start_app(settings=settings)
    create_oauth_tables(running.app)

    page = running.client.get(f"{running.url}/slack/install")
    assert page.status_code == 200
    authorize = re.search(r'href="([^"]+/oauth/v2/authorize[^"]+)"', page.text).group(1).replace("&amp;", "&")
    assert authorize.startswith(f"{fake_slack.base}/oauth/v2/authorize?")
    assert "scope=app_mentions:read,chat:write,commands,im:history&" in authorize
    state = re.search(r"state=([^&]+)", authorize).group(1)

    # The state cookie is Secure, so httpx would not send it over plain loopback http; send it by hand.
    cookie = page.headers["set-cookie"].split(";", 1)[0]
    done = running.client.get(
        f"{running.url}/slack/oauth_redirect",
        params={"code": "abc", "state": state},
        headers={"Cookie": cookie},
    )
    assert done.status_code == 200, done.text
    (access,) = fake_slack.of("oauth.v2.access")
    assert access.body["code"] == "abc"

    event = {
        "type": "app_mention",
        "user": "U0ALICE",
        "text": f"<@{BOT_USER_ID}> what did Rubio say",
        "ts": "1700000100.000200",
        "channel": "C0NEWS",
    }
    assert running.post(event_body(event, "EvOauth"), JSON).status_code == 200
    (call,) = fake_slack.wait_for_method("chat.postMessage")
    assert call.headers["Authorization"] == f"Bearer {INSTALLED_TOKEN}"
    assert "Marco Rubio" in call.body["text"]
