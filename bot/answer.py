"""What a question's answer is: the values rendered in the console, as JSON and as Slack blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from bot.names import fold
from bot.question import Question, parse_question
from bot.speaker_match import match_speaker
from store.search import (
    PHRASE_SCAN_LIMIT,
    QuoteHit,
    SpeakerRecord,
    all_words_candidates,
    latest_quotes,
    phrase_candidates,
    speaker_roles,
    topic_quotes,
)


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


# Double quote marks of every common style; a text holding one quotes someone inside the writer's words.
_QUOTE_MARKS = "“”„«»‹›\""


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

    @property
    def shown_quoted(self) -> bool:
        """Whether to show the text between quote marks: a direct quote that is the quotation itself, not a
        clause that carries its own quoted words ('the delays on “a decade of patched-up pumps”')."""
        return self.direct and not any(mark in self.text for mark in _QUOTE_MARKS)

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


# --- answering --------------------------------------------------------------------------------------

HELP_TEXT = (
    "Ask me things like: what did Rubio say / what did Zelensky say about security guarantees / "
    'who said "absolutely not true" / what did the Kremlin spokesman say / latest quotes / '
    "quotes today / quotes this week."
)
# Words that carry no topic: left out of the full-text query.
TOPIC_STOP_WORDS = frozenset(
    "the a an of on in at to for about and or with by from his her their its this that these those "
    "what which is are was were be".split()
)


def window_bounds(window: str | None, now: datetime) -> tuple[datetime | None, datetime | None]:
    """[since, until) of ``today`` (now's calendar day) or ``week`` (the seven days ending today)."""
    if window is None:
        return None, None
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    until = midnight + timedelta(days=1)
    if window == "today":
        return midnight, until
    return midnight - timedelta(days=6), until


def topic_words(topic: str) -> list[str]:
    """The folded words of a topic worth searching for."""
    words = fold(topic).split()
    return [w for w in words if w not in TOPIC_STOP_WORDS] or words


def _speaker_ref(record: SpeakerRecord) -> SpeakerRef:
    return SpeakerRef(id=record.id, name=record.name, kind=record.kind, roles=tuple(record.texts("role")))


def answer_quotes(session: Session, hits: Sequence[QuoteHit]) -> tuple[AnswerQuote, ...]:
    """The answer values of stored quotes (their speakers' roles read in one query)."""
    roles = speaker_roles(session, (h.speaker.id for h in hits if h.speaker is not None))
    quotes = []
    for hit in hits:
        speaker_roles_ = roles.get(hit.speaker.id, []) if hit.speaker is not None else []
        quotes.append(
            AnswerQuote(
                id=hit.quote.id,
                text=hit.quote.text,
                speaker=hit.speaker.name if hit.speaker is not None else None,
                speaker_role=speaker_roles_[0] if speaker_roles_ else None,
                direct=hit.quote.direct,
                cue=hit.quote.cue,
                start=hit.quote.start,
                end=hit.quote.end,
                article=ArticleRef(
                    title=hit.article.title,
                    url=hit.article.url,
                    outlet=hit.article.outlet,
                    published=_aware(hit.quote.published_at or hit.article.published_at),
                ),
            )
        )
    return tuple(quotes)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _when(window: str | None) -> str:
    return {"today": " today", "week": " this week"}.get(window or "", "")


def answer_question(
    session: Session,
    text: str,
    *,
    limit: int = 5,
    offset: int = 0,
    now: datetime | None = None,
) -> Answer:
    """Answer one question from the quote index (a page of ``limit`` quotes from ``offset``)."""
    limit = max(1, limit)
    offset = max(0, offset)
    question = parse_question(text)
    since, until = window_bounds(question.window, now or datetime.now(UTC))
    base = {"question": text, "limit": limit, "offset": offset, "topic": question.topic}

    if question.kind == "help":
        return Answer(message=HELP_TEXT, **base)
    if question.kind == "unknown":
        return Answer(message=f"Sorry, I did not understand that. {HELP_TEXT}", **base)
    if question.kind == "phrase":
        return _answer_phrase(session, question, base)

    speakers: tuple[SpeakerRef, ...] = ()
    speaker_ids: list[int] | None = None
    who = ""
    if question.kind == "speaker":
        asked = question.speaker or ""
        match = match_speaker(session, asked, by_role=question.by_role)
        shown = f"the {asked}" if question.by_role else asked
        if not match.found:
            message = f"No one called {shown} is in the index."
            if match.suggestions:
                message += " Did you mean " + " or ".join(match.suggestions) + "?"
            return Answer(message=message, suggestions=match.suggestions, **base)
        speakers = tuple(_speaker_ref(r) for r in match.speakers)
        if match.ambiguous:
            names = ", ".join(s.name for s in speakers[:-1]) + " or " + speakers[-1].name
            return Answer(
                speakers=speakers, ambiguous=True, message=f"Which {asked} do you mean: {names}?", **base
            )
        speaker_ids = [speakers[0].id]
        who = speakers[0].name

    window = {"since": since, "until": until, "limit": limit + 1, "offset": offset}
    message: str | None = None
    if question.topic:
        hits = topic_quotes(session, topic_words(question.topic), speaker_ids=speaker_ids, **window)
        if not hits and offset == 0:
            hits = latest_quotes(session, speaker_ids=speaker_ids, **window)
            subject = f"from {who} " if who else ""
            message = f'No quotes {subject}mention "{question.topic}"{_when(question.window)}.'
            if hits:
                message += " Here are the latest instead."
    else:
        hits = latest_quotes(session, speaker_ids=speaker_ids, **window)
    if not hits and message is None:
        if who:
            message = f"No quotes from {who}{_when(question.window)}."
        else:
            message = f"No quotes{_when(question.window) or ' in the index yet'}."
    return Answer(
        speakers=speakers,
        quotes=answer_quotes(session, hits[:limit]),
        has_more=len(hits) > limit,
        message=message,
        **base,
    )


def _answer_phrase(session: Session, question: Question, base: dict) -> Answer:
    phrase = question.phrase or ""
    limit, offset = base["limit"], base["offset"]
    words = fold(phrase).split()
    wanted = " ".join(words)
    candidates = phrase_candidates(session, words)
    exact = [h for h in candidates if wanted and f" {wanted} " in f" {fold(h.quote.text)} "]
    message: str | None = None
    if exact:
        hits = exact[offset : offset + limit + 1]
    else:
        hits = (candidates or all_words_candidates(session, words, limit=PHRASE_SCAN_LIMIT))[
            offset : offset + limit + 1
        ]
        if hits:
            message = f'Nobody said exactly "{phrase}"; the closest quotes are below.'
        else:
            message = f'Nobody in the index said "{phrase}".'
    quotes = answer_quotes(session, hits[:limit])
    speakers: list[SpeakerRef] = []
    for hit in hits[:limit]:
        if hit.speaker is not None and all(s.id != hit.speaker.id for s in speakers):
            speakers.append(SpeakerRef(id=hit.speaker.id, name=hit.speaker.name, kind=hit.speaker.kind))
    return Answer(
        speakers=tuple(speakers),
        quotes=quotes,
        has_more=len(hits) > limit,
        message=message,
        **base,
    )
