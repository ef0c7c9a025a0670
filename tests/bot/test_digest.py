"""build_digest and its plain-text rendering, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from bot.digest import build_digest
from bot.render_text import render_digest
from store.models import Quote
from tests.bot.test_answer import build_index


def test_digest_groups_new_quotes_by_speaker_newest_first(engine: Engine) -> None:
    build_index(engine)
    old = datetime(2026, 1, 1, tzinfo=UTC)
    with Session(engine) as session:
        # Pretend everything was stored long ago except the "Budget row" article's quotes.
        session.execute(update(Quote).values(created_at=old))
        budget = session.scalars(select_budget_ids()).all()
        for offset, quote_id in enumerate(budget):
            session.execute(
                update(Quote)
                .where(Quote.id == quote_id)
                .values(created_at=datetime(2026, 11, 27, 9, tzinfo=UTC) + timedelta(minutes=offset))
            )
        session.commit()
        digest = build_digest(session, datetime(2026, 11, 27, tzinfo=UTC))
    assert [g.speaker.name for g in digest.groups] == ["Jane Smith", "John Smith", "Dmitry Peskov"]
    assert digest.quote_count == 3 and not digest.has_more
    assert digest.groups[2].quotes[0].article.title == "Budget row"
    text = render_digest(digest)
    assert "Dmitry Peskov:" in text and "The budget is balanced." in text
    assert text.index("Jane Smith") < text.index("Dmitry Peskov")


def select_budget_ids():  # noqa: ANN201 - a select statement
    from sqlalchemy import select

    from store.models import Article

    return (
        select(Quote.id)
        .join(Article, Article.id == Quote.article_id)
        .where(Article.title == "Budget row")
        .order_by(Quote.position)
    )


def test_digest_limit_and_empty(engine: Engine) -> None:
    build_index(engine)
    with Session(engine) as session:
        digest = build_digest(session, datetime(2000, 1, 1, tzinfo=UTC), limit=4)
        assert digest.quote_count == 4 and digest.has_more
        assert all(q.speaker for g in digest.groups for q in g.quotes)
        empty = build_digest(session, datetime(2999, 1, 1, tzinfo=UTC))
    assert empty.empty
    assert "No new quotes" in render_digest(empty)
