"""What a question's answer is: the values rendered in the console, as JSON and as Slack blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ArticleRef:
    title: str
    url: str | None
    outlet: str | None
    published: datetime | None

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    id: int
    name: str
    kind: str  # person | organisation | group
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AnswerQuote:
    id: int
    text: str
    speaker: str | None
    speaker_role: str | None
    direct: bool
    cue: str | None
    start: int
    end: int
    article: ArticleRef

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "direct": self.direct,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
            "article": self.article.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one question.

    ``speakers`` are the matched speakers; when ``ambiguous`` is true they are the candidates the user
    must choose between and ``quotes`` is empty. ``message`` is a one-line human summary ("No one called
    Macron is in the index."), set when there is no plain list of quotes to show.
    """

    question: str
    speakers: tuple[SpeakerRef, ...] = ()
    suggestions: tuple[str, ...] = ()
    quotes: tuple[AnswerQuote, ...] = ()
    ambiguous: bool = False
    message: str | None = None
    topic: str | None = None
    offset: int = 0
    limit: int = 5
    has_more: bool = False
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        """The ``quotebot ask --json`` shape."""
        return {
            "question": self.question,
            "speakers": [s.name for s in self.speakers],
            "suggestions": list(self.suggestions),
            "quotes": [q.to_json() for q in self.quotes],
        }
