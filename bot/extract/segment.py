"""Paragraphs, sentences, and the lines that are not running text (headlines, captions, bylines)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final, Literal

ParaKind = Literal["body", "headline", "subhead", "caption", "byline", "meta"]


# Paragraphs and sentences are never changed once made, but not frozen: a frozen dataclass sets each field
# through object.__setattr__, which makes building one three times as costly.
@dataclass(init=False, slots=True)
class Paragraph:
    index: int
    start: int  # after any dateline
    end: int
    kind: ParaKind

    def __init__(self, index: int, start: int, end: int, kind: ParaKind) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.kind = kind


@dataclass(init=False, slots=True)
class Sentence:
    start: int
    end: int
    para: int

    def __init__(self, start: int, end: int, para: int) -> None:
        self.start = start
        self.end = end
        self.para = para


_CAPTION: Final = re.compile(
    r"(?:Photo|PHOTO|photo)(?:graph)?s?\s*(?:by\b|:)|(?:Image|Picture|Credit|CREDIT)\s*:|\(Photo\b"
    r"|Getty Images"
    r"|/(?:Reuters|AP|AFP|Getty|Pool|EPA)\b"
)


def _caption_hint(line: str) -> bool:
    """A substring every caption has: cheaper to look for one by one than with a regex (and most articles
    have none at all, which one look at the whole text says)."""
    return (
        "/" in line or "hoto" in line or "HOTO" in line or "mage" in line or "icture" in line
        or "redit" in line or "REDIT" in line or "Getty" in line
    )
_BYLINE: Final = re.compile(
    r"^(?:By|BY|From)\s+[A-Z]|^\([a-z ,.;/]+\)$"
    r"|^(?:Reporting|Writing|Editing|Additional reporting|Contributing|Compiled)\b"
)
_META: Final = re.compile(r"^(?:Title|Outlet|URL|Url|Published|Author|Date|Source|Updated|Tags?):\s")
_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[-—–]{1,2}\s+"
)
_DATELINE_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .,'’-")
_SIGNED: Final = re.compile(r"\s[—–-]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\(@\w+\).*)?$")
_HAS_QUOTE: Final = re.compile(r"[\"“”«»„]")
_TERMINAL: Final = frozenset('.!?"”’\'):;…')
# A full stop followed by space and something that can start a sentence. "[.!?][.!?]*" rather than
# "[.!?]+": a pattern that opens with a plain class lets re skip straight to the stops.
_BOUNDARY: Final = re.compile(r"[.!?][.!?]*[\"”’“»›')\]]*\s+(?=[\"“‘'„«‹‟(\[]{0,2}[A-Z0-9])")
_STOP_BOUNDARY: Final = re.compile(r"\." + _BOUNDARY.pattern[len("[.!?]"):])
_ABBREV: Final = frozenset(
    """mr mrs ms dr st sen rep reps gov gen lt col sgt adm capt cmdr rev prof jr sr jan feb aug sept sep oct
    nov dec no vs inc corp co ltd u.s u.n u.k e.u d.c n.y l.a etc mich calif fla ill mass pa va wash ariz ga
    tenn ky md minn mo nev okla ore wis colo conn del ind kan la miss neb n.c s.c n.h n.j n.m n.d s.d vt
    wyo ala ark mt ft p.m a.m approx dept gov't sen.-elect""".split()
)


_INITIALS: Final = re.compile(r"[a-z](?:\.[a-z])+")
_QUOTE_CLOSERS: Final = frozenset("\"”’'»“")
_ATTRIBUTION: Final = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|the|a|an|one|his|her|their)[ \t]+){1,5}"
    r"(?:said|says|added|adds|asked|asks|answered|answers|told|tells|wrote|writes|shouted|tweeted|explained"
    r"|continued|replied|responded|insisted|noted|recalled|declared|warned|argued)\b[^.!?\"“”]{0,80}[.!?]"
)
_COUNTRY_ABBREV: Final = frozenset("u.s u.k u.n e.u d.c".split())
_SENTENCE_OPENERS: Final = frozenset(
    "The He She It They We I But And In On At A An This That These Those His Her Their Its If When While "
    "After Before As Since Still Yet So Now Meanwhile However Some Many Most".split()
)
_WORD: Final = re.compile(r"[A-Za-z]+")


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return m.group() if m else ""


_MINOR: Final = frozenset(
    """a an the and but or nor for of in on at to by as vs via up off out per if with from into over
    than""".split()
)


def _title_case(words: list[str]) -> bool:
    """A headline set in Title Case: nearly every longer word capitalised."""
    n = 0
    for w in words:
        if w[0].isalpha() and w.lower() not in _MINOR:
            if not w[0].isupper():
                return False  # most lines: the first lower-case content word decides
            n += 1
    return n >= 4


def _kind(line: str, first_body: bool, hinted: bool) -> ParaKind:
    if line.find(":", 3, 11) > 0 and _META.match(line):  # "Url:" to "Published:"
        return "meta"
    # Only counts up to 25 words matter below: a longer line is split no further (26 items: "more").
    words = line.split(None, 25)
    n = len(words)
    if hinted and _caption_hint(line) and (n <= 25 or len(line.split()) < 60) and _CAPTION.search(line):
        return "caption"
    if n < 14 and _BYLINE.match(line):
        return "byline"
    if n <= 25 and _title_case(words):
        return "headline" if first_body else "subhead"
    if n <= 25 and line[-1] not in _TERMINAL and not _SIGNED.search(line) and not _HAS_QUOTE.search(line):
        if first_body:
            return "headline"
        if n <= 12:
            return "subhead"
    return "body"


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines, classified; a dateline ("WASHINGTON (Reuters) -") is cut off the body."""
    out: list[Paragraph] = []
    seen_body = False
    hinted = _caption_hint(text)
    # The pieces between line breaks, by offset: a split costs a fraction of a regex that tests every
    # character against "[^\n]".
    pos = 0
    for raw in text.split("\n"):
        at = pos
        pos += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        start = at + (len(raw) - len(raw.lstrip()) if raw[0].isspace() else 0)
        end = start + len(line)
        kind = _kind(line, not seen_body, hinted)
        if kind in ("body", "headline"):
            seen_body = True
        if kind == "body":
            # A dateline's second character is a capital, a blank or a mark: most paragraphs' is not.
            d = _DATELINE.match(line) if line[1:2] in _DATELINE_SECOND else None
            if d and d.end() < len(line):
                start += d.end()
        out.append(Paragraph(len(out), start, end, kind))
    return out


def sentences(text: str, paras: list[Paragraph], protected: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of the body paragraphs; no boundary falls inside a ``protected`` (quoted) range."""
    starts = [a for a, _ in protected]
    out: list[Sentence] = []
    for p in paras:
        if p.kind != "body":
            continue
        seg_start = p.start
        for m in _boundaries(text, p.start, p.end):
            cut = m.end()
            k = bisect_right(starts, cut - 1) - 1
            if k >= 0 and protected[k][0] < cut - 1 < protected[k][1]:
                continue
            dot = m.start()
            mark_end = dot + len(m.group().rstrip())  # after the stop and any closing marks
            if text[mark_end - 1] in _QUOTE_CLOSERS and _ATTRIBUTION.match(text, cut, p.end):
                continue  # '"Never." Bozell answers.': the attribution belongs to the quote
            if text[dot] == "." and _abbreviation(text, seg_start, dot, cut):
                continue
            out.append(Sentence(seg_start, mark_end, p.index))  # a stop or a mark ends it: no blank to strip
            seg_start = cut
        if seg_start < p.end:
            out.append(Sentence(seg_start, p.end, p.index))
    return out


def _boundaries(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """What ``_BOUNDARY.finditer(text, lo, hi)`` finds. Most paragraphs have full stops only: there the same
    pattern opening with a literal full stop finds the same, and re skips to each stop in a fast loop where
    it would test every character against the class."""
    if text.find("!", lo, hi) >= 0 or text.find("?", lo, hi) >= 0:
        return list(_BOUNDARY.finditer(text, lo, hi))
    return list(_STOP_BOUNDARY.finditer(text, lo, hi))


def _abbreviation(text: str, seg_start: int, dot: int, cut: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or initial, not the sentence."""
    word = _word_before(text, seg_start, dot).lower()
    initials = len(word) == 1 or "." in word and _INITIALS.fullmatch(word) is not None
    if not (word in _ABBREV or (initials and word[:1].isalpha())):
        return False
    # "in the U.S. The ..." does end a sentence, "George H.W. Bush" does not.
    return (
        (word not in _COUNTRY_ABBREV and len(word) == 1)
        or _next_word(text, cut) not in _SENTENCE_OPENERS
        or (word in _ABBREV and word not in _COUNTRY_ABBREV)
    )


_ASCII_WORD: Final = re.compile(r"[A-Za-z.'-]*")


def _word_before(text: str, start: int, end: int) -> str:
    """The letters, dots, apostrophes and hyphens right before ``end`` (not before ``start``)."""
    k = text.rfind(" ", start, end) + 1 or start
    if _ASCII_WORD.fullmatch(text, k, end):
        return text[k:end]  # the common case, without a loop over the characters
    j = end - 1
    while j >= start and (text[j].isalpha() or text[j] in ".'-"):
        j -= 1
    return text[j + 1 : end]
