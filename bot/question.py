"""Parse a question typed in Slack or the console into what it asks for (pure, no I/O).

Forms understood: ``what did X say`` / ``what has X said`` / ``X quotes`` / ``latest from X`` (each
with an optional ``about TOPIC`` or ``on TOPIC``), ``who said "PHRASE"``, ``what did the ROLE say``,
``latest quotes``, ``quotes today`` / ``quotes this week`` (also ``what did X say today``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

QuestionKind = Literal["speaker", "phrase", "latest", "help", "unknown"]
Window = Literal["today", "week"]

QUOTE_CHARS = "\"'“”„‟«»‹›‘’‚`´"

_MENTION = re.compile(r"<[@#!][^>]*>")
_SPACES = re.compile(r"\s+")
_FILLER = re.compile(
    r"^@?(?:hey|hi|hello|yo|ok|okay|so|and|please|pls|quotebot|bot|thanks|"
    r"can you tell me|could you tell me|can you|could you|would you|tell me|show me|give me|"
    r"i want to know|i'd like to know|do you know|find|list|search(?: for)?)\b[\s,:;.!-]*",
    re.IGNORECASE,
)
_TRAILING_FILLER = re.compile(r"[\s,]*\b(?:please|pls|thanks|thank you)$", re.IGNORECASE)
_WINDOW = re.compile(
    r"\s*\b(?P<w>today|this week|(?:in |over )?the (?:last|past) (?:7 days|seven days|week))\b",
    re.IGNORECASE,
)
_TOPIC_SEP = r"(?:about|on|regarding|concerning|re)"
_SAY = r"(?:say|said|says|saying|been saying|tell|told|state|stated)"

_WHO_SAID = re.compile(
    r"^who\s+(?:(?:has|had|did|else)\s+)*(?:said|says|say|told|wrote|claimed|stated|declared)\b[\s,:]*(?:that\s+)?(?P<p>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LATEST_WORDS = r"(?:latest|recent|newest|new|last|most recent)"
_LATEST_ALL = re.compile(
    rf"^(?:(?:what are |what's |what is |show |give |any )?(?:the )?{_LATEST_WORDS}?\s*"
    r"(?:quotes?|statements?)|latest|what's new|what is new|anything new|news|"
    r"who said what|what was said|what has been said|what did (?:people|everyone|they) say)$",
    re.IGNORECASE,
)
_SPEAKER_FORMS = (
    # what did X say (about TOPIC)
    re.compile(
        rf"^what\s+(?:did|has|have|does|do|is|was|'s)\s+(?P<who>.+?)\s+{_SAY}\b(?:\s+(?:lately|recently))?"
        rf"(?:\s+{_TOPIC_SEP}\s+(?P<topic>.+))?$",
        re.IGNORECASE,
    ),
    # what X said (about TOPIC)
    re.compile(
        rf"^what\s+(?P<who>.+?)\s+(?:said|says|has said|is saying)(?:\s+{_TOPIC_SEP}\s+(?P<topic>.+))?$",
        re.IGNORECASE,
    ),
    # latest (quotes) from X (about TOPIC)
    re.compile(
        rf"^(?:the\s+)?{_LATEST_WORDS}?\s*(?:quotes?|statements?|news|words)?\s*"
        rf"(?:from|by)\s+(?P<who>.+?)(?:\s+{_TOPIC_SEP}\s+(?P<topic>.+))?$",
        re.IGNORECASE,
    ),
    # latest X quotes / X's quotes / X quotes (about TOPIC)
    re.compile(
        rf"^(?:the\s+(?={_LATEST_WORDS}))?(?:{_LATEST_WORDS}\s+)?(?P<who>.+?)(?:'s|’s)?\s+"
        rf"(?:{_LATEST_WORDS}\s+)?(?:quotes?|statements?|remarks?)(?:\s+{_TOPIC_SEP}\s+(?P<topic>.+))?$",
        re.IGNORECASE,
    ),
    # latest on/from X: "latest Rubio"
    re.compile(r"^(?:the\s+)?(?:latest|newest|recent)\s+(?:on\s+)?(?P<who>.+?)$", re.IGNORECASE),
)
_TOPIC_ONLY = re.compile(
    rf"^(?:(?:what are |show |any )?(?:the )?{_LATEST_WORDS}?\s*(?:quotes?|statements?)|"
    rf"what was said|what has been said|who said what|who spoke)\s+{_TOPIC_SEP}\s+(?P<topic>.+)$",
    re.IGNORECASE,
)
_DANGLING_TOPIC = re.compile(rf"(?P<say>\b{_SAY})\s+{_TOPIC_SEP}$", re.IGNORECASE)
_HELP = re.compile(r"^(?:help|\?|usage|what can you do|commands)$", re.IGNORECASE)
_NOBODY = frozenset("people everyone anyone they he she it you i we".split())
_ARTICLE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Question:
    """What a question asks for.

    ``speaker`` is the person, organisation or role as asked (leading "the" removed); ``by_role`` is true
    when it was asked as a description ("the Kremlin spokesman", "the White House"), so it is matched
    against roles and organisation names. ``window`` limits quotes to today or the last seven days.
    """

    text: str
    kind: QuestionKind
    speaker: str | None = None
    by_role: bool = False
    topic: str | None = None
    phrase: str | None = None
    window: Window | None = None


def _clean(text: str) -> str:
    text = _MENTION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    while True:
        stripped = _FILLER.sub("", text).strip()
        stripped = _TRAILING_FILLER.sub("", stripped).strip()
        stripped = stripped.rstrip("?!. ").strip()
        if stripped == text:
            return text
        text = stripped


def _strip_quotes(phrase: str) -> str:
    phrase = phrase.strip().rstrip("?!").strip()
    # Remove the quote marks around the phrase but keep apostrophes inside it ("don't").
    while len(phrase) >= 2 and phrase[0] in QUOTE_CHARS and phrase[-1] in QUOTE_CHARS:
        phrase = phrase[1:-1].strip()
    phrase = phrase.lstrip("\"“„‟«‹‚").rstrip("\"”‟»›").strip()
    if phrase[:1] in "'‘" and phrase[-1:] in "'’":
        phrase = phrase[1:-1].strip()
    return phrase.rstrip(".,;:").strip()


def _window(text: str) -> tuple[str, Window | None]:
    match = _WINDOW.search(text)
    if not match:
        return text, None
    word = match.group("w").lower()
    window: Window = "today" if word == "today" else "week"
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return _SPACES.sub(" ", rest), window


def _who(raw: str) -> tuple[str, bool] | None:
    who = raw.strip().strip(",:;").strip()
    who = who.strip(QUOTE_CHARS).strip()
    if not who:
        return None
    by_role = bool(_ARTICLE.match(who))
    who = _ARTICLE.sub("", who).strip()
    if not who or who.lower() in _NOBODY:
        return None
    return who, by_role


def _topic(raw: str | None) -> str | None:
    if raw is None:
        return None
    topic = raw.strip().strip(QUOTE_CHARS).strip()
    topic = re.sub(r"^(?:the|a|an)\s+", "", topic, flags=re.IGNORECASE)
    return topic or None


def parse_question(text: str) -> Question:
    """Parse ``text``; a question that is none of the known forms has kind ``unknown``."""
    cleaned = _clean(text)
    if not cleaned:
        return Question(text=text, kind="help")
    if _HELP.match(cleaned):
        return Question(text=text, kind="help")

    body, window = _window(cleaned)
    body = body.rstrip("?!., ").strip()
    if _LATEST_ALL.match(body):  # "who said what this week" before "who said PHRASE"
        return Question(text=text, kind="latest", window=window)

    phrase_match = _WHO_SAID.match(cleaned)
    if phrase_match:
        phrase = _strip_quotes(phrase_match.group("p"))
        if phrase:
            return Question(text=text, kind="phrase", phrase=phrase)
        return Question(text=text, kind="unknown")

    if not body and window:
        return Question(text=text, kind="latest", window=window)
    if _LATEST_ALL.match(body):
        return Question(text=text, kind="latest", window=window)

    # "what did Rubio say about" with the topic left out: the question without the dangling word.
    body = _DANGLING_TOPIC.sub(r"\g<say>", body)
    topic_only = _TOPIC_ONLY.match(body)
    if topic_only:
        return Question(text=text, kind="latest", topic=_topic(topic_only.group("topic")), window=window)

    for form in _SPEAKER_FORMS:
        match = form.match(body)
        if not match:
            continue
        who = _who(match.group("who"))
        if who is None:
            # "what did people say (about TOPIC)": every speaker, the topic kept.
            return Question(
                text=text, kind="latest", topic=_topic(match.groupdict().get("topic")), window=window
            )
        name, by_role = who
        # A quoted phrase that slipped into the who-part ("quotes 'not true'") is not a speaker.
        if name.lower() in {"quotes", "quote", "statements"}:
            continue
        return Question(
            text=text,
            kind="speaker",
            speaker=name,
            by_role=by_role,
            topic=_topic(match.groupdict().get("topic")),
            window=window,
        )
    return Question(text=text, kind="unknown", window=window)
