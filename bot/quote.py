"""The values the extractor produces: plain, immutable, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SpeakerKind = Literal["person", "organisation", "group"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A piece of the article text as written, with its offsets (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement found in an article.

    ``start``/``end`` cover what was said (without the attribution); ``spans`` lists the pieces
    when an attribution splits the statement. ``speaker`` is the resolved canonical name, or None.
    """

    text: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    speaker_kind: SpeakerKind | None
    speaker_mention: Mention | None
    cue: str | None
    direct: bool
    # Roles and titles the article gives the speaker ("Secretary of State"), for the speaker record.
    speaker_roles: tuple[str, ...] = field(default=())
    # Other names the article used for the speaker ("Peskov", "Mr. Peskov").
    speaker_aliases: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        """The ``quotebot extract --jsonl`` shape of one quote."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "spans": [list(s) for s in self.spans],
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "speaker_mention": (
                None
                if self.speaker_mention is None
                else {
                    "text": self.speaker_mention.text,
                    "start": self.speaker_mention.start,
                    "end": self.speaker_mention.end,
                }
            ),
            "cue": self.cue,
            "direct": self.direct,
        }


# A frozen dataclass's __init__ sets each field through object.__setattr__, looked up anew for every field;
# the extractor makes many quotes. It fills plain twins of the classes instead (the same slots, without the
# frozen __setattr__) by ordinary attribute stores, then makes them what they stand for: with the same
# layout, an object's __class__ may change. The same values, the same objects.
class _MentionSlots:
    __slots__ = Mention.__slots__


class _QuoteSlots:
    __slots__ = Quote.__slots__


def make_mention(text: str, start: int, end: int) -> Mention:
    """``Mention(text, start, end)``, built faster."""
    m: Any = _MentionSlots()  # (its attributes are Mention's)
    m.text = text
    m.start = start
    m.end = end
    m.__class__ = Mention
    return m


def make_quote(
    text: str,
    start: int,
    end: int,
    spans: tuple[tuple[int, int], ...],
    speaker: str | None,
    speaker_kind: SpeakerKind | None,
    speaker_mention: Mention | None,
    cue: str | None,
    direct: bool,
    speaker_roles: tuple[str, ...] = (),
    speaker_aliases: tuple[str, ...] = (),
) -> Quote:
    """``Quote(...)`` with the same arguments, built faster."""
    q: Any = _QuoteSlots()  # (its attributes are Quote's)
    q.text = text
    q.start = start
    q.end = end
    q.spans = spans
    q.speaker = speaker
    q.speaker_kind = speaker_kind
    q.speaker_mention = speaker_mention
    q.cue = cue
    q.direct = direct
    q.speaker_roles = speaker_roles
    q.speaker_aliases = speaker_aliases
    q.__class__ = Quote
    return q
