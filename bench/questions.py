"""Question latency and memory on a large synthetic index: each question form's median and p95 time and
the peak Python memory of one question (tracemalloc), to show questions never load the whole index.

    python bench/questions.py [--quotes 20000] [--speakers 2000] [--repeat 30] [--postgres URL]

Fills a temporary SQLite database (and, with --postgres, a temporary schema on that server, dropped
afterwards) with synthetic articles, speakers and quotes generated from word lists. Speakers are made
with ``store.repository.find_or_create_speaker`` (names, aliases, roles and tokens as ingestion writes
them); articles and quotes go in as bulk inserts through the same models (``--save-article`` uses
``save_article`` per article instead: slower, same result).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import Engine, create_engine, func, insert, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.answer import answer_question  # noqa: E402
from bot.article import ArticleInput  # noqa: E402
from bot.quote import Mention, Quote  # noqa: E402
from store.db import make_engine, upgrade  # noqa: E402
from store.models import Article, Speaker  # noqa: E402
from store.models import Quote as QuoteRow  # noqa: E402
from store.repository import content_hash, find_or_create_speaker, save_article  # noqa: E402

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
DAYS = 90  # articles are spread over the 90 days before NOW

GIVEN = (
    "Adrian Agnes Alma Anton Bianca Boris Carla Cecil Dagny Dario Edith Emil Fatima Felix Greta Gustav "
    "Hana Hugo Ilse Ivan Jana Jonas Karin Klaus Lena Lucas Maren Milan Nadia Nils Olga Oskar Paula Pavel "
    "Rosa Ruben Sara Stefan Tamar Tobias Una Viktor Vera Walter Yara Yusuf Zora Zeno Ines Igor"
).split()
SURNAME_START = "Bar Kor Lin Mar Dov Fal Hal Ost Pet Ros Sal Tam Val Vor Wen Zar Bel Car Dan Ell".split()
SURNAME_END = "ovic enko berg mann ari ides escu sson ova ani".split()
ADJECTIVES = (
    "Halvanian Nordish Korvathi Ostrian Valdian Marish Dovrikan Belsian Tamrian Zarkovan Federal Coastal"
).split()
OFFICES = (
    "finance minister|foreign minister|defence minister|interior minister|presidential spokesman|"
    "central bank governor|trade envoy|opposition leader|energy secretary|health minister|prime minister|"
    "union leader|ambassador|army chief|agriculture secretary"
).split("|")
ORG_WORDS = "Ministry Office Council Agency Bureau Commission Authority Chamber Union Institute".split()
VOCAB = (
    "grain export corridor ships port ceasefire security guarantees talks budget deficit tax levy strike "
    "wages harbour navy escort sanctions fuel prices bread harvest farmers warehouse fire investigation "
    "border troops treaty parliament vote election reform pension banks inflation loans debt aid convoy "
    "insurance cargo wheat fertiliser energy gas pipeline power grid winter storms mines clearance "
    "inspection observers delegation summit agreement framework deadline timetable negotiators partners "
    "allies neighbours schools hospitals doctors teachers roads railways bridges rivers coast shipping"
).split()
FILLER = "the a of to and we will not must can our their is are be this that for with on at in".split()
HEADLINE = "talks budget strike summit corridor fire vote deal crisis plan".split()


@dataclass(frozen=True)
class Person:
    name: str
    kind: str
    role: str | None


def make_speakers(rng: random.Random, count: int) -> list[Person]:
    surnames = [a + b for a in SURNAME_START for b in SURNAME_END]
    names = [f"{g} {s}" for s in surnames for g in GIVEN]
    rng.shuffle(names)
    n_orgs = max(1, count // 20)
    people = [
        Person(name, "person", f"{rng.choice(ADJECTIVES)} {rng.choice(OFFICES)}")
        for name in names[: count - n_orgs]
    ]
    orgs = {
        f"{rng.choice(ADJECTIVES)} {rng.choice(ORG_WORDS)} of {rng.choice(VOCAB).title()}"
        for _ in range(n_orgs * 3)
    }
    people += [Person(name, "organisation", None) for name in sorted(orgs)[:n_orgs]]
    return people


def make_sentence(rng: random.Random) -> str:
    words = [
        rng.choice(VOCAB) if rng.random() < 0.55 else rng.choice(FILLER) for _ in range(rng.randint(10, 28))
    ]
    return " ".join(words).capitalize() + "."


def fill(engine: Engine, *, quotes: int, speakers: int, per_article: int, seed: int, slow: bool) -> dict:
    rng = random.Random(seed)
    people = make_speakers(rng, speakers)
    started = time.perf_counter()
    ids: list[int] = []
    with Session(engine) as session:
        for p in people:
            surname = p.name.split()[-1]
            speaker = find_or_create_speaker(
                session, p.name, p.kind, [p.role] if p.role else [], [surname] if p.kind == "person" else []
            )
            ids.append(speaker.id)
        session.commit()
    n_articles = max(1, quotes // per_article)
    article_rows, quote_rows, phrases = [], [], []
    for a in range(n_articles):
        published = NOW - timedelta(minutes=rng.randrange(DAYS * 24 * 60))
        cast = rng.sample(range(len(people)), k=min(len(people), rng.randint(2, 5)))
        body, items = [], []
        for position in range(per_article):
            who = rng.choice(cast)
            sentence = make_sentence(rng)
            items.append((who, sentence, position))
            body.append(f"{people[who].name} said: {sentence}")
        text_ = f"{rng.choice(HEADLINE).title()} news {a}\n\n" + "\n\n".join(body)
        article_rows.append(
            {
                "id": a + 1,
                "title": f"{rng.choice(HEADLINE).title()} news {a}",
                "outlet": "Bench Wire",
                "url": f"https://news.example/bench/{a}",
                "published_at": published,
                "text": text_,
                "content_hash": content_hash(text_),
                "ingested_at": NOW,
            }
        )
        offset = 0
        for who, sentence, position in items:
            start = text_.index(sentence, offset)
            offset = start + len(sentence)
            quote_rows.append(
                {
                    "article_id": a + 1,
                    "speaker_id": ids[who],
                    "text": sentence,
                    "start": start,
                    "end": start + len(sentence),
                    "spans": [[start, start + len(sentence)]],
                    "direct": True,
                    "cue": "said",
                    "mention_text": people[who].name,
                    "mention_start": None,
                    "mention_end": None,
                    "position": position,
                    "published_at": published,
                    "created_at": NOW,
                }
            )
            if rng.random() < 0.01:
                words = sentence.rstrip(".").split()
                i = rng.randrange(max(1, len(words) - 4))
                phrases.append(" ".join(words[i : i + 4]))
    if slow:
        _fill_with_save_article(engine, people, article_rows, quote_rows)
    else:
        with Session(engine) as session:
            for chunk in range(0, len(article_rows), 1000):
                session.execute(insert(Article), article_rows[chunk : chunk + 1000])
            for chunk in range(0, len(quote_rows), 5000):
                session.execute(insert(QuoteRow), quote_rows[chunk : chunk + 5000])
            session.commit()
            if engine.dialect.name == "postgresql":
                session.execute(
                    text("SELECT setval(pg_get_serial_sequence('articles', 'id'), max(id)) FROM articles")
                )
                session.commit()
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    return {"people": people, "phrases": phrases, "load_s": time.perf_counter() - started}


def _fill_with_save_article(
    engine: Engine, people: list[Person], articles: list[dict], quotes: list[dict]
) -> None:
    by_article: dict[int, list[dict]] = {}
    for q in quotes:
        by_article.setdefault(q["article_id"], []).append(q)
    by_id = {i: p for i, p in enumerate(people)}
    name_to_person = {p.name: p for p in by_id.values()}
    with Session(engine) as session:
        for row in articles:
            article = ArticleInput(
                title=row["title"],
                text=row["text"],
                url=row["url"],
                outlet=row["outlet"],
                published=row["published_at"],
            )
            items = []
            for q in by_article.get(row["id"], []):
                person = name_to_person[q["mention_text"]]
                items.append(
                    Quote(
                        text=q["text"],
                        start=q["start"],
                        end=q["end"],
                        spans=((q["start"], q["end"]),),
                        speaker=person.name,
                        speaker_kind=person.kind,  # type: ignore[arg-type]
                        speaker_mention=Mention(person.name, 0, len(person.name)),
                        cue="said",
                        direct=True,
                        speaker_roles=(person.role,) if person.role else (),
                    )
                )
            save_article(session, article, items)
            session.commit()


def typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def question_forms(
    rng: random.Random, people: list[Person], phrases: list[str]
) -> dict[str, Callable[[], str]]:
    persons = [p for p in people if p.kind == "person"]
    orgs = [p for p in people if p.kind == "organisation"]

    def person() -> Person:
        return rng.choice(persons)

    def typo_question(p: Person) -> str:
        given, surname = p.name.split()
        return f"what did {given} {typo(rng, surname)} say"

    return {
        "what did FULL NAME say": lambda: f"what did {person().name} say",
        "what did SURNAME say": lambda: f"what did {person().name.split()[-1]} say",
        "what did TYPO say": lambda: typo_question(person()),
        "what did the ROLE say": lambda: f"what did the {person().role} say",
        "what did the ORGANISATION say": lambda: f"what did the {rng.choice(orgs).name} say",
        "what did X say about TOPIC": lambda: f"what did {person().name} say about {rng.choice(VOCAB)}",
        "latest quotes about TOPIC": lambda: f"latest quotes about {rng.choice(VOCAB)} {rng.choice(VOCAB)}",
        'who said "PHRASE"': lambda: f'who said "{rng.choice(phrases)}"',
        "who said RARE WORDS (no hit)": lambda: f'who said "zebra {rng.choice(VOCAB)} quokka"',
        "latest quotes": lambda: "latest quotes",
        "quotes today": lambda: "quotes today",
        "quotes this week": lambda: "quotes this week",
        "what did X say this week": lambda: f"what did {person().name} say this week",
        "what did ABSENT say": lambda: f"what did {rng.choice(['Macron', 'Merkel', 'Obama', 'Scholz'])} say",
    }


def measure(
    engine: Engine, forms: dict[str, Callable[[], str]], repeat: int
) -> list[tuple[str, float, float, float, int]]:
    results = []
    with Session(engine) as session:
        for label, make in forms.items():
            questions = [make() for _ in range(repeat)]
            answer_question(session, questions[0], now=NOW)  # warm-up: caches, compiled statements
            times = []
            found = 0
            for q in questions:
                t0 = time.perf_counter()
                answer = answer_question(session, q, now=NOW)
                times.append((time.perf_counter() - t0) * 1000)
                found += bool(answer.quotes) or answer.ambiguous
                session.expunge_all()
            peak = 0
            for q in questions[:5]:
                tracemalloc.start()
                answer_question(session, q, now=NOW)
                peak = max(peak, tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
                session.expunge_all()
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            results.append((label, statistics.median(times), p95, peak / 1024, found))
    return results


def report(name: str, engine: Engine, filled: dict, results: list, repeat: int) -> None:
    with Session(engine) as session:
        n_quotes = session.scalar(select(func.count()).select_from(QuoteRow))
        n_speakers = session.scalar(select(func.count()).select_from(Speaker))
        n_articles = session.scalar(select(func.count()).select_from(Article))
    print(
        f"\n{name}: {n_quotes} quotes, {n_speakers} speakers, {n_articles} articles "
        f"(loaded in {filled['load_s']:.1f} s); {repeat} questions per form"
    )
    print(f"{'question form':<34} {'median ms':>10} {'p95 ms':>10} {'peak KiB':>10} {'answered':>9}")
    for label, median, p95, peak_kib, found in results:
        print(f"{label:<34} {median:>10.1f} {p95:>10.1f} {peak_kib:>10.0f} {found:>5}/{repeat}")


def run(name: str, engine: Engine, args: argparse.Namespace) -> None:
    upgrade(engine)
    filled = fill(
        engine,
        quotes=args.quotes,
        speakers=args.speakers,
        per_article=args.per_article,
        seed=args.seed,
        slow=args.save_article,
    )
    forms = question_forms(random.Random(args.seed + 1), filled["people"], filled["phrases"])
    results = measure(engine, forms, args.repeat)
    report(name, engine, filled, results, args.repeat)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quotes", type=int, default=20_000)
    ap.add_argument("--speakers", type=int, default=2_000)
    ap.add_argument("--per-article", type=int, default=10, help="quotes per article (10)")
    ap.add_argument("--repeat", type=int, default=30, help="questions timed per form (30)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--postgres", metavar="URL", help="also measure on this PostgreSQL server (a temp schema)"
    )
    ap.add_argument("--save-article", action="store_true", help="load through save_article (slow)")
    args = ap.parse_args(argv)
    if args.speakers < 20 or args.quotes < args.per_article:
        ap.error("need at least 20 speakers and one article's worth of quotes")

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            run("SQLite", engine, args)
        finally:
            engine.dispose()

    if args.postgres:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.postgres)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine = create_engine(args.postgres, connect_args={"options": f"-csearch_path={schema}"})
        try:
            run("PostgreSQL", engine, args)
        finally:
            engine.dispose()
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
