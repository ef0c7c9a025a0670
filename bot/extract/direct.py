"""Quoted passages: pairing quote marks of every common style, across paragraphs when the quote runs on."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Final

from bot.extract.segment import Paragraph

# Two straight apostrophes stand for a double quote mark in some wire copy: ''like this''. Written as a
# class first (the second apostrophe only after a first), so that re skips to the marks; an apostrophe
# between two letters or digits (don't, Peskov’s) is never a quote mark and is not matched at all.
_MARK: Final = re.compile(r"[\"“”„‟«»‹›'‘’](?!(?<=[^\W_]['‘’])[^\W_])(?:(?<=')')?")
_DOUBLE_OPEN: Final = frozenset("“„‟«")
_DOUBLE_CLOSE: Final = frozenset("”»")
_SINGLE_OPEN: Final = frozenset("‹")
_SINGLE_CLOSE: Final = frozenset("›")
# The marks whose role is theirs wherever they stand (what _role says of them first, without the call); not
# ”, which opens a quotation when typed for “.
_FIXED_ROLE: Final = (
    dict.fromkeys(_DOUBLE_OPEN, "open2")
    | dict.fromkeys(_DOUBLE_CLOSE - {"”"}, "close2")
    | dict.fromkeys(_SINGLE_OPEN, "open1")
    | dict.fromkeys(_SINGLE_CLOSE, "close1")
)
_OPEN_BEFORE: Final = frozenset(" \t([{—–-/:")
_CLOSE_AFTER: Final = frozenset(" \t.,;:!?)]}—–-/")
_AFTER: Final = _CLOSE_AFTER
_YEAR: Final = re.compile(r"\d\ds?\b")


@dataclass(init=False, slots=True)
class QuotedPassage:
    """A quotation: ``spans`` are the contents inside the marks, one per paragraph it runs over."""

    spans: list[tuple[int, int]]
    open_at: int  # position of the first opening mark
    close_at: int  # position just after the closing mark (or the paragraph end when the quote runs on)

    def __init__(self, spans: list[tuple[int, int]], open_at: int, close_at: int) -> None:
        self.spans = spans
        self.open_at = open_at
        self.close_at = close_at


def close_punct(text: str, q: QuotedPassage) -> str:
    """The character before a quotation's closing mark: "," for “calm,” and for ''calm,'' (a doubled
    apostrophe closing it), or ''."""
    k = q.close_at - 2
    if k > 0 and text[k] == "'" and text[k + 1] == "'":
        k -= 1
    return text[k] if k >= 0 else ""


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close', 'either' or 'none' (an apostrophe) for the mark at ``i``."""
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    if c == "'" and i + 1 < hi and text[i + 1] == "'":
        c = '"'
        i += 1
    nxt = text[i + 1] if i + 1 < hi else " "
    if c in _DOUBLE_OPEN:
        return "open2"
    if c in _DOUBLE_CLOSE:
        if c == "”" and prev in " \t\xa0(" and nxt.isalnum():
            return "open2"  # a closing mark typed for the opening one: ' ”We will win,” she said.'
        return "close2"
    if c in _SINGLE_OPEN:
        return "open1"
    if c in _SINGLE_CLOSE:
        return "close1"
    if c == '"':
        if nxt == "“":
            return "none"  # '"“Yes,” she said.': a straight mark typed before the curly one
        if prev in _OPEN_BEFORE or prev in "“‘'":
            return "open2" if not nxt.isspace() else "either2"
        if nxt in _CLOSE_AFTER or nxt in "”’'":
            return "close2"
        return "either2"
    # single marks: ' ‘ ’
    if prev.isalnum() and nxt.isalnum():
        return "none"  # don't, Peskov's
    if prev in _OPEN_BEFORE or prev in "\"“":
        if c != "’" and nxt.isdigit() and _YEAR.match(text, i + 1, hi):
            return "none"  # '90s
        return "open1" if not nxt.isspace() and c != "’" else "none"
    if nxt in _CLOSE_AFTER or nxt in "\"”":
        return "close1"
    return "none"


def find_quotes(text: str, paras: list[Paragraph]) -> list[QuotedPassage]:
    """Outermost quotations in body paragraphs; inner quotes stay inside, stray marks are dropped."""
    out: list[QuotedPassage] = []
    running: QuotedPassage | None = None  # a quote left open at the end of the previous paragraph
    running_kind = 2
    # One scan of the whole text, each paragraph then taking its marks: a mark never reaches across a
    # paragraph's edge (blank or a line break on both sides), and a scan costs much to set up.
    all_found = _marks(text)
    at = [i for i, _ in all_found]
    curly = "“" in text
    for p in paras:
        if p.kind != "body":
            _left_open(out, running)
            running = None
            continue
        lo, hi = p.start, p.end
        found = all_found[bisect_left(at, lo) : bisect_left(at, hi)]
        marks = [
            (i, w, r) for i, w in found if (r := _FIXED_ROLE.get(text[i]) or _role(text, i, lo, hi)) != "none"
        ]
        if not marks:  # most paragraphs: a quote left open before ends there, none opens
            _left_open(out, running)
            running = None
            continue
        if curly and marks[0][0] == p.start and text[p.start] == '"' and _stray_opener(text, p):
            del marks[0]
        k = 0
        if running is not None:
            if marks and marks[0][0] == p.start and marks[0][2] in ("open2", "either2", "open1"):
                k = 1
                cur_start: int | None = p.start + marks[0][1]
                cur_open = p.start
                cur = running
            else:
                _left_open(out, running)
                running = None
                cur_start = None
                cur = None
        else:
            cur_start = None
            cur = None
        kind = running_kind if running is not None else 2
        if running is None:
            cur_open = p.start
        inner = 0  # curly quotations open inside a quotation opened with a straight mark
        while k < len(marks):
            i, width, r = marks[k]
            k += 1
            if cur_start is None:
                if r in ("open2", "either2"):
                    cur_start, kind, cur_open, inner = i + width, 2, i, 0
                elif r == "open1":
                    cur_start, kind, cur_open = i + width, 1, i
                continue
            if r == "open2" and kind == 2 and text[i] == "“" and (i + 1 >= p.end or text[i + 1] in _AFTER):
                r = "close2"  # „...“ style
            if kind == 2 and text[cur_open] == '"' and text[i] in "“”" and r in ("open2", "close2"):
                # '"Lee said “No” twice."': curly marks inside a straight quotation pair among themselves.
                if r == "open2":
                    inner += 1
                    continue
                if inner:
                    inner -= 1
                    continue
            if kind == 2 and r in ("close2", "either2"):
                _close(text, out, cur, cur_open, cur_start, i, width)
                cur_start, cur = None, None
            elif kind == 2 and r == "open2" and text[i] == '"':
                cur_start, cur_open = i + width, i  # the earlier mark was stray
            elif kind == 1 and r == "close1":
                _close(text, out, cur, cur_open, cur_start, i, width)
                cur_start, cur = None, None
        running = None
        if cur_start is not None and (cur is not None or _opens_sentence(text, cur_open, p.start)):
            # Left open: it may run on into the next paragraph (which then opens with a mark again).
            piece = (cur_start, p.end)
            if cur is None:
                cur = QuotedPassage([piece], cur_open, p.end)
            else:
                cur.spans.append(piece)
                cur.close_at = p.end
            running, running_kind = cur, kind
    _left_open(out, running)
    return out


def _stray_opener(text: str, p: Paragraph) -> bool:
    """'"Lee walked on stage, chanting “Win!” ¶': in an article written with curly marks, a straight mark that
    opens a paragraph holding curly quotations of its own and is closed by nothing in it (no straight mark,
    no right curly mark left over) is a stray: the curly quotations are the paragraph's."""
    if text.find('"', p.start + 1, p.end) >= 0:
        return False
    depth = pairs = 0
    for c in text[p.start : p.end]:
        if c == "“":
            depth += 1
        elif c == "”":
            if depth == 0:
                return False
            depth -= 1
            pairs += 1
    return pairs > 0


_MARK_CHARS: Final = "\"“”„‟«»‹›'‘’"  # the characters _MARK opens with
# An apostrophe is a mark unless it stands between two letters or digits (_MARK's condition, for each one):
# a pattern that opens with a literal skips to it in C, and the apostrophes inside words, the most common
# mark characters, never reach Python.
_APOSTROPHE_MARKS: Final = {
    ch: re.compile(re.escape(ch) + r"(?!(?<=[^\W_]" + re.escape(ch) + r")[^\W_])") for ch in "'‘’"
}


def _marks(text: str) -> list[tuple[int, int]]:
    """(position, width) of each match of ``_MARK.finditer(text)``. str.find jumps from one quote mark to
    the next (and a literal pattern to each apostrophe that is a mark), where re would test every character
    of the text against _MARK's class; the width is then worked out past the end of the match before (as
    finditer goes on)."""
    at: list[int] = []
    for ch in "\"'" if text.isascii() else _MARK_CHARS:
        apostrophe = _APOSTROPHE_MARKS.get(ch)
        if apostrophe is not None:
            if ch in text:  # a scan by re costs more than one by str
                at.extend(m.start() for m in apostrophe.finditer(text))
            continue
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    at.sort()
    out: list[tuple[int, int]] = []
    end = 0
    for i in at:
        if i < end:
            continue
        width = 2 if text[i] == "'" and text[i + 1 : i + 2] == "'" else 1
        end = i + width
        out.append((i, width))
    return out


def _left_open(out: list[QuotedPassage], running: QuotedPassage | None) -> None:
    """'“A,” Lee said. “B. ¶ He went on, ...': a quotation left open at a paragraph's end that the next
    paragraph does not carry on (no opening mark) ends with its paragraph rather than being lost."""
    if running is not None:
        out.append(running)


def _opens_sentence(text: str, at: int, lo: int) -> bool:
    """Whether the quote mark at ``at`` opens a sentence (so an unclosed quote may run on)."""
    j = at - 1
    while j >= lo and text[j] in " \t":
        j -= 1
    return j < lo or text[j] in ".!?:"


# '“B,” Lee said with a grin. “C.”': a paragraph's own attribution, and a quotation after it.
_OWN_ATTRIBUTION: Final = re.compile(r"[ \t]+[^\n.!?\"“”]{2,60}\.[ \t]+[\"“‘']")


def _close(
    text: str,
    out: list[QuotedPassage],
    cur: QuotedPassage | None,
    opened: int,
    start: int,
    close: int,
    width: int,
) -> None:
    if close <= start:
        return
    if cur is not None and _OWN_ATTRIBUTION.match(text, close + width):
        # '“A,” Lee said. “B. ¶ “C,” she said with a grin. “D.”': C is the new attribution's, not B's
        # (the corpus marks B with A).
        out.append(cur)
        cur = None
    if cur is None:
        out.append(QuotedPassage([(start, close)], opened, close + width))
    else:
        cur.spans.append((start, close))
        cur.close_at = close + width
        out.append(cur)
