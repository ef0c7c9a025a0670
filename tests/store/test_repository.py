"""The write side of the store, on SQLite and PostgreSQL: idempotent saves and speaker merging."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, func, select

from bot.article import ArticleInput
from bot.names import sound_key
from bot.quote import Mention, Quote
from store.db import session_scope
from store.models import Article, Speaker, SpeakerName, SpeakerToken
from store.models import Quote as QuoteRow
from store.repository import content_hash, find_or_create_speaker, save_article

PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def article(
    text: str, *, published: datetime | None = PUBLISHED, title: str = "Talks resume"
) -> ArticleInput:
    return ArticleInput(
        title=title, outlet="Harbour Wire", url="https://example.test/a", published=published, text=text
    )


def quote(
    text: str,
    body: str,
    speaker: str | None,
    *,
    kind: str | None = "person",
    roles: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    direct: bool = True,
) -> Quote:
    start = body.index(text)
    mention = None
    if speaker is not None and speaker in body:
        at = body.index(speaker)
        mention = Mention(speaker, at, at + len(speaker))
    return Quote(
        text=text,
        start=start,
        end=start + len(text),
        spans=((start, start + len(text)),),
        speaker=speaker,
        speaker_kind=kind,  # type: ignore[arg-type]
        speaker_mention=mention,
        cue="said",
        direct=direct,
        speaker_roles=roles,
        speaker_aliases=aliases,
    )


BODY = (
    'Port talks resume\n\nHarbour Minister Ada Lindqvist said on Monday: "We will reopen the north pier." '
    '"The cranes are ready," the port authority said. Six dockworkers said they had not been paid.'
)


def sample_quotes() -> list[Quote]:
    return [
        quote("We will reopen the north pier.", BODY, "Ada Lindqvist", roles=("Harbour Minister",),
              aliases=("Lindqvist",)),
        quote("The cranes are ready,", BODY, "the port authority", kind="organisation"),
        quote("they had not been paid", BODY, "Six dockworkers", kind="group", direct=False),
        quote("We will reopen", BODY, None, kind=None),
    ]


def speaker_names(engine: Engine) -> list[str]:
    with session_scope(engine) as s:
        return sorted(s.scalars(select(Speaker.name)))


def resolve(engine: Engine, name: str, kind: str = "person", **kw: tuple[str, ...]) -> int:
    with session_scope(engine) as s:
        return find_or_create_speaker(s, name, kind, **kw).id


def test_save_article_stores_article_and_quotes(engine: Engine) -> None:
    with session_scope(engine) as s:
        result = save_article(s, article(BODY), sample_quotes())
    assert result.created and result.quote_count == 4
    with session_scope(engine) as s:
        stored = s.get(Article, result.article_id)
        assert stored is not None
        assert stored.text == BODY and stored.outlet == "Harbour Wire"
        assert stored.content_hash == content_hash(BODY)
        rows = s.scalars(select(QuoteRow).order_by(QuoteRow.position)).all()
        assert [r.position for r in rows] == [0, 1, 2, 3]
        assert all(r.published_at is not None and r.published_at.replace(tzinfo=UTC) == PUBLISHED
                   for r in rows)
        first = rows[0]
        assert BODY[first.start : first.end] == first.text
        assert first.spans == [[first.start, first.end]]
        assert first.speaker is not None and first.speaker.name == "Ada Lindqvist"
        assert first.mention_text == "Ada Lindqvist" and first.cue == "said"
        assert rows[1].speaker is not None and rows[1].speaker.kind == "organisation"
        assert rows[2].speaker is not None and rows[2].speaker.kind == "group"
        assert rows[2].direct is False
        assert rows[3].speaker_id is None


def test_save_article_is_idempotent(engine: Engine) -> None:
    with session_scope(engine) as s:
        first = save_article(s, article(BODY), sample_quotes())
    # Same text, re-wrapped: still the same article.
    rewrapped = BODY.replace(" ", "\n", 3) + "\n"
    with session_scope(engine) as s:
        again = save_article(s, article(rewrapped), sample_quotes())
    assert again.created is False
    assert again.article_id == first.article_id and again.quote_count == 4
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 1
        assert s.scalar(select(func.count()).select_from(QuoteRow)) == 4


def test_quotes_without_published_time_get_now(engine: Engine) -> None:
    before = datetime.now(UTC)
    with session_scope(engine) as s:
        save_article(s, article(BODY, published=None), sample_quotes()[:1])
    with session_scope(engine) as s:
        row = s.scalars(select(QuoteRow)).one()
        assert row.published_at is not None
        assert row.published_at.replace(tzinfo=UTC) >= before.replace(microsecond=0)
        assert s.scalars(select(Article.published_at)).one() is None


def test_names_roles_and_tokens_are_recorded(engine: Engine) -> None:
    with session_scope(engine) as s:
        save_article(s, article(BODY), sample_quotes())
    with session_scope(engine) as s:
        ada = s.scalars(select(Speaker).where(Speaker.name == "Ada Lindqvist")).one()
        names = {(n.kind, n.text, n.folded, n.key) for n in s.scalars(
            select(SpeakerName).where(SpeakerName.speaker_id == ada.id))}
        assert ("name", "Ada Lindqvist", "ada lindqvist", "ada lindkvist") in names
        assert ("alias", "Lindqvist", "lindqvist", "lindkvist") in names
        assert ("role", "Harbour Minister", "harbour minister", "harbour minister") in names
        tokens = set(s.scalars(select(SpeakerToken.token).where(SpeakerToken.speaker_id == ada.id)))
        assert tokens == {sound_key("ada"), sound_key("lindqvist"), sound_key("harbour"),
                          sound_key("minister")}
        authority = s.scalars(select(Speaker).where(Speaker.kind == "organisation")).one()
        assert authority.name == "the port authority"
        org_tokens = set(s.scalars(select(SpeakerToken.token).where(
            SpeakerToken.speaker_id == authority.id)))
        assert "the" not in org_tokens and sound_key("authority") in org_tokens


def test_recording_the_same_names_twice_writes_nothing_new(engine: Engine) -> None:
    for _ in range(2):
        resolve(engine, "Ada Lindqvist", roles=("Harbour Minister", "harbour minister"),
                aliases=("Lindqvist", "Ms. Lindqvist"))
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Speaker)) == 1
        assert s.scalar(select(func.count()).select_from(SpeakerName)) == 4
        # ada, lindqvist, harbour, minister: not "ms", an honorific
        assert s.scalar(select(func.count()).select_from(SpeakerToken)) == 4


def test_zelensky_spellings_are_one_speaker(engine: Engine) -> None:
    ids = {
        resolve(engine, name)
        for name in ("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "President Zelensky",
                     "Volodymyr Zelenskyy")
    }
    assert len(ids) == 1
    assert speaker_names(engine) == ["Volodymyr Zelensky"]  # the full name upgraded the surname
    with session_scope(engine) as s:
        texts = set(s.scalars(select(SpeakerName.text).where(SpeakerName.kind == "name")))
    assert {"Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "President Zelensky"} <= texts


def test_full_name_first_then_short_forms(engine: Engine) -> None:
    full = resolve(engine, "Volodymyr Zelensky")
    olena = resolve(engine, "Olena Zelenska")
    assert olena != full
    for short in ("Zelensky", "Zelenskyy", "President Zelensky", "Mr. Zelenskiy"):
        assert resolve(engine, short) == full
    assert resolve(engine, "Zelenska") == olena
    assert resolve(engine, "Olena Zelenska") == olena


def test_trump_junior_stays_apart(engine: Engine) -> None:
    senior = resolve(engine, "Donald Trump")
    junior = resolve(engine, "Donald Trump Jr.")
    assert senior != junior
    assert resolve(engine, "Trump") == senior
    assert resolve(engine, "President Trump") == senior
    assert resolve(engine, "Trump Jr.") == junior
    assert resolve(engine, "Donald Trump Jr") == junior
    assert len(speaker_names(engine)) == 2


def test_junior_first_then_surname_then_senior(engine: Engine) -> None:
    junior = resolve(engine, "Donald Trump Jr.")
    trump = resolve(engine, "Trump")
    assert trump != junior
    assert resolve(engine, "Donald Trump") == trump  # the full name upgrades the surname-only speaker
    assert speaker_names(engine) == ["Donald Trump", "Donald Trump Jr."]


def test_names_with_numeral_like_words(engine: Engine) -> None:
    wang = resolve(engine, "Wang Yi")
    assert resolve(engine, "Yi") == wang
    assert resolve(engine, "Wang") != wang


def test_ambiguous_surname_is_not_guessed(engine: Engine) -> None:
    donald = resolve(engine, "Donald Trump")
    melania = resolve(engine, "Melania Trump")
    trump = resolve(engine, "Trump")
    assert trump not in (donald, melania)
    assert resolve(engine, "Trump") == trump
    # A later full name does not take over the ambiguous surname either.
    ivanka = resolve(engine, "Ivanka Trump")
    assert ivanka not in (donald, melania, trump)
    assert speaker_names(engine) == ["Donald Trump", "Ivanka Trump", "Melania Trump", "Trump"]


def test_transliterated_given_names_are_one_person(engine: Engine) -> None:
    mykyta = resolve(engine, "Mykyta Schurawel")
    assert resolve(engine, "Nikita Zhuravel") == mykyta
    assert resolve(engine, "President Mykyta Zhuravel") == mykyta
    lydia = resolve(engine, "Lydia Zhuravel")
    assert lydia != mykyta
    assert resolve(engine, "Volodymyr Zelensky") == resolve(engine, "Vladimir Zelensky")
    assert resolve(engine, "Donald Trump") != resolve(engine, "Ronald Trump")  # similar is not the same


def test_different_first_names_are_different_people(engine: Engine) -> None:
    assert resolve(engine, "Ada Lindqvist") != resolve(engine, "Erik Lindqvist")
    assert resolve(engine, "George Bush") != resolve(engine, "George W. Bush")


def test_organisations_and_groups_never_merge_with_persons(engine: Engine) -> None:
    person = resolve(engine, "Reuters")
    org = resolve(engine, "Reuters", "organisation")
    group = resolve(engine, "Reuters", "group")
    assert len({person, org, group}) == 3
    white_house = resolve(engine, "The White House", "organisation")
    assert resolve(engine, "White House", "organisation") == white_house
    house = resolve(engine, "Tom House")
    assert resolve(engine, "House") == house  # the surname goes to the person, not the organisation
    with session_scope(engine) as s:
        kinds = dict(s.execute(select(Speaker.id, Speaker.kind)).tuples().all())
    assert kinds[person] == "person" and kinds[org] == "organisation" and kinds[group] == "group"


def test_speakers_merge_across_articles(engine: Engine) -> None:
    one = 'Kyiv\n\n"We need guarantees," Volodymyr Zelensky said.'
    two = 'Kyiv again\n\n"Guarantees first," Zelenskyy told reporters. "No," said Olena Zelenska.'
    with session_scope(engine) as s:
        save_article(s, article(one), [quote("We need guarantees,", one, "Volodymyr Zelensky",
                                             roles=("President",))])
    with session_scope(engine) as s:
        save_article(s, article(two), [quote("Guarantees first,", two, "Zelenskyy"),
                                       quote("No,", two, "Olena Zelenska")])
    with session_scope(engine) as s:
        per_speaker = dict(s.execute(
            select(Speaker.name, func.count(QuoteRow.id)).join(QuoteRow).group_by(Speaker.name)
        ).tuples().all())
    assert per_speaker == {"Volodymyr Zelensky": 2, "Olena Zelenska": 1}
