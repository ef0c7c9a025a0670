"""The write side of the quote index: articles, their quotes, and speakers merged across articles.

Functions take a ``Session`` and never commit: the caller owns the unit of work
(``store.db.session_scope``). Writes are safe to repeat: rows covered by a unique constraint are
looked up first and inserted with ``ON CONFLICT DO NOTHING`` where the dialect has it, so a repeat
never aborts a PostgreSQL transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from bot.article import ArticleInput
from bot.names import SUFFIXES, fold, name_key, name_words, person_key, sound_key
from bot.quote import Quote
from store.models import Article, Speaker, SpeakerName, SpeakerToken
from store.models import Quote as QuoteRow

SPEAKER_KINDS = frozenset({"person", "organisation", "group"})
# Function words that say nothing about who a speaker is; never written as speaker tokens.
STOP_WORDS = frozenset("the of a an and or for in on at to by with from".split())

# Column widths of the schema (PostgreSQL enforces VARCHAR lengths).
_TITLE, _OUTLET, _URL, _NAME, _TOKEN, _CUE = 500, 200, 2000, 300, 100, 100


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: int
    created: bool  # False when the same article (by content hash) was already stored
    quote_count: int


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace collapsed, so re-wrapped copies of an article coincide."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def speaker_key(name: str, kind: str = "person") -> str:
    """The value of ``speakers.name_key`` for a speaker.

    Persons use ``bot.names.person_key`` (``name_key`` with transliterated given names made one:
    Mykyta/Nikita); organisations and groups use ``name_key`` prefixed with their kind so they can
    never share a key with a person (or each other): ``organisation:white house``.
    """
    key = person_key(name) if kind == "person" else name_key(name, kind)
    if kind == "person" or not key:
        return key
    return f"{kind}:{key}"


def find_article_id(session: Session, text: str) -> int | None:
    """The id of the stored article with this text (by content hash), if any."""
    return session.scalar(select(Article.id).where(Article.content_hash == content_hash(text)))


def save_article(session: Session, article: ArticleInput, quotes: Sequence[Quote]) -> SaveResult:
    """Store an article and its quotes once; the same text again (by content hash) is not stored twice.

    Quotes keep their order as ``position`` and get the article's published time (now when it has none).
    Each distinct speaker is resolved once per article with every role and alias the article gave it.
    """
    digest = content_hash(article.text)
    existing = session.scalar(select(Article.id).where(Article.content_hash == digest))
    if existing is not None:
        count = session.scalar(
            select(func.count()).select_from(QuoteRow).where(QuoteRow.article_id == existing)
        )
        return SaveResult(article_id=existing, created=False, quote_count=count or 0)

    published = _aware(article.published)
    row = Article(
        title=_clip(article.title, _TITLE) or "(untitled)",
        outlet=_clip(article.outlet, _OUTLET),
        url=_clip(article.url, _URL),
        published_at=published,
        text=article.text,
        content_hash=digest,
    )
    session.add(row)
    session.flush()

    speaker_ids = _resolve_speakers(session, quotes)
    quote_time = published or datetime.now(UTC)
    if quotes:
        session.execute(
            insert(QuoteRow),
            [
                {
                    "article_id": row.id,
                    "speaker_id": speaker_ids.get(_speaker_ref(q)),
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "spans": [list(s) for s in (q.spans or ((q.start, q.end),))],
                    "direct": q.direct,
                    "cue": _clip(q.cue, _CUE),
                    "mention_text": _clip(q.speaker_mention.text, _NAME) if q.speaker_mention else None,
                    "mention_start": q.speaker_mention.start if q.speaker_mention else None,
                    "mention_end": q.speaker_mention.end if q.speaker_mention else None,
                    "position": position,
                    "published_at": quote_time,
                }
                for position, q in enumerate(quotes)
            ],
        )
    return SaveResult(article_id=row.id, created=True, quote_count=len(quotes))


def _speaker_ref(quote: Quote) -> tuple[str, str] | None:
    if not quote.speaker or not quote.speaker.strip():
        return None
    kind = quote.speaker_kind if quote.speaker_kind in SPEAKER_KINDS else "person"
    return (" ".join(quote.speaker.split()), kind)


def _resolve_speakers(session: Session, quotes: Sequence[Quote]) -> dict[tuple[str, str] | None, int]:
    roles: dict[tuple[str, str], list[str]] = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    for q in quotes:
        ref = _speaker_ref(q)
        if ref is None:
            continue
        roles.setdefault(ref, []).extend(q.speaker_roles)
        aliases.setdefault(ref, []).extend(q.speaker_aliases)
    ids: dict[tuple[str, str] | None, int] = {}
    for ref in roles:
        name, kind = ref
        if not speaker_key(name, kind):
            continue  # nothing to identify the speaker by: store the quote without one
        ids[ref] = find_or_create_speaker(session, name, kind, roles[ref], aliases[ref]).id
    return ids


def find_or_create_speaker(
    session: Session,
    name: str,
    kind: str = "person",
    roles: Iterable[str] = (),
    aliases: Iterable[str] = (),
) -> Speaker:
    """The speaker called ``name`` (created when new), with ``name``, ``aliases`` and ``roles`` recorded.

    Identity is ``speaker_key``: ``bot.names.name_key`` (folded, sound-alike words without honorifics)
    with transliterated given names made one, so ``Zelensky``, ``Zelenskyy``, ``Zelenskiy`` and
    ``President Zelensky`` share a key, as do ``Mykyta Schurawel`` and ``Nikita Zhuravel``. Organisations
    and groups match only their own kind by exact key and never merge with persons. For persons:

    1. A speaker whose canonical key equals the key is it.
    2. A full name (two or more words besides Jr./Sr./II...) also matches a person who was recorded
       with that exact key as a name or alias, when exactly one person was.
    3. A surname alone (one word, plus any suffix: ``Trump``, ``Trump Jr.``) merges into the one
       existing full-named person whose family part (last word plus suffixes) equals it:
       ``Zelensky`` -> ``Volodymyr Zelensky``, never ``Olena Zelenska`` (``selenska``), and ``Trump``
       never -> ``Donald Trump Jr.`` (family ``trump jr``). When the surname fits two or more persons
       we do not guess: it becomes (or stays) a surname-only speaker of its own.
    4. A full name whose surname-only speaker exists (``Zelensky`` stored before ``Volodymyr
       Zelensky`` arrived) upgrades that speaker to the full name, unless another full-named person
       with the same family part exists (then that surname was ambiguous and stays apart).
    5. Otherwise a new speaker. Different first names are different people (``George Bush`` and
       ``George W. Bush`` are not merged either: middle names are not guessed away).
    """
    if kind not in SPEAKER_KINDS:
        raise ValueError(f"unknown speaker kind {kind!r}")
    name = _clip(" ".join(name.split()), _NAME) or ""
    key = _clip(speaker_key(name, kind), _NAME)
    if not key:
        raise ValueError(f"speaker name {name!r} has no letters or digits")

    speaker = _find_person(session, name, key) if kind == "person" else _find_by_key(session, key, kind)
    if speaker is None:
        speaker = Speaker(name=name, kind=kind, name_key=key)
        session.add(speaker)
        session.flush()
    _record_names(session, speaker, name, roles, aliases)
    return speaker


def _find_by_key(session: Session, key: str, kind: str) -> Speaker | None:
    speaker = session.scalar(select(Speaker).where(Speaker.name_key == key))
    if speaker is not None:
        return speaker
    plain = key.split(":", 1)[1] if kind != "person" else key
    ids = _ids_with_name_key(session, plain, kind)
    return session.get(Speaker, ids[0]) if len(ids) == 1 else None


def _ids_with_name_key(session: Session, key: str, kind: str) -> list[int]:
    return list(
        session.scalars(
            select(SpeakerName.speaker_id)
            .join(Speaker, Speaker.id == SpeakerName.speaker_id)
            .where(SpeakerName.key == key, SpeakerName.kind.in_(("name", "alias")), Speaker.kind == kind)
            .distinct()
        )
    )


def _name_parts(text: str) -> tuple[int, str]:
    """How many given-and-family words a person's name has (suffixes aside), and its family key.

    The family key is the sound key of the last such word plus any suffixes after it:
    ``Donald Trump Jr.`` -> (2, ``trump jr``). Suffixes are recognised on the folded words, before
    sound-keying, so a surname such as ``Yi`` is not taken for the numeral ``II``.
    """
    words = name_words(text)
    core = [i for i, w in enumerate(words) if w not in SUFFIXES]
    if not core:
        return len(words), name_key(text)
    last = core[-1]
    return len(core), " ".join(w if w in SUFFIXES else sound_key(w) for w in words[last:])


def _full_named_with_family(session: Session, family: str) -> set[int]:
    """Ids of persons recorded with a full name (or alias) whose family key is ``family``.

    Candidates come from the speaker token index (the surname's sound key), then only their names are
    read: never every speaker.
    """
    surname = family.split()[0]
    candidates = select(SpeakerToken.speaker_id).where(SpeakerToken.token == surname)
    rows = session.execute(
        select(SpeakerName.speaker_id, SpeakerName.folded)
        .join(Speaker, Speaker.id == SpeakerName.speaker_id)
        .where(
            SpeakerName.speaker_id.in_(candidates),
            SpeakerName.kind.in_(("name", "alias")),
            Speaker.kind == "person",
        )
    )
    found = set()
    for speaker_id, folded in rows:
        size, their_family = _name_parts(folded)
        if size > 1 and their_family == family:
            found.add(speaker_id)
    return found


def _find_person(session: Session, name: str, key: str) -> Speaker | None:
    speaker = session.scalar(select(Speaker).where(Speaker.name_key == key))
    if speaker is not None:
        return speaker if speaker.kind == "person" else None
    size, family = _name_parts(name)
    if size <= 1:
        full = _full_named_with_family(session, family)
        return session.get(Speaker, next(iter(full))) if len(full) == 1 else None

    ids = _ids_with_name_key(session, name_key(name), "person")
    if len(ids) == 1:
        return session.get(Speaker, ids[0])
    if ids:
        return None
    surname_only = session.scalar(
        select(Speaker).where(Speaker.name_key == family, Speaker.kind == "person")
    )
    if surname_only is not None and not _full_named_with_family(session, family):
        surname_only.name = name
        surname_only.name_key = key
        session.flush()
        return surname_only
    return None


def _record_names(
    session: Session, speaker: Speaker, name: str, roles: Iterable[str], aliases: Iterable[str]
) -> None:
    """Write every name, alias and role seen (``speaker_names``) and their word keys (``speaker_tokens``).

    ``key`` is ``bot.names.name_key`` of the text for names and aliases (as a person or as the
    speaker's own kind); for roles it is the folded role without a leading "the", since honorifics such
    as "Secretary" are the role itself.
    """
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for entry_kind, texts in (("name", [name]), ("alias", aliases), ("role", roles)):
        for raw in texts:
            text = _clip(" ".join(raw.split()), _NAME) or ""
            folded = _clip(fold(text), _NAME) or ""
            if not folded or (entry_kind == "alias" and ("name", folded) in entries):
                continue
            key_kind = speaker.kind if entry_kind != "role" else "role"
            entries.setdefault(
                (entry_kind, folded),
                {
                    "speaker_id": speaker.id,
                    "kind": entry_kind,
                    "text": text,
                    "folded": folded,
                    "key": _clip(name_key(text, key_kind), _NAME) or folded,
                },
            )
    if not entries:
        return
    seen = set(
        session.execute(
            select(SpeakerName.kind, SpeakerName.folded).where(
                SpeakerName.speaker_id == speaker.id,
                SpeakerName.folded.in_({folded for _, folded in entries}),
            )
        ).tuples()
    )
    _insert_missing(session, SpeakerName.__table__, [row for k, row in entries.items() if k not in seen])

    # Honorifics before a name ("Ms." Lindqvist) are not tokens of it; every word of a role is.
    tokens = {
        _clip(sound_key(word), _TOKEN) or ""
        for (entry_kind, folded) in entries
        for word in (folded.split() if entry_kind == "role" else name_words(folded))
        if word not in STOP_WORDS and len(word) > 1
    }
    tokens.discard("")
    if not tokens:
        return
    have = set(
        session.scalars(
            select(SpeakerToken.token).where(
                SpeakerToken.speaker_id == speaker.id, SpeakerToken.token.in_(tokens)
            )
        )
    )
    _insert_missing(
        session,
        SpeakerToken.__table__,
        [{"token": t, "speaker_id": speaker.id} for t in sorted(tokens - have)],
    )


def _insert_missing(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows already checked to be missing; a concurrent writer's copy is ignored, not an error."""
    if not rows:
        return
    assert isinstance(table, Table)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(table).on_conflict_do_nothing(), rows)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)
    else:
        session.execute(insert(table), rows)


def _clip(text: str | None, size: int) -> str | None:
    if text is None:
        return None
    return text[:size]


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment
