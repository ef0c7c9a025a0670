"""Which speaker a question means: index candidates, then rapidfuzz scoring that never guesses a stranger.

Candidates come from ``speaker_tokens`` (sound keys of the asked words, by equality and prefix); only
their names, aliases and roles are read and scored here. A person is matched surname first: the asked
surname must closely match the surname of one of the speaker's names (or a first name, when only one
word was asked), so ``Macron`` never gives Marco Rubio while ``Rubbio``, ``Selenskyj`` and ``Peskow`` do
find theirs. Descriptions ("the Kremlin spokesman", "the White House") are matched against roles and
organisation names, every asked word needing a close counterpart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from sqlalchemy.orm import Session

from bot.names import SUFFIXES, fold, name_words, sound_key
from store.search import SpeakerRecord, speaker_candidates, speaker_records

STOP_WORDS = frozenset("the of a an and or for in on at to by with from us u s".split())
# Scores within this of the best one fit equally well: ask which one was meant.
TIE_MARGIN = 1.0
SUGGESTION_MIN = 60.0
# A single asked word matched to a first name must be nearly exact ("Macron" is not "Marc").
FIRST_NAME_MIN = 90.0
MAX_SUGGESTIONS = 3


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    """The speakers that fit best (two or more: ambiguous) and, when none fits, close names."""

    speakers: tuple[SpeakerRecord, ...] = ()
    suggestions: tuple[str, ...] = ()
    score: float = 0.0

    @property
    def ambiguous(self) -> bool:
        return len(self.speakers) > 1

    @property
    def found(self) -> bool:
        return bool(self.speakers)


def word_threshold(word: str) -> float:
    """How close a word must be: short words leave less room for typos."""
    return 85.0 if len(word) <= 5 else 80.0


def max_edits(word: str) -> int:
    """Typos tolerated in a word (edits, a swap of neighbours counting as one): none in very short words."""
    return 0 if len(word) <= 3 else 1 if len(word) <= 7 else 2


def word_score(asked: str, known: str) -> float:
    """0..100 similarity of two folded name words, sound-alike spellings counting as (nearly) equal."""
    if asked == known:
        return 100.0
    ka, kk = sound_key(asked), sound_key(known)
    if ka == kk:
        return 97.0
    score = max(fuzz.ratio(asked, known), fuzz.ratio(ka, kk))
    # fuzz.ratio forgives two changes in a short word (Macron/Marsson: 83); a typo is one or two edits.
    if min(OSA.distance(asked, known), OSA.distance(ka, kk)) > max_edits(asked):
        score = min(score, 70.0)
    # Gendered surname forms are different people: Zelenska is not Zelensky, Peskova is not Peskov.
    if ka.endswith("a") != kk.endswith("a") and len(ka) > 3 and len(kk) > 3:
        score = min(score, 70.0)
    return score


def _split_suffixes(words: Sequence[str]) -> tuple[list[str], set[str]]:
    return [w for w in words if w not in SUFFIXES], {w for w in words if w in SUFFIXES}


def person_score(asked: str, record: SpeakerRecord) -> float | None:
    """How well ``asked`` (a name as typed) fits the speaker's names and aliases; None: not this one.

    Only persons: an organisation or group is found by its name through ``role_score``, never by a
    person's surname that sounds like its last word.
    """
    if record.kind != "person":
        return None
    q_core, q_suffixes = _split_suffixes(name_words(asked))
    q_core = [w for w in q_core if w not in STOP_WORDS] or q_core
    if not q_core:
        return None
    surname, others = q_core[-1], q_core[:-1]
    role_words = {w for role in record.folded("role") for w in role.split()}
    rows = [_split_suffixes(name_words(folded)) for folded in record.folded("name", "alias")]
    # A first name on any of the speaker's names must agree with a first name asked.
    known_given = any(len(core) > 1 for core, _ in rows)
    best: float | None = None
    for n_core, n_suffixes in rows:
        if not n_core:
            continue
        surname_score = word_score(surname, n_core[-1])
        if not others and len(n_core) > 1:
            # One word asked: it may be a first name ("Marco"), a little behind a surname match.
            first = max(word_score(surname, w) for w in n_core[:-1])
            if first >= FIRST_NAME_MIN:
                surname_score = max(surname_score, first - 5)
        if surname_score < word_threshold(surname):
            continue
        scores = [surname_score, surname_score]  # the surname weighs double
        rejected = False
        for word in others:
            given = n_core[:-1]
            if not given:
                if known_given:
                    rejected = True
                    break
                scores.append(85.0)  # the speaker is known by surname only: nothing contradicts
                continue
            if len(word) == 1:
                score = 95.0 if any(g.startswith(word) for g in given) else 0.0
            else:
                score = max(word_score(word, g) for g in given)
            if score >= word_threshold(word):
                scores.append(score)
            elif word in role_words or word in STOP_WORDS:
                continue  # "Secretary of State Marco Rubio": a role word, not a name
            else:
                rejected = True
                break
        if rejected:
            continue
        if q_suffixes and q_suffixes != n_suffixes:
            continue  # "Donald Trump Jr." is not "Donald Trump"
        penalty = 10.0 if n_suffixes and not q_suffixes else 0.0
        score = sum(scores) / len(scores) - penalty
        best = score if best is None else max(best, score)
    return best


def _content_words(text: str) -> list[str]:
    words = fold(text).split()
    if words and words[0] == "the":
        words = words[1:]
    return [w for w in words if w not in STOP_WORDS and len(w) > 1]


def role_score(asked: str, record: SpeakerRecord, *, exact: bool = False) -> float | None:
    """How well a description fits the speaker's roles (and names, for organisations and groups).

    With ``exact`` every asked word must be one of the role's words as written (folded): a name asked
    without "the" is only taken for a role or organisation when it is spelled out (``Scholz`` is not
    the ``Institute of Schools``, though their sound keys coincide).
    """
    q_words = _content_words(asked)
    if not q_words:
        return None
    texts = record.folded("role")
    if record.kind != "person":
        texts = texts + record.folded("name", "alias")
    best: float | None = None
    for folded in texts:
        r_words = _content_words(folded)
        if not r_words:
            continue
        matched: set[str] = set()
        scores: list[float] = []
        for word in q_words:
            score, hit = max((word_score(word, r), r) for r in r_words)
            if score < word_threshold(word) or (exact and score < 100.0):
                break
            matched.add(hit)
            scores.append(score)
        else:
            # Every asked word fits; a description covering the whole role beats a partial one.
            full = 100.0 if matched == set(r_words) else 95.0
            score = full * (sum(scores) / len(scores)) / 100.0
            best = score if best is None else max(best, score)
    return best


def _best(scored: list[tuple[float, SpeakerRecord]]) -> SpeakerMatch | None:
    if not scored:
        return None
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    top = scored[0][0]
    tied = tuple(record for score, record in scored if score >= top - TIE_MARGIN)
    return SpeakerMatch(speakers=tied, score=top)


def score_candidates(asked: str, by_role: bool, records: Sequence[SpeakerRecord]) -> SpeakerMatch | None:
    """The best-fitting speakers among ``records`` (pure), or None when none fits."""
    scorers: tuple[Callable[[str, SpeakerRecord], float | None], ...] = (
        (role_score, person_score) if by_role else (person_score, partial(role_score, exact=True))
    )
    for scorer in scorers:
        scored = [(s, r) for r in records if (s := scorer(asked, r)) is not None]
        match = _best(scored)
        if match is not None:
            return match
    return None


def suggest(asked: str, records: Sequence[SpeakerRecord], limit: int = MAX_SUGGESTIONS) -> tuple[str, ...]:
    """Canonical names of speakers whose names or roles look somewhat like ``asked`` (pure)."""
    query = " ".join(_content_words(asked)) or fold(asked)
    scored: list[tuple[float, str]] = []
    for record in records:
        best = 0.0
        for folded in record.folded("name", "alias", "role"):
            best = max(best, fuzz.WRatio(query, folded))
            for word in query.split():
                for known in folded.split():
                    if len(known) > 2:
                        best = max(best, fuzz.ratio(word, known))
        if best >= SUGGESTION_MIN:
            scored.append((best, record.name))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    names: list[str] = []
    for _, name in scored:
        if name not in names:
            names.append(name)
    return tuple(names[:limit])


def _keys(asked: str) -> list[str]:
    return [sound_key(w) for w in fold(asked).split() if w not in STOP_WORDS and len(w) > 1]


def match_speaker(session: Session, asked: str, *, by_role: bool = False) -> SpeakerMatch:
    """The speaker(s) ``asked`` refers to, from indexed candidates; suggestions when nobody fits."""
    keys = [k for k in _keys(asked) if k]
    if not keys:
        return SpeakerMatch()
    ids = speaker_candidates(session, keys, [k[:3] for k in keys if len(k) >= 4])
    records = speaker_records(session, ids)
    match = score_candidates(asked, by_role, records)
    if match is not None:
        return match
    # Nobody fits: widen the net (first two letters of each key) to suggest close names.
    wider = speaker_candidates(session, keys, [k[:2] for k in keys if len(k) >= 2])
    extra = [i for i in wider if i not in set(ids)]
    records = records + speaker_records(session, extra)
    match = score_candidates(asked, by_role, records)
    if match is not None:
        return match
    return SpeakerMatch(suggestions=suggest(asked, records))
