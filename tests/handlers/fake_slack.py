"""A fake Slack Web API on 127.0.0.1 that records every call, and helpers to send signed requests."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T0TEAM"
INSTALLED_TOKEN = "xoxb-installed-by-oauth"


@dataclass
class Call:
    path: str  # "/api/chat.postMessage" or "/response/<name>"
    body: dict[str, Any]
    headers: dict[str, str]
    status: int

    @property
    def method(self) -> str:
        return self.path.removeprefix("/api/")

    @property
    def blocks(self) -> list[dict]:
        blocks = self.body.get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks


@dataclass
class _Failure:
    path: str
    status: int
    retry_after: int
    remaining: int


@dataclass
class FakeSlack:
    """Answers ``{"ok": true, ...}`` to every Web API method and 200 to response_url posts."""

    calls: list[Call] = field(default_factory=list)
    socket_url: str | None = None  # what apps.connections.open hands out
    _failures: list[_Failure] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)

    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in parse_qs(raw).items()}
                status, headers, payload = fake._answer(self.path, body)
                fake._record(Call(self.path, body, dict(self.headers.items()), status))
                data = payload.encode("utf-8")
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def response_url(self, name: str) -> str:
        return f"{self.base}/response/{name}"

    def fail_next(self, method: str, status: int = 429, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status`` (and Retry-After)."""
        with self._cond:
            self._failures.append(_Failure(f"/api/{method}", status, retry_after, times))

    def _answer(self, path: str, body: dict) -> tuple[int, dict[str, str], str]:
        with self._cond:
            for failure in self._failures:
                if failure.path == path and failure.remaining > 0:
                    failure.remaining -= 1
                    headers = {"Retry-After": str(failure.retry_after), "Content-Type": "application/json"}
                    return failure.status, headers, json.dumps({"ok": False, "error": "ratelimited"})
        if path.startswith("/response/expired"):
            return 404, {"Content-Type": "text/plain"}, "expired_url"
        if path.startswith("/response/"):
            return 200, {"Content-Type": "text/plain"}, "ok"
        method = path.removeprefix("/api/")
        result: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            result |= {
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "team_id": TEAM_ID,
                "user": "quotebot",
                "team": "Test",
                "url": "https://test.example/",
            }
        elif method == "chat.postMessage":
            result |= {"channel": body.get("channel"), "ts": f"{time.time():.6f}", "message": body}
        elif method == "chat.postEphemeral":
            result |= {"message_ts": f"{time.time():.6f}"}
        elif method == "oauth.v2.access":
            result |= {
                "app_id": "A0APP",
                "authed_user": {"id": "U0ALICE"},
                "scope": "app_mentions:read,chat:write,commands,im:history",
                "token_type": "bot",
                "access_token": INSTALLED_TOKEN,
                "bot_user_id": BOT_USER_ID,
                "team": {"id": TEAM_ID, "name": "Test"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        elif method == "apps.connections.open":
            result |= {"url": self.socket_url}
        elif method == "views.publish":
            result |= {"view": {"id": "V1", **(body.get("view") or {})}}
        return 200, {"Content-Type": "application/json"}, json.dumps(result)

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def of(self, path_or_method: str, *, ok_only: bool = True) -> list[Call]:
        with self._cond:
            return [
                c
                for c in self.calls
                if (c.method == path_or_method or c.path.startswith(path_or_method))
                and (c.status == 200 or not ok_only)
            ]

    def wait_for(self, predicate: Callable[[list[Call]], bool], timeout: float = 10.0) -> list[Call]:
        """Wait (bounded) until ``predicate(calls)`` holds; fail with what was recorded otherwise."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(list(self.calls)):
                left = deadline - time.monotonic()
                if left <= 0:
                    summary = [(c.path, c.status) for c in self.calls]
                    raise AssertionError(f"timed out waiting for Slack calls; recorded: {summary}")
                self._cond.wait(left)
            return list(self.calls)

    def wait_for_method(self, path_or_method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        self.wait_for(lambda _calls: len(self.of(path_or_method)) >= count, timeout)
        return self.of(path_or_method)


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 request signature: HMAC-SHA256 over ``v0:{timestamp}:{body}``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def command_body(text: str, response_url: str, *, user: str = "U0ALICE", channel: str = "C0NEWS") -> str:
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "test",
            "channel_id": channel,
            "channel_name": "news",
            "user_id": user,
            "user_name": "alice",
            "command": "/quotes",
            "text": text,
            "api_app_id": "A0APP",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )


def event_body(event: dict, event_id: str) -> str:
    return json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0APP",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
    )


def action_body(
    action: dict,
    response_url: str,
    *,
    ephemeral: bool = True,
    message: dict | None = None,
    user: str = "U0ALICE",
    channel: str = "C0NEWS",
) -> str:
    container = {
        "type": "message",
        "channel_id": channel,
        "is_ephemeral": ephemeral,
        "message_ts": (message or {}).get("ts", "1700000000.000100"),
    }
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "test"},
        "user": {"id": user, "team_id": TEAM_ID},
        "api_app_id": "A0APP",
        "token": "legacy",
        "container": container,
        "channel": {"id": channel, "name": "news"},
        "trigger_id": "1.2.3",
        "response_url": response_url,
        "actions": [{"type": "button", "block_id": "b1", "action_ts": f"{time.time():.6f}", **action}],
    }
    if message is not None:
        payload["message"] = message
    return urlencode({"payload": json.dumps(payload)})
