"""What the statement modules share: Statement and its pieces, trimming a piece, the words around a
position, word counts and the quotation-mark character sets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from bot.extract import cues as cx
from bot.extract.direct import QuotedPassage
from bot.extract.mentions import Span

Piece = tuple[int, int]

CLOSES: Final = re.compile(r"[ \t]*[.!?][\"”’']?[ \t]*$")

_NEXT_WORD: Final = re.compile(r"[ \t]+([A-Za-z]+)")
DANGLING: Final = frozenset("the a an but and or while as that".split())
_DANGLING_LEN: Final = 1 + max(map(len, DANGLING))  # the blank before the word, and the word
_TRIM: Final = cx.CONTENT_TRIM
_TRIM_STOP: Final = cx.CONTENT_TRIM + "."
AUX: Final = frozenset(
    "would will could should can may might must are were is was have has had do did does".split()
)
MARKS: Final = frozenset("\"“”„‟«»‹›'‘’")
CLOSERS: Final = frozenset("\"”’'»›“")

QUOTE_START: Final = re.compile(r"[ \t]*[\"“‘'«„‹]")

ALNUM: Final = re.compile(r"\w")

ANY_MARK: Final = re.compile("[\"“”„‟«»‹›'‘’]")


@dataclass(init=False, slots=True)
class Statement:
    pieces: list[Piece]
    mention: Span | None
    cue: str | None
    attr: Piece  # where the attribution (speaker and cue) is written
    direct: bool = False
    from_subject: bool = False  # a participle: the speaker is the sentence's subject
    continued: bool = False  # an unattributed quote: the speaker is the one just quoted
    embedded: bool = False  # a long quotation inside a sentence without a cue of its own
    pending: bool = False  # "X said:" closing a paragraph: the statement is the next paragraph's quotation
    subject: Span | None = None  # an embedded fragment's clause: the mention it was found after
    aside: bool = False  # an asker's question ("was asked by X whether"): X is not who the text goes on about
    passages: list[QuotedPassage] = field(default_factory=list)

    # Written out rather than generated: a compiled class runs its own __init__ natively, the one the
    # dataclass decorator would generate as Python (about 2k instructions a call).
    def __init__(
        self,
        pieces: list[Piece],
        mention: Span | None,
        cue: str | None,
        attr: Piece,
        direct: bool = False,
        from_subject: bool = False,
        continued: bool = False,
        embedded: bool = False,
        pending: bool = False,
        subject: Span | None = None,
        aside: bool = False,
        passages: list[QuotedPassage] | None = None,
    ) -> None:
        self.pieces = pieces
        self.mention = mention
        self.cue = cue
        self.attr = attr
        self.direct = direct
        self.from_subject = from_subject
        self.continued = continued
        self.embedded = embedded
        self.pending = pending
        self.subject = subject
        self.aside = aside
        self.passages = [] if passages is None else passages


def last_char(text: str, lo: int, pos: int) -> str:
    """The last non-blank character before ``pos`` (not before ``lo``), or ''."""
    j = pos - 1
    while j >= lo and text[j] in " \t":
        j -= 1
    return text[j] if j >= lo else ""


def run_start(text: str, lo: int, end: int, alnum: bool = False) -> int:
    """Start of the run of letters (or letters and digits) that ends at ``end``, not before ``lo``."""
    test = str.isalnum if alnum else str.isalpha
    # Usually a blank comes before the word: one rfind and one test instead of a loop over characters.
    k = text.rfind(" ", lo, end) + 1 or lo
    if test(text[k:end]):
        return k
    k = end
    while k > lo and test(text[k - 1]):
        k -= 1
    return k


def np_start(text: str, pos: int) -> int:
    """Where the noun phrase of a mention begins, with its article: "the ACU" for "ACU"."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    k = text.rfind(" ", 0, j) + 1  # run_start(text, 0, j), inlined: it is called for most mentions
    word = text[k:j]
    if not word.isalpha():
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        word = text[k:j]
    return k if len(word) <= 3 and word.lower() in ("the", "a", "an") else pos


def word_after(text: str, pos: int, hi: int) -> str:
    m = _NEXT_WORD.match(text, pos, hi)
    return m.group(1).lower() if m else ""


def word_before(text: str, lo: int, pos: int) -> str:
    j = pos
    while j > lo and text[j - 1] in " \t":
        j -= 1
    k = text.rfind(" ", lo, j) + 1 or lo  # run_start(text, lo, j, alnum=True), inlined: called for every cue
    word = text[k:j]
    if not word.isalnum():
        k = j
        while k > lo and text[k - 1].isalnum():
            k -= 1
        word = text[k:j]
    return word.lower()


def trim(text: str, a: int, b: int, keep_stop: bool = False) -> Piece:
    """The piece without surrounding blanks and punctuation (and a word left dangling by a cut)."""
    while a < b and text[a] in _TRIM:
        a += 1
    strip = _TRIM if keep_stop else _TRIM_STOP
    while True:
        while b > a and text[b - 1] in strip:
            b -= 1
        # A clause cut short before the next attribution: "..., but" / "..., the" (Finance Ministry said).
        # A longer last word is none of those (lower() never shortens a word): no slice to look at.
        j = text.rfind(" ", a, b)
        if j < 0 or b - j > _DANGLING_LEN or text[j + 1 : b].lower() not in DANGLING:
            return a, b
        b = j


def quote_words(text: str, a: int, b: int) -> Piece:
    """A quotation's words without the blanks and punctuation around them: a last "that" or "and" is the
    speaker's (“... and nobody listened after that”), not a word left by a cut."""
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def word_count(text: str, p: Piece) -> int:
    return len(text[p[0] : p[1]].split())


def has_words(text: str, p: Piece, n: int) -> bool:
    """Whether text[p] has at least n words: the split stops there (a reported clause can be long)."""
    return len(text[p[0] : p[1]].split(None, n - 1)) >= n


def cue_form(c: re.Match[str]) -> str:
    """The cue as written, its blanks made single spaces ("pointed  out" is "pointed out")."""
    g = c[0]
    return g if " " not in g and "\t" not in g else " ".join(g.split())


def in_quotation(text: str, a: int, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened after ``a``."""
    return text.count("“", a, pos) > text.count("”", a, pos) or text.count('"', a, pos) % 2 == 1


def is_title(text: str, spans: list[Piece]) -> bool:
    """A quoted title ("The Art of Making Deals"): its longer words all capitalised."""
    words = [w for a, b in spans for w in text[a:b].split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


WORD: Final = re.compile(r"[ \t]*([A-Za-z’'-]+)")
