"""Answers as Slack messages: Block Kit models, Slack's limits, and mrkdwn escaping.

Everything that came from an article (quote text, speaker names and roles, titles, outlets) goes through
``escape`` before it lands in a mrkdwn field, so ``<!channel>``, ``<@U123>`` or ``<https://x|click>`` in
an article is shown as text and can never ping anyone or forge a link. Links are built only from URLs that
``safe_url`` accepted. mrkdwn fields carrying article text are ``verbatim`` so Slack does not auto-link
names or URLs inside them either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot.answer import Answer, AnswerQuote, SpeakerRef

# Slack's limits (https://docs.slack.dev/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_TEXT = 3000
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_SELECT_OPTIONS = 100
MAX_FALLBACK_TEXT = 3000
# More buttons than this and a disambiguation becomes a select menu.
MAX_CHOICE_BUTTONS = 5
# Room for the question inside a button value, which also carries offset and limit.
MAX_QUESTION_IN_VALUE = 1500

ACTION_SHARE = "quotes_share"
ACTION_MORE = "quotes_more"
ACTION_CHOOSE = "quotes_choose"
ACTION_CHOOSE_SELECT = "quotes_choose_select"
HOME_DIGEST_BLOCK_ID = "home_digest_subscriptions"

ELLIPSIS = "…"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\s]")


def escape(text: str) -> str:
    """Escape text for mrkdwn: &, < and > become entities, so nothing in it is a Slack control sequence."""
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def fit(text: str, limit: int) -> str:
    """``text`` escaped for mrkdwn and cut (with an ellipsis) so the escaped result is at most ``limit``.

    Cutting the raw text before escaping means an entity (``&amp;``) is never split in half.
    """
    out: list[str] = []
    used = 0
    for i, ch in enumerate(text):
        piece = _ESCAPES.get(ch, ch)
        rest_needs_room = i < len(text) - 1
        if used + len(piece) + (len(ELLIPSIS) if rest_needs_room else 0) > limit:
            out.append(ELLIPSIS)
            break
        out.append(piece)
        used += len(piece)
    return "".join(out)


def clip(text: str, limit: int) -> str:
    """Plain text cut to ``limit`` characters with an ellipsis (for plain_text, which Slack never parses)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def safe_url(url: str | None) -> str | None:
    """The URL escaped for a mrkdwn link, or None unless it is an absolute http(s) URL without tricks."""
    if not url or len(url) > 2000 or _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # "|" ends the URL part of <url|label> in mrkdwn; percent-encode it instead of letting it split.
    return escape(url).replace("|", "%7C")


def link(url: str | None, label: str, limit: int = 300) -> str:
    """A mrkdwn link to a validated URL with an escaped label, or just the escaped label."""
    shown = fit(label, limit) if label.strip() else None
    checked = safe_url(url)
    if checked is None:
        return shown or ""
    return f"<{checked}|{shown}>" if shown else f"<{checked}>"


def format_date(value: datetime | None) -> str | None:
    if value is None:
        return None
    return f"{value.day} {value:%b %Y}"


def speaker_label(speaker: SpeakerRef) -> str:
    """``Name (role)`` as plain text."""
    if speaker.roles:
        return f"{speaker.name} ({speaker.roles[0]})"
    return speaker.name


# --- button values -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageRef:
    """What a More or Share button asks again: the question and the page."""

    question: str
    offset: int = 0
    limit: int = 5

    def encode(self) -> str:
        value = json.dumps(
            {"q": self.question[:MAX_QUESTION_IN_VALUE], "o": self.offset, "l": self.limit},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return value if len(value) <= MAX_BUTTON_VALUE else json.dumps({"q": "", "o": 0, "l": self.limit})

    @classmethod
    def decode(cls, value: str | None) -> PageRef | None:
        """The PageRef in a button value, or None when it is not one (never raises)."""
        try:
            data = json.loads(value or "")
            question, offset, limit = data["q"], data["o"], data["l"]
        except (ValueError, TypeError, KeyError):
            return None
        if not isinstance(question, str) or not question.strip():
            return None
        if not isinstance(offset, int) or not isinstance(limit, int) or offset < 0 or not 0 < limit <= 20:
            return None
        return cls(question=question, offset=offset, limit=limit)


def choice_question(answer: Answer, speaker: SpeakerRef) -> str:
    """The question to ask again once the user picked ``speaker`` among several that fit."""
    if answer.topic:
        return f"what did {speaker.name} say about {answer.topic}"
    return f"what did {speaker.name} say"


# --- messages ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """A message ready to post: the fallback ``text`` (mrkdwn, escaped) and the Block Kit blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)

    def blocks_json(self) -> list[dict]:
        return [block.to_dict() for block in self.blocks]


def _mrkdwn(text: str, verbatim: bool = True) -> MarkdownTextObject:
    return MarkdownTextObject(text=text, verbatim=verbatim)


def _section(text: str) -> SectionBlock:
    return SectionBlock(text=_mrkdwn(text[:MAX_SECTION_TEXT]))


def _quote_section(quote: AnswerQuote, show_speaker: bool) -> SectionBlock:
    prefix = ""
    if show_speaker:
        name = quote.speaker or "Unknown speaker"
        role = f" ({quote.speaker_role})" if quote.speaker_role else ""
        prefix = f"*{fit(name + role, 300)}*: "
    budget = MAX_SECTION_TEXT - len(prefix) - 40
    if quote.shown_quoted:
        body = f"“{fit(quote.text, budget)}”"
    else:
        cue = f"_{fit(quote.cue, 30)}_ " if quote.cue else ""
        body = cue + fit(quote.text, budget - len(cue))
    return _section(prefix + body)


def _quote_context(quote: AnswerQuote) -> ContextBlock:
    article = quote.article
    parts = []
    if article.outlet:
        parts.append(fit(article.outlet, 200))
    date = format_date(article.published)
    if date:
        parts.append(date)
    title = article.title or article.url or "article"
    parts.append(link(article.url, title, limit=400))
    return ContextBlock(elements=[_mrkdwn(" · ".join(p for p in parts if p)[:MAX_CONTEXT_TEXT])])


def _button(text: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=clip(text, MAX_BUTTON_TEXT), emoji=False),
        action_id=action_id,
        value=value[:MAX_BUTTON_VALUE],
        style=style,
    )


def _choice_elements(
    answer: Answer, speakers: Sequence[SpeakerRef]
) -> list[ButtonElement | StaticSelectElement]:
    """Buttons for a few candidates, a select menu for many; each value is the question to ask next."""
    choices = [(speaker_label(s), choice_question(answer, s)) for s in speakers]
    choices = [(label, question) for label, question in choices if len(question) <= MAX_OPTION_VALUE]
    if not choices:
        return []
    if len(choices) <= MAX_CHOICE_BUTTONS:
        return [
            _button(label, f"{ACTION_CHOOSE}_{i}", question) for i, (label, question) in enumerate(choices)
        ]
    options = [
        Option(value=question, text=PlainTextObject(text=clip(label, MAX_OPTION_TEXT), emoji=False))
        for label, question in choices[:MAX_SELECT_OPTIONS]
    ]
    return [
        StaticSelectElement(
            placeholder=PlainTextObject(text="Choose a speaker"),
            action_id=ACTION_CHOOSE_SELECT,
            options=options,
        )
    ]


def _header_text(answer: Answer) -> str:
    if answer.ambiguous:
        return "Which one did you mean?"
    if len(answer.speakers) == 1:
        about = f" about {answer.topic}" if answer.topic else ""
        return f"What {answer.speakers[0].name} said{about}"
    if answer.topic:
        return f"Quotes about {answer.topic}"
    return "Quotes"


def _speaker_line(speaker: SpeakerRef) -> str:
    details = list(speaker.roles[:3])
    if speaker.kind in ("organisation", "group"):
        details.append(speaker.kind)
    extra = f" · {fit(', '.join(details), 600)}" if details else ""
    return f"*{fit(speaker.name, 300)}*{extra}"


def _fallback(answer: Answer, shown: Sequence[AnswerQuote]) -> str:
    if answer.ambiguous:
        names = ", ".join(s.name for s in answer.speakers[:10])
        return fit(f"Which one did you mean: {names}?", MAX_FALLBACK_TEXT)
    if not shown:
        return fit(answer.message or f"No quotes found for “{answer.question}”.", MAX_FALLBACK_TEXT)
    first = shown[0]
    who = first.speaker or "Someone"
    count = f"{len(shown)} quote{'s' if len(shown) != 1 else ''}"
    return fit(f"{_header_text(answer)} ({count}): {who}: “{first.text}”", 300)


def render_answer(
    answer: Answer,
    *,
    share_button: bool = False,
    more_button: bool = True,
    max_blocks: int = MAX_BLOCKS,
) -> SlackMessage:
    """An Answer as a Slack message within Slack's limits.

    The More button asks the same question for the next page; Share (for ephemeral answers) asks it
    again and posts it in the channel; a disambiguation offers one choice per candidate speaker.
    """
    head: list[Block] = [HeaderBlock(text=PlainTextObject(text=clip(_header_text(answer), MAX_HEADER_TEXT)))]
    tail: list[Block] = []

    if answer.ambiguous:
        prompt = answer.message or f"More than one speaker fits “{answer.question}”. Which one did you mean?"
        head.append(_section(fit(prompt, 1000)))
        elements = _choice_elements(answer, answer.speakers)
        if elements:
            head.append(ActionsBlock(elements=elements))
        return SlackMessage(text=_fallback(answer, ()), blocks=head[:max_blocks])

    if len(answer.speakers) == 1:
        head.append(_section(_speaker_line(answer.speakers[0])))
    if answer.message:
        head.append(_section(fit(answer.message, 1000)))
    if not answer.quotes and answer.suggestions:
        head.append(_section("Did you mean one of these?"))
        suggested = [SpeakerRef(id=0, name=name, kind="person") for name in answer.suggestions]
        elements = _choice_elements(answer, suggested)
        if elements:
            head.append(ActionsBlock(elements=elements))
    if not answer.quotes and not answer.message:
        head.append(_section(f"No quotes found for “{fit(answer.question, 500)}”."))

    page = PageRef(question=answer.question, offset=answer.offset, limit=answer.limit)
    buttons: list[ButtonElement] = []
    if answer.quotes and answer.has_more and more_button:
        next_page = PageRef(answer.question, answer.offset + max(len(answer.quotes), 1), answer.limit)
        buttons.append(_button("More", ACTION_MORE, next_page.encode()))
    if answer.quotes and share_button:
        buttons.append(_button("Share in channel", ACTION_SHARE, page.encode(), style="primary"))
    if buttons:
        tail.append(ActionsBlock(elements=buttons))

    show_speaker = len(answer.speakers) != 1
    body: list[Block] = []
    shown: list[AnswerQuote] = []
    if answer.quotes:
        body.append(DividerBlock())
    for i, quote in enumerate(answer.quotes):
        left = len(answer.quotes) - i - 1
        # Two blocks per quote, plus one for the "not shown" note when quotes remain after this one.
        if len(head) + len(body) + 2 + len(tail) + (1 if left else 0) > max_blocks:
            break
        body.extend([_quote_section(quote, show_speaker), _quote_context(quote)])
        shown.append(quote)
    hidden = len(answer.quotes) - len(shown)
    if hidden:
        body.append(ContextBlock(elements=[_mrkdwn(f"{hidden} more not shown here.")]))

    blocks = (head + body + tail)[:max_blocks]
    return SlackMessage(text=_fallback(answer, shown), blocks=blocks)


HELP_TEXT = (
    "*Ask Quotebot who said what in the news.*\n"
    "• `/quotes what did Rubio say` (a speaker's latest quotes)\n"
    "• `/quotes what did Zelensky say about security guarantees` (on a topic)\n"
    '• `/quotes who said "absolutely not true"` (find the speaker of a phrase)\n'
    "• `/quotes what did the Kremlin spokesman say` (by role)\n"
    "• `/quotes latest quotes` or `/quotes quotes this week`\n"
    "• `/quotes add &lt;url&gt;` (add an article)\n"
    "You can also mention me in a channel or send me a direct message."
)


def render_help() -> SlackMessage:
    return SlackMessage(
        text="Ask Quotebot who said what: /quotes what did Rubio say",
        blocks=[_section(HELP_TEXT)],
    )


def render_notice(text: str) -> SlackMessage:
    """One short sentence (an error or a status), escaped."""
    body = fit(text, 1000)
    return SlackMessage(text=body, blocks=[_section(body)])


# --- App Home ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexStats:
    articles: int
    speakers: int
    quotes: int


def render_home(
    stats: IndexStats,
    latest: Sequence[AnswerQuote],
    digest_blocks: Sequence[Block] = (),
) -> View:
    """The App Home tab: statistics, the latest quotes, and the digest subscriptions section."""
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text="Quotebot")),
        _section(
            f"*{stats.articles:,}* articles · *{stats.speakers:,}* speakers · *{stats.quotes:,}* quotes"
        ),
        _section("Ask with `/quotes <question>`, by mentioning me, or in a direct message."),
        DividerBlock(),
        HeaderBlock(text=PlainTextObject(text="Latest quotes")),
    ]
    tail: list[Block] = [DividerBlock(), *digest_blocks]
    if not latest:
        blocks.append(_section("No quotes in the index yet."))
    for quote in latest:
        if len(blocks) + 2 + len(tail) > MAX_HOME_BLOCKS:
            break
        blocks.extend([_quote_section(quote, show_speaker=True), _quote_context(quote)])
    return View(type="home", blocks=(blocks + tail)[:MAX_HOME_BLOCKS])


def render_digest_placeholder() -> list[Block]:
    """The Home tab's digest subscriptions section until the digest feature fills it."""
    return [
        SectionBlock(
            block_id=HOME_DIGEST_BLOCK_ID,
            text=_mrkdwn("*Digest subscriptions*\nDaily digests of new quotes are coming soon."),
        )
    ]
