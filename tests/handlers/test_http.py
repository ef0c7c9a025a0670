"""HTTP mode: /healthz, request signatures (forged or stale -> 401), and the signing helper itself."""

from __future__ import annotations

import time

import pytest
from slack_sdk.signature import SignatureVerifier

from tests.handlers.conftest import SECRET, RunningApp
from tests.handlers.fake_slack import FakeSlack, command_body, sign

pytestmark = pytest.mark.timeout(60)


def test_healthz(slack_app: RunningApp) -> None:
    response = slack_app.client.get(f"{slack_app.url}/healthz")
    assert response.status_code == 200 and response.text == "ok"


def test_unknown_path_is_404(slack_app: RunningApp) -> None:
    assert slack_app.client.get(f"{slack_app.url}/nope").status_code == 404


def test_test_signatures_are_what_slack_sdk_verifies() -> None:
    body = "text=hello"
    headers = sign(SECRET, body)
    verifier = SignatureVerifier(SECRET)
    assert verifier.is_valid(body, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"])


def test_forged_signature_is_refused(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    body = command_body("what did Rubio say", fake_slack.response_url("forged"))
    response = slack_app.post(body, secret="not-the-secret")
    assert response.status_code == 401
    missing = slack_app.client.post(
        f"{slack_app.url}/slack/events",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert missing.status_code == 401
    slack_app.settle()
    assert fake_slack.of("/response/") == [] and fake_slack.of("chat.postEphemeral") == []


def test_stale_timestamp_is_refused(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    body = command_body("what did Rubio say", fake_slack.response_url("stale"))
    response = slack_app.post(body, timestamp=int(time.time()) - 6 * 60)
    assert response.status_code == 401
    slack_app.settle()
    assert fake_slack.of("/response/") == []


def test_tampered_body_is_refused(slack_app: RunningApp, fake_slack: FakeSlack) -> None:
    body = command_body("help", fake_slack.response_url("x"))
    headers = sign(SECRET, body)
    response = slack_app.client.post(
        f"{slack_app.url}/slack/events",
        content=body.replace("help", "what did Rubio say"),
        headers={"Content-Type": "application/x-www-form-urlencoded", **headers},
    )
    assert response.status_code == 401
