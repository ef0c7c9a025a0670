"""Plain-text rendering of answers and digests for the terminal."""

from __future__ import annotations

import textwrap
from datetime import datetime

from bot.answer import Answer, AnswerQuote
from bot.digest import Digest

WIDTH = 100


def _date(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment else "undated"


def render_quote(quote: AnswerQuote, *, with_speaker: bool = True, indent: str = "  ") -> str:
    """A quote as a few lines: who, what (quoted when direct), and where it appeared."""
    said = f"“{quote.text}”" if quote.shown_quoted else quote.text
    who = ""
    if with_speaker and quote.speaker:
        role = f" ({quote.speaker_role})" if quote.speaker_role else ""
        who = f"{quote.speaker}{role}: "
    body = textwrap.fill(
        who + said, width=WIDTH, initial_indent=indent + "- ", subsequent_indent=indent + "  "
    )
    article = quote.article
    source = " · ".join(
        part for part in (article.outlet, article.title, _date(article.published)) if part
    )
    lines = [body, f"{indent}  {source}"]
    if article.url:
        lines.append(f"{indent}  {article.url}")
    return "\n".join(lines)


def render_answer(answer: Answer) -> str:
    """An answer for the terminal: a heading, the message if any, the quotes, a paging hint."""
    lines: list[str] = []
    single = len(answer.speakers) == 1 and not answer.ambiguous
    if single:
        speaker = answer.speakers[0]
        role = f" ({', '.join(speaker.roles[:2])})" if speaker.roles else ""
        about = f" about “{answer.topic}”" if answer.topic else ""
        lines.append(f"{speaker.name}{role}{about}:")
    if answer.message:
        lines.append(answer.message)
    if answer.ambiguous:
        for speaker in answer.speakers:
            roles = f" ({', '.join(speaker.roles[:2])})" if speaker.roles else ""
            lines.append(f"  - {speaker.name}{roles}")
    for quote in answer.quotes:
        lines.append(render_quote(quote, with_speaker=not single))
    if answer.has_more:
        lines.append(f"  … more (showing {answer.offset + 1}-{answer.offset + len(answer.quotes)})")
    if not lines:
        lines.append("Nothing found.")
    return "\n".join(lines)


def render_digest(digest: Digest) -> str:
    """A digest for the terminal: each speaker with their new quotes."""
    if digest.empty:
        return f"No new quotes since {digest.since:%Y-%m-%d %H:%M}."
    count = digest.quote_count
    people = len(digest.groups)
    lines = [
        f"Digest: {count} new quote{'' if count == 1 else 's'} from {people} "
        f"speaker{'' if people == 1 else 's'}"
    ]
    for group in digest.groups:
        lines.append(f"{group.speaker.name}:")
        for quote in group.quotes:
            lines.append(render_quote(quote, with_speaker=False, indent="  "))
    if digest.has_more:
        lines.append("  … and more")
    return "\n".join(lines)
