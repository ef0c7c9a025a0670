"""A statement's pieces and the quotations in and around them: where the attribution after a quotation
begins, a piece cut at the quotation it holds, and pieces that are quotations turned into their
quoted spans (attach_quotes)."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import cues as cx
from bot.extract.content_bounds import CIRC_AFTER
from bot.extract.direct import QuotedPassage, close_punct
from bot.extract.statement_base import (
    ANY_MARK,
    CLOSERS,
    MARKS,
    Piece,
    Statement,
    has_words,
    is_title,
    last_char,
    np_start,
    quote_words,
    trim,
)

_ROLE_WORDS_BEFORE: Final = re.compile(r"(?:[ \t]+[\w.'’-]+,?){1,8}[ \t]+")


def quote_closing(text: str, p: Piece, passages: list[QuotedPassage]) -> Piece:
    """'..., but despite the row, “We will go on,” said Lee': the words before a whole quotation that ends
    the piece right before its attribution, brought in by a comma or a colon ("Lee scolded him: “...,” she
    said"), are the writer's."""
    for q in passages:
        if not p[0] < q.open_at < p[1] <= q.close_at + 1:
            continue
        j = q.open_at
        while j > p[0] and text[j - 1] in " \t":
            j -= 1
        if text[j - 1] in ",:" and len(q.spans) == 1 and text[q.spans[0][0] : q.spans[0][0] + 1].isupper():
            return trim(text, q.open_at, p[1], keep_stop=True)
    return p


def introduced_quote(text: str, p: Piece, passages: list[QuotedPassage]) -> Piece:
    """'told the board when asked about the pier: “It stays open.”': a whole quotation brought in by a colon
    inside what follows a cue is the statement, without the words before it (after a comma the corpus
    marks the words before about as often)."""
    for q in passages:
        if q.open_at <= p[0] or q.open_at >= p[1]:
            continue
        j = q.open_at
        while j > p[0] and text[j - 1] in " \t":
            j -= 1
        if text[j - 1] != ":" or not text[q.spans[0][0] : q.spans[0][0] + 1].isupper():
            return p
        if text.startswith("that ", p[0]) or not has_words(text, q.spans[0], 2):
            return p  # 'that after all these years: “It's time.”': the clause holds the quotation
        return trim(text, q.open_at, min(p[1], q.close_at), keep_stop=True)
    return p


def _programme_before(text: str, lo: int, at: int) -> bool:
    """'Speaking on Planet's “Morning Coffee,” Lee said ...': the quotation closing before the subject
    names a programme."""
    o = max(text.rfind("“", lo, at), text.rfind('"', lo, at - 2), text.rfind("''", lo, at - 3))
    if o <= lo:
        return False
    close = max(text.rfind("”", o, at), text.rfind('"', o + 1, at), text.rfind("''", o + 2, at))
    if close <= o:
        return False
    return is_title(text, [(o + 1, close)]) and cx.PROGRAMME_BEFORE.search(text, lo, o) is not None


def quote_before(text: str, lo: int, subj_start: int) -> int:
    """Where the attribution starts when a quotation ends right before it ('“...,” Lee said', '„...“, Lee
    said', '"...," campaign manager Ann Lee said'), or -1."""
    at = np_start(text, subj_start)
    c = last_char(text, lo, at)
    if c in "'’" and text[lo:at].rstrip()[-2:-1].isalpha():
        return -1  # "Reuters' Tom Wills said": a possessive, not the end of a quotation
    if c in CLOSERS:
        return -1 if _programme_before(text, lo, at) else at
    if c == ",":
        j = text.rfind(",", lo, at)
        if last_char(text, lo, j) in CLOSERS:
            return -1 if _programme_before(text, lo, at) else at
    # Words of a role or description between a quotation opening the sentence and the name.
    if text[lo:at].lstrip()[:1] not in MARKS:
        return -1
    j = _closing_mark_before(text, max(lo, at - 80), at)
    if j > lo and text[j - 1] in ",?!" and _ROLE_WORDS_BEFORE.fullmatch(text, j + 1, at) is not None:
        return j + 1
    return -1


def _closing_mark_before(text: str, lo: int, at: int) -> int:
    """The last closing mark in text[lo:at], passing over apostrophes inside words ("Lee’s aide"), or -1."""
    j = max(text.rfind(ch, lo, at) for ch in CLOSERS)
    while j > lo and text[j] in "'’" and text[j - 1].isalpha() and text[j + 1 : j + 2].isalpha():
        j = max(text.rfind(ch, lo, j) for ch in CLOSERS)
    return j


def is_quote_piece(text: str, p: Piece, passages: list[QuotedPassage]) -> bool:
    if not passages:
        return False
    return any(q.open_at <= p[0] + 1 and p[1] <= q.close_at + 1 for q in passages)


def attach_quotes(text: str, stmts: list[Statement], passages: list[QuotedPassage]) -> set[int]:
    """Turn pieces that are quotations into their quoted spans; returns ids of the passages used."""
    used: set[int] = set()
    if not passages:  # the usual sentence: the pieces stay, the empty ones go
        for st in stmts:
            st.pieces = [p for p in st.pieces if p[1] > p[0]]
        return used
    for st in stmts:
        new: list[Piece] = []
        quoted: list[bool] = []
        for a, b in st.pieces:
            hit = False
            for q in passages:
                qa, qb = q.spans[-1][0], q.close_at
                while qa > 0 and text[qa - 1] in MARKS:
                    qa -= 1
                if qb <= a or qa >= b:
                    continue
                used.add(id(q))
                st.direct = True
                inner = trim(text, a, b, keep_stop=True)
                if inner[0] >= qa and inner[1] <= qb + 1:
                    # The piece is the quotation (or its last paragraph): take all its spans.
                    new.extend(quote_words(text, x, y) for x, y in q.spans)
                    quoted.extend(True for _ in q.spans)
                    st.passages.append(q)
                    hit = True
                    break
            if not hit:
                new.append(_cut_after_comma_quote(text, a, b, passages))
                quoted.append(False)
        if len(new) > 1 and not quoted[0] and quoted[1] and _circumstance_first(text, new[0], new[1], st):
            new = new[1:]
        st.pieces = [p for p in new if p[1] > p[0]]
    return used


_OPENERS: Final = frozenset(
    """As When While After Before Since Although Though If Because Once Until On At In During Early Later
    Earlier Instead Among Amid Finally""".split()
)
_OPENER_SKIP: Final = frozenset("But And Yet Still So".split())
_FIRST_WORDS_RE: Final = re.compile(r"([A-Za-z]+)[ \t,]+([A-Za-z]+)")


def _circumstance_first(text: str, first: Piece, quote: Piece, st: Statement) -> bool:
    """'As the crowd booed, Lee said, “Sit down.”': the words before the speaker set the scene and the
    quotation after the cue, a sentence of its own, is the statement (not so for 'If taxes rise, Lee
    said, “the port will close”', where the quotation finishes the sentence begun before the speaker)."""
    if first[1] > st.attr[0] or quote[0] < st.attr[1] or not text[quote[0] : quote[0] + 1].isupper():
        return False
    m = _FIRST_WORDS_RE.match(text, first[0], first[1])
    if m is None:
        return False
    w, nxt = m.group(1), m.group(2)
    if w in _OPENER_SKIP:
        w, nxt = nxt, ""
    if w == "As" and nxt == "for":
        return False  # 'As for the port, Lee said, “...”': the topic belongs to the statement
    return w in _OPENERS or (w[:1].isupper() and w.endswith("ing"))


# '... he was “ready,” Lee then left': a quotation ending with a comma, then a new clause (or the writer's
# relative or participle: '..., which ...', '..., sparking ...').
_NEW_CLAUSE: Final = re.compile(
    r"[ \t]+(?:[A-Z]|(?:though|although|while|but|whereas|which|in[ \t]+which|[a-z]{3,}ing)\b"
    # '... “unfair,” a charge he has made before' / '... “unfair,” and his aides agree': no list goes on.
    r"|(?:an?|and[ \t]+(?:his|her|their|its|the))[ \t](?![^\"“”\n]*(?:[\"“]|''))"
    r")"
)


def _cut_after_comma_quote(text: str, a: int, b: int, passages: list[QuotedPassage]) -> Piece:
    """Reported content holding (or opening with) a quoted fragment that closes with a comma ends there when
    a new clause follows: 'he called it “fine,” Mayor Lee having left by then' gives 'he called it “fine,”',
    'said “A,” drawing jeers' gives '“A,”'; so does one followed by a time ('... “Not again” until the
    speaker left')."""
    for q in passages:
        comma = close_punct(text, q) == ","
        if comma and q.close_at < b and _AS_ONLY.fullmatch(text, a, q.open_at):
            return trim(text, a, q.close_at, keep_stop=True)  # 'described them as “calm,” for hours'
        if a <= q.open_at + 1 and q.close_at < b and comma and _NEW_CLAUSE.match(text, q.close_at, b):
            if a >= q.open_at and len(q.spans) == 1:
                return quote_words(text, *q.spans[0])  # '“...,” which ...': the quotation alone
            return trim(text, a, q.close_at, keep_stop=True)
        if a <= q.open_at and q.close_at < b and CIRC_AFTER.match(text, q.close_at, b):
            return trim(text, a, q.close_at, keep_stop=True)
        if a <= q.open_at + 1 and q.close_at < b:
            d = _DASH_AFTER.search(text, q.close_at, b) or _WHICH_AFTER.search(text, q.close_at, b)
            aside = d is not None and _DASH_AFTER.search(text, d.end(), b) is not None
            if d is not None and not aside and not ANY_MARK.search(text, d.end(), b):
                # 'said he was “glad” about it — a change from May': the writer's words after the dash (but
                # not a pair of dashes around an aside: '“all of them” - even Lee - agreed ...').
                return trim(text, a, d.start(), keep_stop=True)
        cry = close_punct(text, q) in "!?"
        if cry and q.open_at <= a <= q.open_at + 1 and q.close_at < b:
            return trim(text, a, q.close_at, keep_stop=True)  # 'yelled “Stop!” at the mayor': the cry alone
    return a, b


_AS_ONLY: Final = re.compile(r"as[ \t]+")
_DASH_AFTER: Final = re.compile(r"[ \t\xa0](?:[—–]|--?)[ \t\xa0]")
_WHICH_AFTER: Final = re.compile(r",[ \t]+which\b")
