"""A small quote index for the Slack tests, saved through the store's write side (no extractor needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from bot.article import ArticleInput
from bot.quote import Mention, Quote
from store.db import session_scope
from store.repository import save_article

HOSTILE = "<!channel> wake up <@U0EVIL> and <https://evil.example/phish|click here> & relax"


def _quote(
    text: str,
    speaker: str,
    *,
    role: str | None = None,
    kind: str = "person",
    position: int = 0,
    direct: bool = True,
    cue: str = "said",
) -> Quote:
    start = position * 100
    return Quote(
        text=text,
        start=start,
        end=start + len(text),
        spans=((start, start + len(text)),),
        speaker=speaker,
        speaker_kind=kind,  # type: ignore[arg-type]
        speaker_mention=Mention(speaker, start + len(text) + 2, start + len(text) + 2 + len(speaker)),
        cue=cue,
        direct=direct,
        speaker_roles=(role,) if role else (),
    )


def load_index(engine: Engine) -> None:
    """Rubio (7 quotes, so a page of 5 has more), Peskov (one hostile quote), two Johnsons."""
    base = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    articles = [
        (
            ArticleInput(
                title="Rubio on the grain corridor",
                outlet="Wire Service",
                url="https://news.example/rubio-grain",
                published=base,
                text="Rubio article body " * 50,
            ),
            [
                _quote(
                    f"Statement number {i} on the grain corridor talks.",
                    "Marco Rubio",
                    role="Secretary of State",
                    position=i,
                )
                for i in range(7)
            ],
        ),
        (
            ArticleInput(
                title="Kremlin <b>responds</b> & <!here>",
                outlet="Daily <@U0OUTLET>",
                url="javascript:alert(1)",
                published=base + timedelta(days=1),
                text="Peskov article body " * 50,
            ),
            [_quote(HOSTILE, "Dmitry Peskov", role="Kremlin spokesman")],
        ),
        (
            ArticleInput(
                title="Two Johnsons on the budget",
                outlet="Capitol Wire",
                url="https://news.example/johnsons",
                published=base + timedelta(days=2),
                text="Johnson article body " * 50,
            ),
            [
                _quote("The budget is balanced.", "Mike Johnson", role="Speaker of the House"),
                _quote("The budget is a fantasy.", "Ron Johnson", role="Senator", position=1),
            ],
        ),
    ]
    for article, quotes in articles:
        with session_scope(engine) as session:
            save_article(session, article, quotes)
