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


# A frozen dataclass's __init__ sets each field through object.__setattr__, looked up anew for every field;
# the extractor makes many quotes and fills the slots directly instead (the same values, the same objects).
_new = object.__new__
_SET_MENTION = tuple(getattr(Mention, f).__set__ for f in Mention.__slots__)
(
    _set_text, _set_start, _set_end, _set_spans, _set_speaker, _set_kind, _set_mention, _set_cue, _set_direct,
    _set_roles, _set_aliases,
) = (getattr(Quote, f).__set__ for f in Quote.__slots__)


def make_mention(text: str, start: int, end: int) -> Mention:
    """``Mention(text, start, end)``, built faster."""
    m = _new(Mention)
    set_text, set_start, set_end = _SET_MENTION
    set_text(m, text)
    set_start(m, start)
    set_end(m, end)
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
    q = _new(Quote)
    _set_text(q, text)
    _set_start(q, start)
    _set_end(q, end)
    _set_spans(q, spans)
    _set_speaker(q, speaker)
    _set_kind(q, speaker_kind)
    _set_mention(q, speaker_mention)
    _set_cue(q, cue)
    _set_direct(q, direct)
    _set_roles(q, speaker_roles)
    _set_aliases(q, speaker_aliases)
    return q
