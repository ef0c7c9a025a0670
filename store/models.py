"""SQLAlchemy 2.0 typed models of the quote index."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)
    # sha256 of the normalised text: the same article ingested twice is stored once.
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    quotes: Mapped[list[Quote]] = relationship(back_populates="article", cascade="all, delete-orphan")


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # person | organisation | group
    # Folded identity key used to merge the same speaker across articles (see bot.names).
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    names: Mapped[list[SpeakerName]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan"
    )
    quotes: Mapped[list[Quote]] = relationship(back_populates="speaker")


class SpeakerName(Base):
    """A name, alias or role a speaker was seen with, folded for matching."""

    __tablename__ = "speaker_names"
    __table_args__ = (
        UniqueConstraint("speaker_id", "kind", "folded", name="uq_speaker_names_speaker_kind_folded"),
        Index("ix_speaker_names_key", "key"),
        Index("ix_speaker_names_folded", "folded"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # name | alias | role
    text: Mapped[str] = mapped_column(String(300))  # as written
    folded: Mapped[str] = mapped_column(String(300))  # anyascii, lower case, punctuation-free
    # bot.names.name_key of the text (sound-alike keys of its words).
    key: Mapped[str] = mapped_column(String(300))

    speaker: Mapped[Speaker] = relationship(back_populates="names")


class SpeakerToken(Base):
    """One sound-alike word key (bot.names.sound_key) of a speaker's names, aliases and roles.

    Finding fuzzy-match candidates is an index lookup on ``token`` (equality or a prefix range), so a
    question never loads every speaker into Python.
    """

    __tablename__ = "speaker_tokens"

    token: Mapped[str] = mapped_column(String(100), primary_key=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "position", name="uq_quotes_article_position"),
        Index("ix_quotes_speaker_published", "speaker_id", "published_at"),
        Index("ix_quotes_published", "published_at"),
        Index("ix_quotes_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    spans: Mapped[list[list[int]]] = mapped_column(JSON)
    direct: Mapped[bool] = mapped_column(Boolean)
    cue: Mapped[str | None] = mapped_column(String(100))
    mention_text: Mapped[str | None] = mapped_column(String(300))
    mention_start: Mapped[int | None] = mapped_column(Integer)
    mention_end: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)  # order within the article
    # Copied from the article so "newest first" per speaker is one index range scan.
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship(back_populates="quotes")


class SlackEvent(Base):
    """Slack event ids already handled, so a retried event is answered once across processes."""

    __tablename__ = "slack_events"

    event_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
