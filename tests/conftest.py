"""Database fixtures shared by the suite: every store test runs on SQLite and on PostgreSQL.

PostgreSQL tests run when QUOTEBOT_TEST_POSTGRES_URL is set (CI sets it) and skip otherwise;
with QUOTEBOT_REQUIRE_POSTGRES=1 (CI) an unreachable server fails them instead of skipping.
Each PostgreSQL test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from store.db import make_engine, upgrade

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _postgres_url() -> str | None:
    return os.environ.get("QUOTEBOT_TEST_POSTGRES_URL")


def _postgres_engine(schema: str) -> Engine:
    url = _postgres_url()
    if not url:
        if os.environ.get("QUOTEBOT_REQUIRE_POSTGRES") == "1":
            pytest.fail("QUOTEBOT_REQUIRE_POSTGRES=1 but QUOTEBOT_TEST_POSTGRES_URL is not set")
        pytest.skip("PostgreSQL tests need QUOTEBOT_TEST_POSTGRES_URL")
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # the server is not there
        if os.environ.get("QUOTEBOT_REQUIRE_POSTGRES") == "1":
            raise
        pytest.skip(f"PostgreSQL unreachable: {exc.__class__.__name__}")
    finally:
        admin.dispose()
    return create_engine(url, connect_args={"options": f"-csearch_path={schema}"})


def _drop_schema(schema: str) -> None:
    admin = create_engine(_postgres_url() or "")
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'quotebot.db'}")
        upgrade(eng)
        yield eng
        eng.dispose()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    eng = _postgres_engine(schema)
    try:
        upgrade(eng)
        yield eng
    finally:
        eng.dispose()
        _drop_schema(schema)


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite database, for tests that are not about the store."""
    eng = make_engine(f"sqlite:///{tmp_path / 'quotebot.db'}")
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def shared_dir() -> Path:
    """../shared (measuring material); tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
