from sqlalchemy import Engine, inspect

from store.db import alembic_config, upgrade


def test_migrations_create_the_index_tables(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"articles", "speakers", "speaker_names", "quotes", "slack_events"} <= tables


def test_migrations_downgrade_and_upgrade_again(engine: Engine) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), "base")
    assert "quotes" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "quotes" in inspect(engine).get_table_names()
