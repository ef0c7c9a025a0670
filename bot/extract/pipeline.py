"""Article text in, attributed quotes out: segments, mentions, statements, then speakers in reading order."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from bot.extract import lexicon as lx
from bot.extract.cues import ACCORDING, AFTER_EMPTY, ASKED, CIRCUMSTANCE, CUE, OBJECT
from bot.extract.direct import QuotedPassage, close_punct, find_quotes
from bot.extract.entities import Entity, EntityIndex
from bot.extract.leftovers import leftover
from bot.extract.mentions import HEAD_WORDS, TITLE_ABBREVS, Span, find_mentions, quote_mask
from bot.extract.noun_phrases import np_subject, opening_np
from bot.extract.quoted_pieces import attach_quotes
from bot.extract.resolve import Discourse
from bot.extract.segment import Paragraph, Sentence, paragraphs, sentences
from bot.extract.statement_base import Statement, np_start, quote_words, trim
from bot.extract.statements import analyse
from bot.extract.titles import title_statements
from bot.extract.trie import WordFinder, one_scan_separates
from bot.names import sound_key
from bot.quote import Quote, make_mention, make_quote

_TRANSCRIPT: Final = re.compile(
    r"(?P<who>[A-Z][A-Z'’.\-]+(?:[ \t][A-Z][A-Z'’.\-]+){0,2}|[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2})"
    r":[ \t]+(?=\S)"
)
# "Ohio: Ann Lee, Bo Lind, Cy Ross, ...": a roster under a heading, not a speaker's line.
_NAME_LIST: Final = re.compile(r"(?:[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3},[ \t]+){3}[A-Z]")
_NOT_SPEAKER_LABEL: Final = frozenset(
    "update note editor's photo image video watch read more related source sources credit correction "
    "disclosure caption advertisement q a question answer".split()
)
# A line's signature after its body (at least 15 characters): a dash, a name, a handle, a date.
_DASH_SIGNATURE: Final = re.compile(
    # The dash (after blanks or not) is spelled out first so that the search skips other characters fast.
    r"(?:[—–―]|[ \t\xa0]+(?:[—–―]|-{1,2}[ \t]))[ \t\xa0]*"
    r"(?P<who>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?:[ \t]*\(@\w+\))?(?:[ \t]+[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*$"
)


# Cue words and the words that head descriptions, groups and pronouns, found in one scan of the article
# (a scan costs as much as the Python work on everything it finds) when that finds what two would.
_CUE_WORDS: Final = frozenset(lx.CUE_FORMS)
_CUES_AND_HEADS: Final = (
    WordFinder(_CUE_WORDS | HEAD_WORDS) if one_scan_separates(_CUE_WORDS, HEAD_WORDS) else None
)

MAX_GAP: Final = 2
# Words a quotation with nobody in its sentence to give it to needs to go to the speaker just before.
ORPHAN_MIN: Final = 10
_NONE_USED: frozenset[int] = frozenset()
_KIND_OF: Final = {"group": "group", "person": "person"}


def extract_quotes(text: str) -> list[Quote]:
    """All statements attributed in an article, with their speakers resolved; a pure function."""
    if not text or not text.strip():
        return []
    paras = paragraphs(text)
    passages = [q for q in find_quotes(text, paras) if not _quoted_transcript(text, q)]
    protected = sorted((q.open_at, q.close_at) for q in passages)
    qmask = quote_mask(text, protected)
    sents = _split_after_quotes(text, _join_attributions(text, sentences(text, paras, protected)), passages)
    heads, cues = _scan_words(text, protected)
    if "ccording to" in text or "Asked" in text:
        cues += [a for a in _literal_hits(ACCORDING, text, "ccording", 1) if not qmask[a.start()]]
        cues += [a for a in _literal_hits(ASKED, text, "Asked", 0) if not qmask[a.start()]]
        cues.sort(key=lambda c: c.start())
    c_starts = [c.start() for c in cues]
    mentions = find_mentions(text, 0, len(text), qmask, heads)
    for m in mentions:
        if m.role and m.kind == "name":
            _role_after_quote(text, m)
    titles = [(p.start, p.end) for p in paras if p.kind in ("headline", "subhead")]
    if titles:
        # Title Case lines make names of ordinary words ("Good Relationship With David Cameron").
        in_title = quote_mask(text, titles)
        mentions = [m for m in mentions if not in_title[m.start]]
    m_starts = [m.start for m in mentions]
    index = EntityIndex(mentions)
    index.learn_context(text, mentions)
    disc = Discourse(index)
    by_last_piece = sorted(passages, key=lambda q: q.spans[-1][0])
    q_keys = [q.spans[-1][0] for q in by_last_piece]

    results: list[tuple[Statement, Entity | None]] = []
    consumed_para = -1
    prev_para = -1
    last_para = -2
    pending: Statement | None = None
    para_first: dict[int, bool] = {}
    for s in sents:
        ss, se = s.start, s.end
        lo, hi = bisect_left(m_starts, ss), bisect_left(m_starts, se)
        ms = mentions[lo:hi]
        first_in_para = s.para not in para_first
        para_first[s.para] = True
        if s.para == consumed_para:
            continue
        stmts: list[Statement] = []
        if first_in_para:
            special = _paragraph_forms(text, paras, s.para, ms, index, mentions, m_starts)
            if special is None and text[paras[s.para].start] in _QUOTE_OPENERS:
                special = _signed_below(text, paras, s.para, mentions, m_starts)
            if special is not None:
                stmts = [special]
                second = _second_label(text, special, mentions, m_starts)
                if second is not None:
                    stmts.append(second)
                consumed_para = s.para
        here = by_last_piece[bisect_left(q_keys, ss) : bisect_left(q_keys, se + 1)]
        if not stmts:
            s_cues = cues[bisect_left(c_starts, ss) : bisect_left(c_starts, se)]
            if s_cues:
                stmts = analyse(text, ss, se, ms, here, s_cues)
        para = paras[s.para]
        if not stmts and s.end >= para.end - 2 and text[ss:se].rstrip().endswith(":"):
            # "The senator released a statement:" closing a paragraph: the next paragraph's quotation is
            # the subject's, whatever the verb ("She then listed them:" too, not the quote before).
            subj = _subject_mention(text, ms, ss)
            if subj is not None:
                stmts = [Statement([], subj, None, (subj.start, se), pending=True)]
        used = attach_quotes(text, stmts, here) if stmts else _NONE_USED
        last = results[-1][0] if results else None
        for q in here:
            if id(q) in used:
                continue
            if pending is not None and q.open_at == para.start and last_para == prev_para:
                # "X said:" at the end of the paragraph before.
                pending.pieces.extend(quote_words(text, a, b) for a, b in q.spans)
                pending.direct = True
                pending.passages.append(q)
                pending = None
                continue
            if q.open_at == para.start and q.close_at >= para.end - 1 and _quoted_subhead(text, q):
                continue
            prev = stmts[-1] if stmts else None
            if prev is not None and _carries_on(text, q, prev):
                prev.pieces.extend(quote_words(text, a, b) for a, b in q.spans)
                prev.passages.append(q)
                continue
            if prev is None and last is not None:
                if last.attr[0] >= para.start:
                    prev = last
                elif (
                    last_para == prev_para
                    and q.open_at == para.start
                    and q.close_at >= para.end - 1
                    and not _narrative_after(text, last, paras[last_para].end)
                ):
                    prev = last  # a paragraph that is only a quotation continues the quote before it
                elif last_para >= 0 and paras[last_para].start <= q.open_at < para.start:
                    prev = last  # a quotation running on from the paragraph of the last statement
            # '“A,” Lee said, adding that B. “C.”': the corpus gives C to "adding" ("explaining") as its own.
            carry = prev is last and last is not None and not last.direct and not _adding(last)
            if carry and last.from_subject and results[:-1]:  # type: ignore[union-attr]
                # '“A,” Lee said, suggesting B. “C.”': C carries on the quotation, not the participle.
                before, who = results[-2]
                if before.direct and who is results[-1][1] and before.attr[0] >= para.start:
                    prev = before
            elif prev is last and last is not None and _question(last) and _direct_before(results):
                # '“A,” Lee said when asked about B. “C.”': C carries on her quotation, not the question.
                prev = results[-2][0]
            if carry and _quote_then_clause(text, results):
                # '“A,” Lee said, after Ray said B. “C.”': C carries on A.
                prev = results[-2][0]
            if prev is not None and prev.direct and prev.passages:
                other = _handed_over(text, q, prev, mentions, m_starts)
                if other is not None:
                    stmts.append(other)
                    continue
            if prev is not None and prev.direct and not stmts:
                act = _second_act(text, prev, q, results, mentions, m_starts)
                if act is not None:
                    stmts.append(act)
                    continue
            st = leftover(text, q, ss, se, ms, prev)
            if st is not None:
                if st.mention is not None and st.mention.start > ss:
                    _end_before(text, stmts, st.mention.start)
                stmts.append(st)
        for st in stmts:
            _said_tail(text, st, se)
        if len(stmts) > 1:
            stmts.sort(key=lambda st: st.attr[0])
        _resolve_sentence(text, ms, stmts, disc, results, s.para != prev_para, ss)
        if stmts:
            last_para = s.para
            pending = stmts[-1] if stmts[-1].pending else None
        elif s.para != prev_para:
            pending = None
        prev_para = s.para
    if titles:
        _insert_in_order(results, title_statements(text, paras, index))
    return _to_quotes(text, results)


# '“A hard winter,” Lee said, that emptied the town.': after the attribution, words that cannot open a clause
# of the writer's own, so the quoted sentence carries on in them.
_SAID_TAIL: Final = re.compile(
    r",[ \t]+(?:that|would|will|could|should|can|might|may|had|has|have|is|was|were|are)[ \t]+[a-z]"
)


def _said_tail(text: str, st: Statement, se: int) -> None:
    """A direct statement whose quotation ends in a comma before "Lee said," takes the rest of the sentence
    when it goes on with "that" or a verb: the writer finishes the quoted sentence."""
    if not st.direct or not st.pieces or st.cue not in ("said", "says"):
        return
    a, b = st.attr
    if st.pieces[-1][1] > a or text[max(0, a - 3) : a].rstrip()[-2:-1] != ",":
        return
    m = _SAID_TAIL.match(text, b)
    if m is None:
        return
    st.pieces.append(trim(text, m.start() + 1, se))


# '“A,” Lee said, citing the charter. “B.”': after the attribution a second speech act with a noun phrase
# for its object, then a quotation: the corpus gives that quotation to the second act, not to A.
_SECOND_ACT: Final = re.compile(
    r",[ \t]+(?:then[ \t]+)?(?P<verb>[a-z]{3,}(?:ing|ed))(?:[ \t]+(?:to|of|about))?"
    r"[ \t]+(?P<obj>[^\"“”.!?;:,\n]+)[.!?][ \t]*"
)
_SECOND_ACT_GAP: Final = 4
# (not "speaking on condition of anonymity", "referring to the plan": those quotations carry on A)
_SECOND_ACT_LEMMAS: Final = frozenset(("add", "cite"))
_SOURCE_NOUNS: Final = lx.GROUP_NOUNS | {"participants", "attendees"}
_ACT_CLAUSE_WORDS: Final = frozenset(
    """that is are was were be been would will could should can may might must has have had did does do he she
    they it we i you there which who""".split()
)


def _second_act(
    text: str,
    prev: Statement,
    q: QuotedPassage,
    results: list[tuple[Statement, Entity | None]],
    mentions: list[Span],
    m_starts: list[int],
) -> Statement | None:
    """The statement of the second act, its object and the quotation ``q``; the participle's own statement
    (its object alone), if one was made, gives way to it."""
    if prev.mention is None or not prev.pieces or prev.pieces[-1][1] > prev.attr[0]:
        return None
    comma = text.find(",", prev.attr[1], q.open_at)
    if comma < 0 or len(text[prev.attr[1] : comma].split()) > _SECOND_ACT_GAP:
        return None  # ("Lee told the dockers, citing ...": the cue's object may come first)
    m = _SECOND_ACT.fullmatch(text, comma, q.open_at)
    if m is None or lx.CUE_FORMS.get(m.group("verb")) not in _SECOND_ACT_LEMMAS:
        return None
    if any(w.lower() in _ACT_CLAUSE_WORDS for w in m.group("obj").split()):
        return None
    a, b = m.span("obj")
    k = bisect_left(m_starts, a)
    words = m.group("obj").split()
    if (
        k < len(mentions) and mentions[k].start < b
        or any(w[:1].isupper() or w.lower() in _SOURCE_NOUNS for w in words)
    ):
        return None  # "citing participants in the meeting": who told the writer, not what was cited
    at = m.span("verb")
    for j, (other, _) in enumerate(results):
        if other is not prev and at[0] <= other.attr[0] < m.end():
            del results[j]
            break
    pieces = [trim(text, a, b), *(quote_words(text, x, y) for x, y in q.spans)]
    return Statement(pieces, prev.mention, m.group("verb"), at, direct=True, passages=[q])


def _quoted_subhead(text: str, q: QuotedPassage) -> bool:
    """"‘Hard work.’" alone on its line: a few words in single marks between sections, a heading that
    quotes someone, not a statement (nor more of the quotation before it)."""
    mark = text[q.open_at : q.open_at + 2]
    return mark[0] in "‘'" and mark != "''" and len(text[q.open_at : q.close_at].split()) <= 6


def _end_before(text: str, stmts: list[Statement], at: int) -> None:
    """'A saying she was “pleased” and B calling it a “deal”': a statement running into the speaker of a
    quotation after it ends before that speaker."""
    for other in stmts:
        if other.pieces and other.pieces[-1][0] < at < other.pieces[-1][1]:
            other.pieces[-1] = trim(text, other.pieces[-1][0], at)


def _insert_in_order(
    results: list[tuple[Statement, Entity | None]], extra: list[tuple[Statement, Entity | None]]
) -> None:
    for r in extra:
        at = r[0].attr[0]
        k = next((i for i, (st, _) in enumerate(results) if st.attr[0] > at), len(results))
        results.insert(k, r)


# After a statement, the writer's own sentence ('... Lee said. She then left.'); not a full stop after a
# one- or two-letter abbreviation ("St. Paul").
_NEW_SENTENCE: Final = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?][\"”’']?[ \t]+[A-Z(]")


def _narrative_after(text: str, st: Statement, para_end: int) -> bool:
    """'“We are ready,” Lee said. She then took questions.' and a paragraph that is only a quotation after
    it: the writer's own sentence closes the paragraph of the direct statement, so the quotation is a new
    statement rather than more of that one."""
    if not st.direct:
        return False
    end = max([st.attr[1], *[b for _, b in st.pieces], *[q.close_at for q in st.passages]])
    return _NEW_SENTENCE.search(text, max(end - 2, 0), para_end) is not None


def _adding(st: Statement) -> bool:
    return st.cue is not None and st.cue.startswith(("add", "explain"))


def _question(st: Statement) -> bool:
    """A question put to someone ("when asked whether ..."): nobody's statement to carry on."""
    return st.mention is None and not st.direct and st.cue is not None and st.cue.lower() == "asked"


def _direct_before(results: list[tuple[Statement, Entity | None]]) -> bool:
    return len(results) > 1 and results[-2][0].direct


def _quote_then_clause(text: str, results: list[tuple[Statement, Entity | None]]) -> bool:
    """Whether the last two statements are one sentence's '“A,” Lee said, ... B.': a quotation before
    its attribution, then a reported clause."""
    if len(results) < 2:
        return False
    st, last = results[-2][0], results[-1][0]
    if not st.direct or not st.passages or st.cue is None or st.passages[-1].close_at > st.attr[0]:
        return False
    between = text[st.attr[1] : last.attr[0]]
    return st.attr[1] <= last.attr[0] and "\n" not in between and ". " not in between


def _carries_on(text: str, q: QuotedPassage, st: Statement) -> bool:
    """'“A,” said Lee, 20, of Dover, Del. “B.”': a quotation after the attribution of a quotation in the same
    sentence carries it on (the corpus marks the two as one statement)."""
    if not st.direct or not st.passages or st.cue is None or q.open_at < st.attr[1]:
        return False
    if st.passages[-1].close_at > st.attr[0]:
        return False
    j = q.open_at
    while j > st.attr[1] and text[j - 1] in " \t":
        j -= 1
    return text[j - 1 : j] in _CARRY_AFTER


_CARRY_AFTER: Final = frozenset(".,")
# '“A,” Lee said, and her brother cut in. “B.”': someone else speaks up after the attribution.
_HANDOVER: Final = re.compile(
    r"[ \t]*,[ \t]+and[ \t]+(?:then[ \t]+)?(?P<np>[^,.;:\"“”]{1,40}?)[ \t]+"
    r"(?:(?:cut|chimed|jumped|broke|butted)[ \t]+in|interjected|interrupted|replied|responded|countered"
    r"|shot[ \t]+back|piped[ \t]+up)[ \t]*[.:,]?[ \t]*"
)


def _handed_over(
    text: str, q: QuotedPassage, prev: Statement, mentions: list[Span], m_starts: list[int]
) -> Statement | None:
    """The statement of a second speaker who takes over after the attribution of a quotation before it."""
    a = prev.attr[1]
    if q.open_at < a or prev.passages[-1].close_at > prev.attr[0] or text.find(", and ", a, q.open_at) < 0:
        return None
    h = _HANDOVER.fullmatch(text, a, q.open_at)
    if h is None:
        return None
    lo, hi = h.span("np")
    k = bisect_left(m_starts, lo)
    who = mentions[k] if k < len(mentions) and mentions[k].start == lo else np_subject(text, lo, hi)
    if who is None or who.end > hi:
        return None
    spans = [quote_words(text, x, y) for x, y in q.spans]
    return Statement(spans, who, None, (who.start, h.end("np")), direct=True, passages=[q])


def _scan_words(
    text: str, quoted: list[tuple[int, int]]
) -> tuple[list[re.Match[str]] | None, list[re.Match[str]]]:
    """Matches of HEAD_WORDS (None when not scanned here) and of the cue forms in the text, outside the
    ``quoted`` ranges (sorted; each opens with a quote mark and ends after one or at a line's end).

    Words and the blanks inside a cue never take in a quote mark or a line break, so no match crosses the
    edge of a range: scanning between the ranges finds the matches of a scan of the whole text that start
    outside them, without reading the fifth of the text that is quoted."""
    hits = (CUE if _CUES_AND_HEADS is None else _CUES_AND_HEADS).find_outside(text, quoted)
    if _CUES_AND_HEADS is None:
        return None, hits
    heads: list[re.Match[str]] = []
    cues: list[re.Match[str]] = []
    for m in hits:
        (heads if m[0] in HEAD_WORDS else cues).append(m)
    return heads, cues


def _literal_hits(pattern: re.Pattern[str], text: str, literal: str, back: int) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose every match has ``literal`` ``back``
    characters after its start: str.find jumps to the few candidates, where re would try every position of
    a pattern that opens with \\b."""
    out: list[re.Match[str]] = []
    end = 0
    i = text.find(literal, back)
    while i >= 0:
        if i - back >= end:
            m = pattern.match(text, i - back)
            if m is not None:
                out.append(m)
                end = m.end()
        i = text.find(literal, i + 1)
    return out


_AFTER_CLOSE: Final = re.compile(r"[ \t]+[A-Z]")


def _split_after_quotes(text: str, sents: list[Sentence], passages: list[QuotedPassage]) -> list[Sentence]:
    """End a sentence where a quotation ends one ('... to my heart.” He said ...'), unless what follows is
    only its attribution ('“... over.” Lee said.')."""
    ends = sorted(
        q.close_at
        for q in passages
        if q.close_at >= 2 and close_punct(text, q) in ".!?" and _AFTER_CLOSE.match(text, q.close_at)
    )
    if not ends:
        return sents
    out: list[Sentence] = []
    k = 0
    for s in sents:
        start = s.start
        while k < len(ends) and ends[k] < s.end:
            e = ends[k]
            k += 1
            if e <= start:
                continue
            if _attribution_follows(text, e, s.end):
                continue
            out.append(Sentence(start, e, s.para))
            start = e
            while start < s.end and text[start] in " \t":
                start += 1
        out.append(Sentence(start, s.end, s.para) if start != s.start else s)
    return out


_CAP_PRONOUN: Final = frozenset(("He", "She", "They", "It", "We", "I", "You"))
# Words opening a clause of its own after a closed quotation, never its attribution ("That prompted ...").
_CLAUSE_OPENERS: Final = frozenset(
    "To Which Then But And So Yet Or When While After Before As If Asked That This These Those There".split()
)
_ARTICLES: Final = frozenset(("The", "A", "An"))
_PRONOUN_WORDS: Final = frozenset("he she they it we i you which who".split())
_THAT_NEXT: Final = re.compile(r"[ \t]+that\b")


def _attribution_follows(text: str, e: int, end: int, short_ok: bool = True) -> bool:
    """What follows a closed quotation is its attribution: 'Lee said.', or a subject of a few words (an
    appositive included) whose cue comes with circumstances ('Ann Lee, the county chair, said of the vote'),
    never a new clause ('He said that ...')."""
    c = CUE.search(text, e, min(end, e + 90))
    if c is None:
        return _name_verbed(text, e, end)
    before = text[e : c.start()].split()
    if before and before[0] in _CLAUSE_OPENERS:
        return False  # "To which she said, ...": a clause of its own
    if short_ok and len(text[e:end].split()) <= 6:
        return True
    if not before or len(before) > 9 or before[0] in _CAP_PRONOUN:
        return False
    if len(before) > 1 and any(w.lower() in _PRONOUN_WORDS for w in before):
        return False  # "To which she said, ...": a clause of its own
    if not any(w[:1].isupper() and w not in _ARTICLES for w in before):
        return False  # "The crates were labeled in red.": no one named
    if any(w[-1:] in ".!?" and len(w) > 3 and w[:-1] not in TITLE_ABBREVS for w in before):
        return False
    if before[-1].endswith("ing") and len(before) > 1:
        return False  # "Lee was making calls to ...": the cue word is a noun, the clause a new one
    ce = c.end()
    if _THAT_NEXT.match(text, ce):
        return False
    return bool(
        AFTER_EMPTY.match(text, ce) or CIRCUMSTANCE.match(text, ce) or _PREP_NEXT.match(text, ce)
        or (c.group().lower().startswith(("t", "ask")) and OBJECT.match(text, ce))
    )


# '“Why now?” Verrin pressed.': a name and a verb no cue list holds, then the sentence ends.
_NAME_VERBED: Final = re.compile(r"[ \t]*((?:[A-Z][a-z][\w'’-]*[ \t]+){1,3})[a-z]{2,}ed[.,]")


def _name_verbed(text: str, e: int, end: int) -> bool:
    """What follows a closed quotation is a name and a past-tense verb of any kind, and nothing more."""
    m = _NAME_VERBED.match(text, e, end)
    if m is None:
        return False
    words = m.group(1).split()
    return words[0] not in _CLAUSE_OPENERS and words[0] not in _CAP_PRONOUN and words[0] not in _ARTICLES


_PREP_NEXT: Final = (
    re.compile(r"[ \t]+(?:of|about|in|at|on|during|after|before|while|when|to|from|as|with|via)\b")
)
_CLOSE_END: Final = frozenset("\"”’'»")


def _join_attributions(text: str, sents: list[Sentence]) -> list[Sentence]:
    """'“... this county.” Karl Roe, the party chairman, said.': the segmenter ends a sentence after the
    quotation; the attribution that follows is joined back to it."""
    out: list[Sentence] = []
    for s in sents:
        if out:
            prev = out[-1]
            if (
                prev.para == s.para
                and text[prev.end - 1] in _CLOSE_END
                and text[prev.end - 2 : prev.end - 1] in (".", "?", "!")
                and _attribution_follows(text, s.start, s.end, short_ok=False)
            ):
                out[-1] = Sentence(prev.start, s.end, s.para)
                continue
        out.append(s)
    return out


_QUOTE_MARK: Final = re.compile(r"[\"“”„‟«»‹›]\W*")


def _role_after_quote(text: str, m: Span) -> None:
    """'“...,” spokesman Stuart Roe said': a role never reaches back across the quotation before it."""
    end = m.end - len(m.name)
    if _QUOTE_MARK.search(text, m.start, end) is None:
        return  # the usual role: no mark in it
    cut = list(_QUOTE_MARK.finditer(text, m.start, end))[-1]
    m.start = cut.end()
    m.text = text[m.start : m.end]
    m.quoted = False
    m.role = text[m.start : m.end - len(m.name)].strip()
    low = m.role.lower()
    m.role_words = frozenset(w for w in m.role_words if w in low)


_NEXT_LABEL: Final = re.compile(r"[\"”][ \t]+([A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2}):[ \t]+(?=[\"“])")


def _second_label(text: str, st: Statement, mentions: list[Span], m_starts: list[int]) -> Statement | None:
    """'Lee: “...” Orr: “...”': a second label and quotation in a transcript line is the second speaker's."""
    if st.cue != ":" or len(st.pieces) != 1:
        return None
    a, b = st.pieces[0]
    if text[a : a + 1] not in _QUOTE_OPENERS or '“' not in text[a + 1 : b] and '"' not in text[a + 1 : b]:
        return None
    n = _NEXT_LABEL.search(text, a + 1, b)
    if n is None:
        return None
    k = bisect_left(m_starts, n.start(1))
    m = mentions[k] if k < len(mentions) else None
    if m is None or m.start != n.start(1) or m.end != n.end(1) or m.kind != "name":
        return None
    st.pieces = [(a, n.start() + 1)]
    a2 = n.end() + 1
    while b > a2 and (text[b - 1] in _INNER_CLOSERS or text[b - 1] in " \t"):
        b -= 1
    return Statement([(a2, b)], m, ":", (m.start, n.end(1) + 1), direct=True)


def _transcript_line(text: str, p: Paragraph) -> bool:
    if text.find(":", p.start, p.end) < 0:
        return False
    return _TRANSCRIPT.match(text, _line_start(text, p), p.end) is not None


def _quoted_transcript(text: str, q: QuotedPassage) -> bool:
    """Whether the quotation runs on into transcript lines that each open with a straight mark ('"LEE: ...'):
    each line is its speaker's, not one quotation."""
    for a, _ in q.spans[1:]:
        if text[a - 1] == '"' and (a == 1 or text[a - 2] == "\n"):
            t = _TRANSCRIPT.match(text, a)
            if t is not None and _speaker_label(t.group("who")):
                return True
    return False


def _speaker_label(who: str) -> bool:
    """Whether a line's label can name a speaker (not "Update:", "Delegate Update:", "Photo:")."""
    label = who.lower().strip(".")
    return label not in _NOT_SPEAKER_LABEL and label.rsplit(" ", 1)[-1] not in _NOT_SPEAKER_LABEL


def _line_start(text: str, p: Paragraph) -> int:
    """Where a paragraph's words start: past a straight mark opening it ('"LEE: ...', a transcript quoted
    line by line)."""
    return p.start + 1 if text[p.start] == '"' else p.start


def _lone_label(text: str, paras: list[Paragraph], k: int, words: int) -> bool:
    """'Lind: Just hold on.' between paragraphs of prose, not the first line: a section's heading in a piece
    about several people, not a transcript (whose lines come in runs)."""
    if words > 5 or k == 0:
        return False
    return not _transcript_line(text, paras[k - 1]) and (
        k + 1 >= len(paras) or not _transcript_line(text, paras[k + 1])
    )


def _paragraph_forms(
    text: str,
    paras: list[Paragraph],
    k: int,
    ms: list[Span],
    index: EntityIndex,
    mentions: list[Span],
    m_starts: list[int],
) -> Statement | None:
    """A transcript line ("PENCE: ...", "Peskov: ...") or a line signed after a dash ("... — Peskov")."""
    p = paras[k]
    lo = _line_start(text, p)
    t = _TRANSCRIPT.match(text, lo, p.end) if text.find(":", p.start, p.end) >= 0 else None
    if t:
        who = t.group("who")
        if _speaker_label(who) and not _NAME_LIST.match(text, t.end(), p.end):
            if who.isupper():
                m = _label_mention(who, t.start(), index)
            else:
                m = next((x for x in ms if x.start == t.start() and x.end == t.end("who")), None)
            words = len(text[t.end() : p.end].split())
            if m is not None and m.kind == "name" and words >= 3 and not _lone_label(text, paras, k, words):
                a, b = t.end(), p.end
                if lo > p.start and text[b - 1] == '"':
                    b -= 1
                return Statement([(a, b)], m, ":", (t.start(), t.end()))
    line = text[p.start : p.end]
    dashed = "—" in line or "–" in line or "―" in line or " - " in line
    d = _dash_signature(text, p.start, line) if dashed else None
    if d:
        # The signature closes the paragraph, past its first sentence when the quotation is not found whole.
        i = bisect_left(m_starts, d.start("who"))
        m = mentions[i] if i < len(mentions) and m_starts[i] == d.start("who") else None
        j = bisect_left(m_starts, d.end("who")) - 1
        if m is not None and j > i and mentions[j].kind == "name" and mentions[j].end >= d.end("who") - 1:
            m = mentions[j]  # "― Ann K Lee": the mention that ends the signature is the full name's
        if m is not None and m.kind == "name":
            a, b = p.start, d.start()
            while b > a and text[b - 1] in " \t\"”’'":
                b -= 1
            while a < b and text[a] in "\"“”‘'":
                a += 1
            return Statement([(a, b)], m, None, (d.start("who") - 1, d.end()), direct=True)
    return None


_QUOTE_OPENERS: Final = frozenset("\"“”‘'«„")  # ” too: a closing mark typed for the opening one
_INNER_CLOSERS: Final = frozenset("\"”")
_SIGNATURE: Final = re.compile(r"[-—–―][ \t\xa0]*(?=[A-Z])")


def _signed_below(
    text: str, paras: list[Paragraph], k: int, mentions: list[Span], m_starts: list[int]
) -> Statement | None:
    """A paragraph that is only a quotation, signed by a short line below it ("- Ann Lee.")."""
    p = paras[k]
    if k + 1 >= len(paras) or text[p.end - 1] not in _CLOSE_END:
        return None
    nxt = paras[k + 1]
    sig = _SIGNATURE.match(text, nxt.start, nxt.end) if nxt.end - nxt.start <= 80 else None
    if sig is None or any(c in _INNER_CLOSERS for c in text[p.start + 1 : p.end - 1]):
        return None  # ('“A,” Lee said. “B.”' is not one quotation)
    i = bisect_left(m_starts, sig.end())
    if i == len(mentions) or mentions[i].start != sig.end() or mentions[i].kind != "name":
        return None
    m = mentions[i]
    body = trim(text, p.start + 1, p.end - 1, keep_stop=True)
    return Statement([body], m, None, (nxt.start, m.end), direct=True)


def _dash_signature(text: str, start: int, line: str) -> re.Match[str] | None:
    """The signature closing the line text[start:] after a body of one line (the leftmost one, as a lazy
    body would find). It spans at most nine words (a dash, four words of a name, a handle and a date), so
    the search starts there, not at every character of a long body."""
    if not line or line[0].isspace():
        return None
    parts = line.rsplit(None, 9)
    lo = start + max(15, len(parts[0]) if len(parts) == 10 else 0)
    d = _DASH_SIGNATURE.search(text, lo, start + len(line))
    return d if d and text.find("\n", start, d.start()) < 0 else None


def _label_mention(who: str, start: int, index: EntityIndex) -> Span | None:
    last = who.split()[-1]
    cands = [e for e in index.people if sound_key(e.name.split()[-1]) == sound_key(last)]
    if not cands:
        return None
    m = Span(start, start + len(who), "name", who, name=who)
    m.entity = max(cands, key=lambda e: e.count)
    return m


def _subject_mention(text: str, ms: list[Span], ss: int = -1) -> Span | None:
    if not ms:
        return None
    opener_end = -1
    # The opening word is a preposition only when the sentence opens with one of these three characters.
    maybe = ss >= 0 and text[ss : ss + 3] in _PREPOSITION_OPENINGS
    first = _FIRST_WORD.match(text, ss) if maybe else None
    if first is not None and first.group(1).lower() in lx.PREPOSITIONS:
        o = _OPENING_PHRASE.match(text, ss)
        if o is not None:
            # "In an interview with Radio Today, Lee made it clear ...": the subject follows the comma.
            opener_end = o.end()
    elif ss >= 0 and _CLAUSE_OPENER.match(text, ss):
        o = _OPENING_PHRASE.match(text, ss)
        if o is not None:
            # "While dockers want a raise, Lee ...", "Touring the port, Lee ...": the subject follows the
            # comma; in 'As the choir sang, “...”' nobody does, and the clause's subject is the speaker.
            return _first_subject(text, ms, o.end()) or _first_subject(text, ms, -1)
    return _first_subject(text, ms, opener_end)


def _first_subject(text: str, ms: list[Span], opener_end: int) -> Span | None:
    """The first mention from ``opener_end`` on that can be a subject (not after a preposition)."""
    for k, m in enumerate(ms):
        if m.quoted or m.possessive or m.start < opener_end:
            continue
        if _word_before(text, m.start) in lx.PREPOSITIONS:
            continue
        if m.kind == "desc" and k + 1 < len(ms):
            # "The conference host, Foreign Minister Ann Lee, opened ...": the name is the subject.
            n = ms[k + 1]
            named = n.kind == "name" and n.entity_kind != "organisation"
            if named and _APPOSITION.fullmatch(text, m.end, n.start):
                return n
        return m
    return None


_OPENING_PHRASE: Final = re.compile(r"([A-Z][a-z]+)[ \t][^,.;:\"“”]{1,80}?,[ \t]")
# The opening word alone (the first group of _OPENING_PHRASE): cheap to check before the phrase.
_FIRST_WORD: Final = re.compile(r"([A-Z][a-z]+)[ \t]")
# How a sentence opening with a capitalised preposition (as _FIRST_WORD finds it) begins: "In ", "Aft".
_PREPOSITION_OPENINGS: Final = frozenset(
    p.capitalize() + blank if len(p) == 2 else p[:3].capitalize()
    for p in lx.PREPOSITIONS
    if p.isascii() and p.isalpha()
    for blank in " \t"
)
# A description's own phrase may stand before the name: "the minister of ports and harbours, Lise Brandt".
_APPOSITION: Final = re.compile(
    r"(?:[ \t]+(?:of|on|at|in|for|from|with)[ \t]+[^,;:\"“”()]{1,50}?|),[ \t]*(?:[a-z]+[ \t]+)?"
)
# A sentence opening with a subordinate clause or a participle phrase, whose subject is not the sentence's.
_CLAUSE_OPENER: Final = re.compile(
    r"(?:While|Although|Though|Whereas)[ \t]"
    r"|(?:As|When|Once|Since|Because|Unless|If|Having|[A-Z][a-z]{2,}ing)[ \t]+[a-z]"
)
_COMMA: Final = re.compile(r",[ \t]*")


def _word_before(text: str, pos: int) -> str:
    """The word before ``pos``, looking past an article ("in the Great Recession" gives "in")."""
    for _ in (0, 1):
        j = pos
        while j > 1 and text[j - 1] == " ":
            j -= 1
        if not text[j - 1].isalpha():
            return ""  # a stop, comma, mark or line break before: what the lines below find too, sooner
        # run_start(text, 0, j), inlined: a blank before the word, or letters back to where they end.
        k = text.rfind(" ", 0, j) + 1
        word = text[k:j]
        if not word.isalpha():
            k = j
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k:j]
        word = word.lower()
        if word not in ("the", "a", "an"):
            return word
        pos = k
    return ""


def _resolve_sentence(
    text: str,
    ms: list[Span],
    stmts: list[Statement],
    disc: Discourse,
    results: list[tuple[Statement, Entity | None]],
    new_para: bool,
    ss: int = -1,
) -> None:
    spoken = {id(st.mention) for st in stmts if st.mention is not None} if stmts else ()
    subj = _subject_mention(text, ms, ss)
    subj_mention: Span | None = None
    unresolved: Span | None = None
    if subj is not None and id(subj) not in spoken and (not stmts or subj.start < stmts[0].attr[0]):
        subj_e = disc.resolve(subj)
        if subj_e is not None:
            disc.sentence_subject = subj_e
            subj_mention = subj
        elif subj.kind == "desc" and subj.entity_kind == "person":
            unresolved = subj  # "The star ..., recalling ...": written as this description, whoever it is
    spoke = False
    for st in stmts:
        e: Entity | None
        if st.mention is not None:
            m = st.mention
            if (m.kind != "name" or m.entity_kind == "organisation") and st.cue != "according to":
                named = _appositive_name(text, m, ms)
                if named is not None:
                    st.mention = named  # "a spokeswoman, Ann Lee, said": the name says who
            if m.kind != "pron" and st.cue != "according to":
                holder = _clause_holder(text, st.mention, ms, st.attr[1])
                if holder is not None:
                    st.mention = holder
            if st.mention.kind == "pron":
                # "Lee's fate is unclear, but she said ...": someone named before the pronoun, even as owner.
                at = st.mention.start
                disc.before = [
                    x.entity
                    for x in ms
                    if x.end <= at and x.kind == "name" and not x.quoted and isinstance(x.entity, Entity)
                ]
            e = disc.resolve(st.mention)
            disc.before = []
            if e is None and st.mention.kind == "desc":
                inner = _inner_name(text, st.mention, ms)
                if inner is not None:
                    e = disc.resolve(inner)
            if subj_mention is None and not st.aside:
                subj_mention = st.mention
        elif st.embedded and disc.sentence_subject is None:
            # No sentence subject: the mention the fragment's clause was found after, if it resolves.
            e = disc.resolve(st.subject) if st.subject is not None else None
            if e is None:
                cue_at = _cue_introduced(text, st)
                if cue_at >= 0:
                    # "Yet another said, “...”": the noun phrase before the verb, cut before a verb it runs
                    # into.
                    np = np_subject(text, max(ss, 0), cue_at)
                    if np is not None:
                        np = opening_np(text, np.start, np.end) or (np if len(np.text.split()) <= 3 else None)
                    st.subject = np
                    e = disc.resolve(st.subject) if st.subject is not None else None
                elif _orphan_statement(text, st) and disc.sentences_since_speaker <= MAX_GAP:
                    # 'The ad targets a “rigged economy.”': a clause around a quoted fragment, or a long
                    # quotation, with nobody in its sentence to give it to is the last speaker's (5 in 6 such
                    # clauses are statements, 3 in 4 such quotations of ten words, half of shorter ones).
                    e = disc.last_entity
                if e is None and cue_at < 0 and st.subject is None:
                    # (but with no one to give it to, in 'The ad targets a “...”' the subject the statement
                    # was found after still says whose it is, though it names no one the article knows)
                    continue  # a quotation in a sentence with no one to give it to
                if e is None and cue_at == ss and _LETTERS.match(text, cue_at).group().endswith("ing"):  # type: ignore[union-attr]
                    e = disc.prev_subject  # 'Adding, “...”': the participle goes on the sentence before
            st.mention = st.subject
        elif st.from_subject:
            e = disc.sentence_subject or disc.prev_subject
            second = _second_clause_subject(text, ms, ss, st.attr[0]) if subj_mention is not None else None
            second_e = disc.resolve(second) if second is not None else None
            if second is not None and second_e is not None:
                # "Lee turned to trade, but Ray pressed him on taxes, asking ...": the nearer subject.
                st.mention, e = second, second_e
            elif disc.sentence_subject is not None and subj_mention is not None:
                st.mention = subj_mention  # the participle's speaker is written as the sentence's subject
            elif unresolved is not None and st.mention is None:
                st.mention = unresolved
        elif st.continued:
            # A quotation right after someone's statement is theirs; one nobody can be given to is dropped.
            if disc.sentences_since_speaker > MAX_GAP or disc.last_entity is None:
                continue
            e = disc.last_entity
            ps = disc.prev_subject
            if not new_para and disc.sentences_since_speaker >= 2 and ps is not None and ps.kind == "person":
                # 'On TV, Sen. Ann Lee, who ..., pointed to young voters. “...”': the person the sentence
                # before was about, rather than the last one quoted further back.
                e = ps
        else:
            e = None
        if st.aside:
            results.append((st, e))
            continue
        if e is not None and (disc.sentence_subject is None or (st.mention is not None and not spoke)):
            # Whoever speaks in a sentence is what the next sentence's "he" or "she" most likely means.
            disc.sentence_subject = e
            spoke = spoke or st.mention is not None
        if e is not None and st.mention is not None and st.mention.kind == "name" and e.kind == "person":
            e.confirmed = e.spoke = True
        if e is not None:
            disc.sentences_since_speaker = 0
            disc.last_entity = e
            if e.kind == "person":
                disc.last_speaker = e
            else:
                disc.last_group = e
        results.append((st, e))
    disc.see_names(ms)
    disc.end_sentence()


_BUT_CLAUSE: Final = re.compile(r",[ \t]+but[ \t]+|;[ \t]+")


def _second_clause_subject(text: str, ms: list[Span], ss: int, at: int) -> Span | None:
    """The subject opening a "but" clause (or one after a semicolon) between the sentence's start and a
    participle at ``at``: the mention right after it, when a lower-case word (its verb) follows."""
    last = None
    for b in _BUT_CLAUSE.finditer(text, max(ss, 0), at):
        last = b
    if last is None:
        return None
    m = next((m for m in ms if m.start >= last.end()), None)
    if m is None or m.end >= at or m.quoted or m.possessive or m.kind == "pron":
        return None
    if np_start(text, m.start) != last.end() and m.start != last.end():
        return None
    return m if _LOWER_WORD.match(text, m.end) else None


_LOWER_WORD: Final = re.compile(r"[ \t]+(?!(?:and|or|of|in|on|at|to|for|with|who|which|that)\b)[a-z]+\b")


def _orphan_statement(text: str, st: Statement) -> bool:
    """Whether a statement nobody in its sentence can be given is still one: the clause around a quoted
    fragment (words outside its quotation), or a quotation of ORPHAN_MIN words or more."""
    if not st.passages or not st.pieces:
        return False
    q = st.passages[0]
    if len(st.pieces) == 1 and (st.pieces[0][0] < q.open_at or st.pieces[0][1] > q.close_at):
        return True
    return sum(len(text[a:b].split()) for a, b in st.pieces) >= ORPHAN_MIN


_INTRODUCING: Final = re.compile(r"([A-Za-z]+)[,:][ \t\xa0]*$")
_LETTERS: Final = re.compile(r"[A-Za-z]+")


def _cue_introduced(text: str, st: Statement) -> int:
    """Where the speech verb starts when a whole quotation comes right after it and a comma or colon ('Yet
    another said, “...”', 'a note that read: “...”'), else -1: such a quotation is a statement even when
    nobody in the sentence can be named as its speaker."""
    if not st.passages:
        return -1
    at = st.passages[0].open_at
    w = _INTRODUCING.search(text, max(0, at - 30), at)
    return w.start() if w is not None and w.group(1).lower() in lx.CUE_FORMS else -1


_CLAUSE_OPEN: Final = re.compile(r",[ \t]+(?:who|whose|while|when|after|before|speaking|having|as)\b")


def _clause_holder(text: str, m: Span, ms: list[Span], cue_end: int) -> Span | None:
    """'Lee, who addressed the Harbour Council on Monday, said': the person a clause between commas is
    about, not someone named inside it."""
    if m.end >= cue_end or text.find(",", m.end, cue_end) < 0 or _CLAUSE_OPEN.match(text, m.end):
        return None  # "..., and his sister, Ada, who chaired ...": the mention has a clause of its own
    for p in reversed(ms):
        if p.end > m.start or p is m:
            continue
        if p.end < m.start - 200:
            return None
        c = _CLAUSE_OPEN.match(text, p.end)
        if c is not None and c.end() <= m.start:
            ok = p.kind == "name" and p.entity_kind == "person" and not p.possessive and not p.quoted
            return p if ok else None
    return None


def _appositive_name(text: str, m: Span, ms: list[Span]) -> Span | None:
    """The person named right after a description, between commas: "the party's treasurer, Ann Lee,"."""
    for n in ms:
        if n.start < m.end:
            continue
        if (
            n.kind == "name"
            and n.entity_kind == "person"
            and not n.possessive
            and not n.quoted
            and " " in n.name
            and " of " not in n.text
            and _COMMA.fullmatch(text, m.end, n.start)
            and text[n.end : n.end + 1] == ","
        ):
            return n
        return None
    return None


_INNER_LEAD: Final = frozenset("the a an latest new recent".split())
_INNER_JOINERS: Final = frozenset("of in at for from the and".split())
# What an organisation makes and a report can cite: "the Harlow College poll", "the Pollwatch average".
_DATA_HEADS: Final = frozenset(
    """poll polls polling average averages survey surveys research data analysis count tally figures results
    estimate estimates projection projections study report forecast tracker index""".split()
)
_INNER_CUT: Final = frozenset("- — – : ;".split())


def _inner_name(text: str, m: Span, ms: list[Span]) -> Span | None:
    """The name a description is built on, when no one has its role: "the Harlow Gazette", "Supervisor of
    Elections Ann Lee", "a new Harlow College poll", "exit polls conducted by Norland Research"; never the
    person a role belongs to ("the Lee supporter", "aides to Lee", "Lee's lawyer", "the Lee campaign")."""
    for n in ms:
        if n.start < m.start or n.kind != "name" or n.quoted:
            continue
        if n.end > m.end:
            break
        if n.possessive:
            return None
        before = text[m.start : n.start].split()
        after: list[str] = []  # the words after the name, up to a dash or colon
        for w in text[n.end : m.end].split():
            if w in _INNER_CUT:
                break
            after.append(w.strip(",.:;"))
        lows = [w.lower() for w in after]
        if any(w in lx.ROLE_NOUNS or w[-1:] == "s" and w[:-1] in lx.ROLE_NOUNS for w in lows):
            return None  # "the Lee supporter", "Lee volunteers": someone with a role towards Lee
        if before and before[-1] == "by":
            return n  # "figures compiled by Norland Research": who made them
        if n.entity_kind == "person" and " " in n.text and all(_role_or_lead(w) for w in before):
            return n  # "party spokesman Ed Vance on Tuesday": the person, whatever the phrase runs on to
        if not all(w.lower() in _INNER_LEAD or w[:1].isupper() for w in before):
            return None
        # "George Lind of The Ledger": capitalised words and joiners after the name are its place.
        rest = [w.lower() for w in after if not w[:1].isupper() and w.lower() not in _INNER_JOINERS]
        if not rest or rest[-1] in _DATA_HEADS:
            return n
        return None
    return None


_ROLE_LEAD: Final = lx.ROLE_MODIFIERS | {"and"}


def _role_or_lead(w: str) -> bool:
    low = w.lower()
    return w[:1].isupper() or low in _INNER_LEAD or low in lx.ROLE_NOUNS or low in _ROLE_LEAD


def _described(desc: str, initial: bool) -> tuple[str, str] | None:
    """Who an unresolved description names, as written, with its kind, when it says more than a role: "the
    Keldor governor", "Lind's lawyer", "the RNC treasurer" (never a bare "the official", which could be
    anyone, nor a clause taken for a subject)."""
    words = desc.split()
    if words and words[0].lower() in _DETERMINER:
        words = words[1:]
        initial = False
    while len(words) > 1 and _trailing_adverb(words[-1]):
        words = words[:-1]  # "Dock unions also widely": the mention ran on into the verb's adverbs
    if not words or len(words) > 8:
        return None
    lows = [w.lower().strip(",.:;") for w in words]
    if any(w in _CLAUSE_WORDS for w in lows):
        return None  # "Mrs. Lee thanked the crowd": a clause, not someone
    # A capital that may only open the sentence ("Critics of the plan") names no one.
    k = 1 if initial else 0
    named = any(w[:1].isupper() and lw not in _DATE_NAMES for w, lw in zip(words[k:], lows[k:], strict=True))
    if not named and not any(w.endswith(("'s", "’s")) for w in words) and not _acronym(words[0]):
        return None
    if any(w in lx.ROLE_NOUNS or w in _PARTY_PEOPLE for w in lows):
        kind = "person"
    elif lows[-1].endswith("s") or any(w in lx.GROUP_NOUNS or _role_plural(w) for w in lows):
        kind = "group"  # "Democratic chairs from Ulm and Bree"
    else:
        kind = "organisation"
    return plain_apostrophes(" ".join(words).rstrip(",.:;")), kind


_ADVERBS: Final = frozenset(
    """also still now too then already again later widely highly publicly privately repeatedly strongly
    openly quickly""".split()
)


def _trailing_adverb(w: str) -> bool:
    return w in _ADVERBS


def _proper_elsewhere(text: str, desc: str) -> bool:
    """Whether the description's first word is written with a capital inside a sentence elsewhere in the
    article ("Clinton campaign" opening a sentence names Clinton; "Critics of the plan" names no one)."""
    first = desc.split(None, 1)[0]
    if first.lower() in _DETERMINER or not first[:1].isupper():
        return False
    return re.search(r"[a-z,;][ \t]" + re.escape(first) + r"\b", text) is not None


def _role_plural(w: str) -> bool:
    return w[-1:] == "s" and w[:-1] in lx.ROLE_NOUNS


def _opens_sentence(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\xa0\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n—–-"


def _acronym(w: str) -> bool:
    return len(w) > 1 and w.isupper() and w.isalpha()


_DETERMINER: Final = frozenset("the a an".split())
_PARTY_PEOPLE: Final = frozenset(("republican", "democrat", "independent"))
_CLAUSE_WORDS: Final = frozenset(
    """that which who whom whose has have had is are was were will would can cannot could should may might
    me him them us it he she they we i you let""".split()
)
_DATE_NAMES: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


def join_pieces(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The pieces of a statement as one readable text: an ellipsis where an attribution cut a sentence."""
    out = text[spans[0][0] : spans[0][1]]
    for a, b in spans[1:]:
        out += (" " if out[-1:] in _SENTENCE_END else " … ") + text[a:b]
    return out


_SENTENCE_END: Final = frozenset(".!?…:;")


# Typographic apostrophes in canonical names become plain ones, so that "O’Neill" and "O'Neill" written in
# two articles (or in the article and a question) are the same string.
_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def plain_apostrophes(name: str) -> str:
    """The name with typographic apostrophes (’ ‘ ʼ) written as a plain ' ."""
    if "’" not in name and "‘" not in name and "ʼ" not in name:
        return name  # most names: translate looks up every character
    return name.translate(_APOSTROPHES)


def _to_quotes(text: str, results: list[tuple[Statement, Entity | None]]) -> list[Quote]:
    out: list[Quote] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    # Entities no longer change here: what a quote says of its speaker is worked out once a speaker.
    said_of: dict[int, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {}
    for st, e in results:
        pieces = st.pieces
        if len(pieces) == 1:
            p = pieces[0]
            spans: tuple[tuple[int, int], ...] = (p,) if p[1] > p[0] else ()  # one piece: nothing to sort
        else:
            spans = tuple(sorted({p for p in pieces if p[1] > p[0]}))
        if not spans or spans in seen:
            continue
        seen.add(spans)
        m = st.mention
        speaker: str | None = None
        kind: str | None = None
        roles: tuple[str, ...] = ()
        aliases: tuple[str, ...] = ()
        if e is not None:
            known = said_of.get(id(e))
            if known is None:
                name = plain_apostrophes(e.name)
                known = said_of[id(e)] = (
                    name,
                    e.kind,
                    tuple(e.roles),
                    tuple(a for a in dict.fromkeys(map(plain_apostrophes, e.aliases)) if a != name),
                )
            speaker, kind, roles, aliases = known
        elif m is not None and m.kind in ("desc", "group"):
            kind = _KIND_OF.get(m.kind if m.kind == "group" else m.entity_kind, "organisation")
            d = _described(m.text, _opens_sentence(text, m.start) and not _proper_elsewhere(text, m.text))
            if d is not None:
                speaker, kind = d
        mention = make_mention(m.text, m.start, m.end) if m is not None and m.text else None
        out.append(
            make_quote(
                join_pieces(text, spans),
                spans[0][0],
                spans[-1][1],
                spans,
                speaker,
                kind,  # type: ignore[arg-type]
                mention,
                st.cue,
                st.direct,
                roles,
                aliases,
            )
        )
    return _drop_nested(out)


NESTED_DICE: Final = 0.6
# one speaker's statement found twice, by two routes, over most of the same words
SAME_SPEAKER_DICE: Final = 0.7


def _size(q: Quote) -> int:
    return sum(b - a for a, b in q.spans)


def _overlap(a: Quote, b: Quote) -> int:
    return sum(max(0, min(y, d) - max(x, c)) for x, y in a.spans for c, d in b.spans)


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """Of two statements over nearly the same words, the shorter goes: "A reported that B said C" is A's
    statement, B's words inside it (the corpus marks the outer one); one speaker's words found twice are
    one statement."""
    n = len(quotes)
    if n < 2:
        return quotes
    order = sorted([(q.start, q.end, i) for i, q in enumerate(quotes)])
    drop: set[int] = set()
    for k in range(n - 1):
        _, end, i = order[k]
        m = k + 1
        while m < n and order[m][0] < end:  # only statements that overlap are compared (few)
            j = order[m][2]
            m += 1
            qi, qj = quotes[i], quotes[j]
            si, sj = _size(qi), _size(qj)
            dice = SAME_SPEAKER_DICE if qi.speaker == qj.speaker else NESTED_DICE
            if 2 * _overlap(qi, qj) >= dice * (si + sj):
                drop.add(j if sj <= si else i)
    return [q for i, q in enumerate(quotes) if i not in drop] if drop else quotes


__all__ = ["extract_quotes", "join_pieces"]
