"""The values the extractor produces: plain, immutable, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
