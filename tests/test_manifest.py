"""manifest.yml: valid against Slack's manifest schema, with exactly the scopes its features need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft7Validator

from bot.app import BOT_SCOPES

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = Path(__file__).with_name("data") / "slack" / "manifest.schema.1.0.0.json"

# What each bot event needs (https://docs.slack.dev/reference/events).
EVENT_SCOPES = {
    "app_mention": "app_mentions:read",
    "message.im": "im:history",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.mpim": "mpim:history",
    "app_home_opened": None,
}


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))


def test_manifest_is_valid_against_slack_schema(manifest: dict) -> None:
    validator = Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    errors = sorted(validator.iter_errors(manifest), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_schema_copy_matches_shared_when_present(shared_dir: Path) -> None:
    original = shared_dir / "slack" / "manifest.schema.1.0.0.json"
    assert json.loads(original.read_text()) == json.loads(SCHEMA.read_text())


def test_socket_mode_bot_user_home_and_interactivity(manifest: dict) -> None:
    settings, features = manifest["settings"], manifest["features"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    assert features["bot_user"]["display_name"]
    home = features["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]
    assert home["messages_tab_read_only_enabled"] is False


def test_quotes_command_has_usage_hint(manifest: dict) -> None:
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/quotes"
    assert "help" in command["usage_hint"]


def test_events_and_scopes_cross_check(manifest: dict) -> None:
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    scopes = manifest["oauth_config"]["scopes"]["bot"]
    assert len(scopes) == len(set(scopes))
    assert {"app_mention", "message.im", "app_home_opened"} == events
    # A mention would arrive twice with message.channels; no feature reads channel history.
    assert "channels:history" not in scopes and "message.channels" not in events
    needed = {EVENT_SCOPES[event] for event in events} - {None}
    needed |= {"commands", "chat:write"}  # /quotes; chat.postMessage and chat.postEphemeral
    assert set(scopes) == needed
    assert set(scopes) == set(BOT_SCOPES), "bot.app.BOT_SCOPES (the OAuth install) must match"
    assert "user" not in manifest["oauth_config"]["scopes"]
