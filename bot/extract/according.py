"""Attributions by "according to" (and "as reported by"): the source, and the words on either side
that are its statement."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import lexicon as lx
from bot.extract.mentions import Span
from bot.extract.statement_base import ALNUM, ANY_MARK, WORD, Statement, has_words, trim, word_count


def source_end(text: str, start: int, se: int, src: Span | None) -> int:
    """End of the source after "according to": the mention, or the phrase up to a comma."""
    j = text.find(",", start, se)
    end = se if j < 0 else j
    if src is not None and src.end > end:
        end = src.end
    while end > start and text[end - 1] in " .\t":
        end -= 1
    return end


def according_statement(
    text: str, ss: int, ra: int, rb: int, left: int, right: int, src: Span | None, cue: str
) -> Statement | None:
    paren = text.rfind("(", left, ra)
    if paren >= 0 and text.find(")", paren, ra) < 0:
        left = paren + 1  # "... (a third is grain, according to customs data)": inside the parenthesis
        close = text.find(")", ra, right)
        if close >= 0:
            right = close
            rb = min(rb, close)
    before = trim(text, left, ra, keep_stop=True)
    if text[before[0] : before[1]].lower() == "as":
        before = (before[0], before[0])
    w = WORD.match(text, before[0], before[1])
    if left > ss and w is not None and w.group(1).lower() in lx.PREPOSITIONS:
        # '“...,” Lee said of the dockers, according to the harbour log': the log's source, not a statement
        before = (before[0], before[0])
    k = text.rfind(", with ", before[0], before[1])
    if k > before[0] and _with_figure(text, k + 7, before[1]):
        before = (k + 7, before[1])  # "A, with $2 million in profit, according to S": the figure is S's
    after = trim(text, rb, right)
    if _SOURCE_RELATIVE.match(text, after[0], after[1]) or (
        has_words(text, before, 4) and _SOURCE_APPOSITIVE.match(text, after[0], after[1])
    ):
        after = (after[0], after[0])  # "..., according to Ann Lee, who led the inquiry.": not what was said
    elif word_count(text, after) == 1 and text[after[1] : after[1] + 1] in (" ", "\t"):
        # "According to the log, the harbour master reported ...": one word left before another attribution
        after = (after[0], after[0])
    elif has_words(text, before, 4) and _ACC_NEW_CLAUSE.match(text, after[0], after[1]):
        after = (after[0], after[0])  # "A, according to the count, but the mayor has vowed B": the writer's
    pieces = [p for p in (before, after) if has_words(text, p, 1) and ALNUM.search(text, *p)]
    if not pieces:
        return None
    if src is None:
        a = ra + text[ra:rb].lower().find("to") + 2
        while a < rb and text[a] in " \t":
            a += 1
        src = Span(a, rb, "desc", text[a:rb])
    return Statement(pieces, src, "according to" if cue.lower().startswith("according") else cue, (ra, rb))


_ABSOLUTE_ING: Final = re.compile(r"\b([A-Za-z]+)[ \t]+[a-z]+ing\b")


def _with_figure(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] after ", with" is a plain noun phrase ("$2 million in operating profit"), not an
    absolute clause ("with online betting growing") or inside a quotation."""
    if b - a < 3 or ANY_MARK.search(text, a, b):
        return False
    return all(m.group(1).lower() in lx.PREPOSITIONS for m in _ABSOLUTE_ING.finditer(text, a, b))


_ACC_NEW_CLAUSE: Final = re.compile(r"(?:but|and|while|though|although|yet)\b")
_SOURCE_APPOSITIVE: Final = re.compile(r"(?:who|whose|which|an?)\b")
# A relative clause after the source describes it, however short the words before are.
_SOURCE_RELATIVE: Final = re.compile(r"(?:who|whose|which)\b")
