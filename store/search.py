"""Read queries behind questions and digests: indexed lookups and the databases' full-text search.

Nothing here loads every speaker or quote: candidates come from the ``speaker_tokens`` index, quote
lists are ``LIMIT``ed index scans, and topics and phrases go through FTS5 (SQLite) or a GIN-indexed
``to_tsvector('english', text)`` (PostgreSQL).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, bindparam, case, func, or_, select, text
from sqlalchemy.orm import Session

from store.models import Article, Quote, Speaker, SpeakerName, SpeakerToken

# Candidate speakers looked at per question: enough for every spelling variant of a name.
CANDIDATE_LIMIT = 200
# Full-text hits checked for an exact phrase before giving up on exactness.
PHRASE_SCAN_LIMIT = 500


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """A quote with its article and speaker, as a question's answer shows it."""

    quote: Quote
    article: Article
    speaker: Speaker | None
    rank: float | None = None


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A candidate speaker with its names, aliases and roles (folded and as written)."""

    id: int
    name: str
    kind: str
    names: tuple[tuple[str, str, str], ...]  # (kind, text, folded)

    def texts(self, kind: str) -> list[str]:
        return [t for k, t, _ in self.names if k == kind]

    def folded(self, *kinds: str) -> list[str]:
        return [f for k, _, f in self.names if k in kinds]


def _prefix_upper_bound(prefix: str) -> str | None:
    """The smallest string above every string starting with ``prefix`` (tokens are [a-z0-9])."""
    chars = list(prefix)
    while chars:
        last = chars.pop()
        if last == "9":
            return "".join(chars) + "a"
        if last < "z":
            return "".join(chars) + chr(ord(last) + 1)
    return None


def speaker_candidates(
    session: Session,
    tokens: Iterable[str],
    prefixes: Iterable[str] = (),
    *,
    limit: int = CANDIDATE_LIMIT,
) -> list[int]:
    """Ids of speakers with a name/alias/role word key equal to a token or starting with a prefix.

    Speakers sharing more of the keys come first (an exact key counts double).
    """
    exact = sorted({t for t in tokens if t})
    conditions = []
    if exact:
        conditions.append(SpeakerToken.token.in_(exact))
    for prefix in sorted({p for p in prefixes if p}):
        upper = _prefix_upper_bound(prefix)
        cond = SpeakerToken.token >= prefix
        conditions.append(and_(cond, SpeakerToken.token < upper) if upper else cond)
    if not conditions:
        return []
    weight = func.sum(case((SpeakerToken.token.in_(exact), 2), else_=1)) if exact else func.count()
    stmt = (
        select(SpeakerToken.speaker_id, weight.label("w"))
        .where(or_(*conditions))
        .group_by(SpeakerToken.speaker_id)
        .order_by(weight.desc(), SpeakerToken.speaker_id)
        .limit(limit)
    )
    return [row[0] for row in session.execute(stmt)]


def speaker_records(session: Session, speaker_ids: Sequence[int]) -> list[SpeakerRecord]:
    """The speakers with these ids and all their names, aliases and roles (two indexed queries)."""
    if not speaker_ids:
        return []
    speakers = session.execute(
        select(Speaker.id, Speaker.name, Speaker.kind).where(Speaker.id.in_(list(speaker_ids)))
    ).all()
    names: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    rows = session.execute(
        select(SpeakerName.speaker_id, SpeakerName.kind, SpeakerName.text, SpeakerName.folded)
        .where(SpeakerName.speaker_id.in_(list(speaker_ids)))
        .order_by(SpeakerName.id)
    )
    for speaker_id, kind, name_text, folded in rows:
        names[speaker_id].append((kind, name_text, folded))
    return [SpeakerRecord(sid, name, kind, tuple(names[sid])) for sid, name, kind in speakers]


def speaker_roles(session: Session, speaker_ids: Iterable[int]) -> dict[int, list[str]]:
    """Roles (as written) of these speakers, first seen first."""
    ids = sorted(set(speaker_ids))
    if not ids:
        return {}
    roles: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(SpeakerName.speaker_id, SpeakerName.text)
        .where(SpeakerName.speaker_id.in_(ids), SpeakerName.kind == "role")
        .order_by(SpeakerName.id)
    )
    for speaker_id, role in rows:
        roles[speaker_id].append(role)
    return dict(roles)


def _hits_stmt() -> Select:
    return (
        select(Quote, Article, Speaker)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Speaker, Speaker.id == Quote.speaker_id)
    )


def _window(stmt: Select, since: datetime | None, until: datetime | None) -> Select:
    if since is not None:
        stmt = stmt.where(Quote.published_at >= since)
    if until is not None:
        stmt = stmt.where(Quote.published_at < until)
    return stmt


def _newest_first(stmt: Select) -> Select:
    # Newest article first, its quotes in reading order. Plain DESC (no NULLS LAST) so PostgreSQL can
    # walk ix_quotes_published / ix_quotes_speaker_published backwards; save_article always sets the time.
    return stmt.order_by(Quote.published_at.desc(), Quote.article_id.desc(), Quote.position)


def latest_quotes(
    session: Session,
    *,
    speaker_ids: Sequence[int] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 5,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes newest first (by publication time), optionally of some speakers and within a window."""
    stmt = _hits_stmt()
    if speaker_ids is not None:
        stmt = stmt.where(Quote.speaker_id.in_(list(speaker_ids)))
    else:
        stmt = stmt.where(Quote.speaker_id.is_not(None))
    stmt = _newest_first(_window(stmt, since, until)).limit(limit).offset(offset)
    return [QuoteHit(q, a, s) for q, a, s in session.execute(stmt)]


def quotes_created_since(session: Session, since: datetime, *, limit: int) -> list[QuoteHit]:
    """Attributed quotes stored at or after ``since``, newest first (the digest's query)."""
    stmt = (
        _hits_stmt()
        .where(Quote.created_at >= since, Quote.speaker_id.is_not(None))
        .order_by(Quote.created_at.desc(), Quote.id.desc())
        .limit(limit)
    )
    return [QuoteHit(q, a, s) for q, a, s in session.execute(stmt)]


# --- full-text search ---------------------------------------------------------------------------


def _fts_terms(words: Sequence[str]) -> list[str]:
    # Callers pass folded words (bot.names.fold): only [a-z0-9], safe to quote in either syntax.
    return [w for w in words if w.isalnum()]


def _fts_query(session: Session, words: Sequence[str], *, mode: str) -> tuple[str, str] | None:
    """(dialect, query string) for ``mode``: ``all``/``any`` (prefix terms) or ``phrase``."""
    terms = _fts_terms(words)
    if not terms:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        if mode == "phrase":
            return dialect, '"' + " ".join(terms) + '"'
        joiner = " AND " if mode == "all" else " OR "
        return dialect, joiner.join(f'"{t}"*' for t in terms)
    if mode == "phrase":
        return dialect, " ".join(terms)
    joiner = " & " if mode == "all" else " | "
    return dialect, joiner.join(f"{t}:*" for t in terms)


def _fts_ids(
    session: Session,
    words: Sequence[str],
    *,
    mode: str,
    speaker_ids: Sequence[int] | None,
    since: datetime | None,
    until: datetime | None,
    order: str,
    limit: int,
    offset: int,
) -> list[tuple[int, float]]:
    """(quote id, rank) of full-text matches, best rank first (``order='rank'``) or newest first."""
    built = _fts_query(session, words, mode=mode)
    if built is None:
        return []
    dialect, query = built
    params: dict[str, object] = {"q": query, "limit": limit, "offset": offset}
    filters = []
    if speaker_ids is not None:
        filters.append("quotes.speaker_id IN :speaker_ids")
        params["speaker_ids"] = list(speaker_ids)
    if since is not None:
        filters.append("quotes.published_at >= :since")
        params["since"] = since
    if until is not None:
        filters.append("quotes.published_at < :until")
        params["until"] = until
    extra = "".join(f" AND {f}" for f in filters)
    if dialect == "sqlite":
        # bm25() is lower-is-better; negate so that higher is better on both databases.
        rank = "-bm25(quotes_fts)"
        sql = (
            f"SELECT quotes.id, {rank} AS rank FROM quotes_fts "
            "JOIN quotes ON quotes.id = quotes_fts.rowid "
            f"WHERE quotes_fts MATCH :q{extra}"
        )
    elif dialect == "postgresql":
        tsquery = (
            "phraseto_tsquery('english', :q)" if mode == "phrase" else "to_tsquery('english', :q)"
        )
        sql = (
            f"SELECT quotes.id, ts_rank(to_tsvector('english', quotes.text), {tsquery}) AS rank "
            f"FROM quotes WHERE to_tsvector('english', quotes.text) @@ {tsquery}{extra}"
        )
    else:  # pragma: no cover - other databases are not supported
        raise NotImplementedError(dialect)
    if order == "rank":
        sql += " ORDER BY rank DESC, quotes.published_at DESC, quotes.id"
    else:
        sql += " ORDER BY quotes.published_at DESC, quotes.article_id DESC, quotes.position"
    sql += " LIMIT :limit OFFSET :offset"
    stmt = text(sql)
    if speaker_ids is not None:
        stmt = stmt.bindparams(bindparam("speaker_ids", expanding=True))
    return [(int(i), float(r or 0.0)) for i, r in session.execute(stmt, params)]


def _hydrate(session: Session, ranked: Sequence[tuple[int, float]]) -> list[QuoteHit]:
    if not ranked:
        return []
    ids = [i for i, _ in ranked]
    rows = session.execute(_hits_stmt().where(Quote.id.in_(ids))).all()
    by_id = {q.id: (q, a, s) for q, a, s in rows}
    return [QuoteHit(*by_id[i], rank=r) for i, r in ranked if i in by_id]


def topic_quotes(
    session: Session,
    words: Sequence[str],
    *,
    speaker_ids: Sequence[int] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 5,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes mentioning the topic words (stemmed, by prefix), most relevant first.

    Quotes with every word come first; when none has them all, quotes with any of them.
    """
    for mode in ("all", "any"):
        ranked = _fts_ids(
            session,
            words,
            mode=mode,
            speaker_ids=speaker_ids,
            since=since,
            until=until,
            order="rank",
            limit=limit,
            offset=offset,
        )
        if ranked or offset:
            return _hydrate(session, ranked)
        if len(_fts_terms(words)) < 2:
            break
    return []


def phrase_candidates(
    session: Session,
    words: Sequence[str],
    *,
    limit: int = PHRASE_SCAN_LIMIT,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes whose text has the words as a phrase (full-text, stemmed), newest first."""
    ranked = _fts_ids(
        session,
        words,
        mode="phrase",
        speaker_ids=None,
        since=None,
        until=None,
        order="date",
        limit=limit,
        offset=offset,
    )
    return _hydrate(session, ranked)


def all_words_candidates(session: Session, words: Sequence[str], *, limit: int) -> list[QuoteHit]:
    """Quotes with all the words anywhere (prefix, stemmed), most relevant first."""
    ranked = _fts_ids(
        session,
        words,
        mode="all",
        speaker_ids=None,
        since=None,
        until=None,
        order="rank",
        limit=limit,
        offset=0,
    )
    return _hydrate(session, ranked)
