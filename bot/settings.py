"""The Slack app's settings, read from the environment in one place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


@dataclass(frozen=True, slots=True)
class Settings:
    bot_token: str | None = None
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = DEFAULT_SLACK_API_URL
    client_id: str | None = None
    client_secret: str | None = None
    database_url: str | None = None
    # Threads that run the work after the ack (answering questions, posting replies).
    workers: int = 8

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        api_url = get("SLACK_API_URL") or DEFAULT_SLACK_API_URL
        workers = get("QUOTEBOT_SLACK_WORKERS")
        return cls(
            bot_token=get("SLACK_BOT_TOKEN"),
            signing_secret=get("SLACK_SIGNING_SECRET"),
            app_token=get("SLACK_APP_TOKEN"),
            # slack_sdk joins method names onto the base URL, so it must end with a slash.
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            client_id=get("SLACK_CLIENT_ID"),
            client_secret=get("SLACK_CLIENT_SECRET"),
            database_url=get("QUOTEBOT_DATABASE_URL"),
            workers=int(workers) if workers and workers.isdigit() and int(workers) > 0 else 8,
        )

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None

    @property
    def oauth(self) -> bool:
        return self.client_id is not None and self.client_secret is not None

    def problems(self) -> list[str]:
        """What is missing to start: one short sentence each (empty when ready)."""
        found: list[str] = []
        if self.bot_token is None and not self.oauth:
            found.append("SLACK_BOT_TOKEN is not set")
        if not self.socket_mode and self.signing_secret is None:
            found.append("SLACK_SIGNING_SECRET is not set (needed in HTTP mode)")
        if self.app_token is not None and not self.app_token.startswith("xapp-"):
            found.append("SLACK_APP_TOKEN must be an app-level token (xapp-...)")
        return found
