"""A digest of new quotes: who said what since a moment, grouped by speaker, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from bot.answer import AnswerQuote, SpeakerRef, answer_quotes
from store.search import quotes_created_since


@dataclass(frozen=True, slots=True)
class DigestGroup:
    """One speaker's new quotes, newest first."""

    speaker: SpeakerRef
    quotes: tuple[AnswerQuote, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """New quotes since ``since`` (at most ``limit``; ``has_more`` when there were more)."""

    since: datetime
    groups: tuple[DigestGroup, ...] = ()
    has_more: bool = False

    @property
    def quote_count(self) -> int:
        return sum(len(g.quotes) for g in self.groups)

    @property
    def empty(self) -> bool:
        return not self.groups


def build_digest(session: Session, since: datetime, *, limit: int = 20) -> Digest:
    """Attributed quotes stored since ``since``, grouped by speaker (the speaker with the newest first)."""
    hits = quotes_created_since(session, since, limit=limit + 1)
    shown = hits[:limit]
    quotes = answer_quotes(session, shown)
    order: list[int] = []
    speakers: dict[int, SpeakerRef] = {}
    grouped: dict[int, list[AnswerQuote]] = {}
    for hit, quote in zip(shown, quotes, strict=True):
        speaker = hit.speaker
        if speaker is None:  # the query only returns attributed quotes
            continue
        if speaker.id not in grouped:
            order.append(speaker.id)
            speakers[speaker.id] = SpeakerRef(id=speaker.id, name=speaker.name, kind=speaker.kind)
            grouped[speaker.id] = []
        grouped[speaker.id].append(quote)
    groups = tuple(DigestGroup(speakers[i], tuple(grouped[i])) for i in order)
    return Digest(since=since, groups=groups, has_more=len(hits) > limit)
