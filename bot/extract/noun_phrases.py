"""Plain noun phrases as speakers where no mention covers them: "other refugee advocates said",
"six in 10 say", "with each candidate questioning", 'Another voter posted: “...”'."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import lexicon as lx
from bot.extract.mentions import Span
from bot.extract.statement_base import AUX, last_char

_REL_APPOSITIVE: Final = re.compile(r",[ \t]*(?:who|which)\b[^,;:\"“”]{1,70},[ \t]*$")

_POLL_SHARE: Final = re.compile(
    r"(?:^|(?<=[\s,;(]))((?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|[Oo]nly|[Mm]ore[ \t]+than"
    r"|[Ff]ewer[ \t]+than)[ \t]+)?(?:\w+|\d+)[ \t]+in[ \t]+(?:10|ten|\d+|three|four|five)"
    r"|(?:[Aa]bout[ \t]+)?(?:[Hh]alf|[Aa][ \t]+majority|[Mm]ajorities|[Aa][ \t]+(?:third|quarter)"
    r"|(?:[Oo]ne|[Tt]wo|[Tt]hree)-(?:thirds?|fourths?|quarters?))"
    r"|(?:(?:[Aa]nother|[Tt]he|[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly)[ \t]+)?"
    r"\d+(?:\.\d+)?[ \t]*(?:%|percent))"
    r"(?:[ \t]+(?:of[ \t]+)?[a-z]+){0,3}?[ \t]*$"
)
_SHARE_IN: Final = re.compile(r"[ \t]in[ \t]+(?:ten|\d|three|four|five)")
_SHARE_WORDS: Final = ("alf", "ajorit", "third", "quarter", "fourth", "percent", "%")


def _poll_possible(text: str, lo: int, hi: int) -> bool:
    """What every match of _POLL_SHARE has ("in 10", "half", "majority", "a third", "40 percent"): cheap to
    look for, where the full pattern is tried at every position."""
    window = text[lo:hi]  # short: one slice, then the tests need no calls
    if any(w in window for w in _SHARE_WORDS):
        return True
    return "in" in window and _SHARE_IN.search(text, lo, hi) is not None


_WITH_NP: Final = re.compile(r"\bwith[ \t]+((?:[\w'’.-]+[ \t]+){1,5})$")


def with_np(text: str, ss: int, cue: int) -> Span | None:
    """The plain noun phrase between "with" and a participle cue ("with each candidate questioning")."""
    m = _WITH_NP.search(text, max(ss, cue - 70), cue)
    if m is None:
        return None
    words = m.group(1).split()
    first = words[0].lower()
    plain = first in NP_FIRST or _modified_plural([w.lower() for w in words])
    if first in ("the", "a", "an") or not plain:
        return None  # "with the right calling card", "with a speech denouncing ...": no speaker
    if text.startswith("reporting", cue):
        return None  # "with all precincts reporting"
    return np_from_words(text, m.start(1), cue, words)


NP_FIRST: Final = frozenset(
    """the a an one some many most other others another several all both few each my his her their its our
    these those two three four five six seven eight nine ten dozens hundreds thousands more fewer multiple
    numerous various""".split()
)
NP_STOP: Final = frozenset(
    """that which who whom whose when where while if because although though as than what why how but or
    it he she they we i you there this is are was were be been not no has have had made did does do will
    would""".split()
)
_CONJUNCTIONS: Final = frozenset("and or but then".split())
_PARENTHETICAL: Final = re.compile(
    r"(?:,[ \t]*(?:however|meanwhile|too|though|in[ \t]+turn|for[ \t]+their[ \t]+part|for[ \t]+example|"
    r"in[ \t]+particular|[a-z]+ly)[ \t]*,|[ \t]+[—–][^—–,;:\"“”]{1,60}[—–]"
    r"|,[ \t]*(?:including|like|such[ \t]+as|among[ \t]+them|especially)[ \t][^;:\"“”]{1,100}?,)[ \t]*$"
)
_PARENTHETICAL_LAST: Final = frozenset(",—–\n")

# More plural heads of an unnamed group of speakers ("safety specialists say", "some port figures").
_PLAIN_PLURALS: Final = frozenset(
    """specialists figures outlets writers commentators pundits groups organizations organisations companies
    firms newspapers networks candidates governments agencies officers unions campaigns allies rivals
    conservatives liberals evangelicals proponents backers detractors skeptics sceptics foes friends lobbyists
    defenders fans followers loyalists operatives consultants""".split()
)
LEAD_CONJ: Final = frozenset(
    """but and yet so still now meanwhile instead even though although while whereas because since if
    when""".split()
)
# "sources close to the campaign", "protest organizers in Dunmore": a plural head, then what modifies it.
_CLOSE_TO: Final = (
    frozenset("close familiar loyal opposed allied friendly near critical sympathetic privy".split())
)


def _modified_plural(lows: list[str]) -> str:
    """The head when the words are a plural noun of people with a modifier after it ("aides close to Lee"),
    else ''."""
    i = next(
        (k for k, w in enumerate(lows) if k and (w in lx.PREPOSITIONS or w.endswith("ing") and len(w) > 5)),
        len(lows),
    )
    core = lows[:i]
    while core and core[-1] in _CLOSE_TO:
        core.pop()
    if not core or len(core) > 3:
        return ""
    head = core[-1]
    if head in lx.GROUP_NOUNS or head in lx.BARE_SPEAKER_PLURALS or head[:-1] in lx.ROLE_NOUNS or (
        head in lx.EVIDENCE_PLURALS or head in _PLAIN_PLURALS
    ):
        return head
    return ""


_VERB_S: Final = frozenset(
    "allows lets helps makes forces requires wants needs gives keeps leaves expects encourages permits"
    .split()
)
_BARE_QUANTIFIERS: Final = frozenset("others some many most another".split())
_NP_CUT: Final = re.compile(r"[,;:()\"“”—–]|''|\s-\s")
_NP_CUT_CHARS: Final = ",;:()\"“”—–"
# The rightmost _NP_CUT, found backwards from the end (cheaper than finditer over all of them). It is the last
# one finditer finds when it is a single character: only the longer forms can overlap an earlier cut.
_LAST_NP_CUT: Final = re.compile(r"(?s:.*)(?:[,;:()\"“”—–]|''|\s-\s)")

OPENING_CONJ: Final = frozenset("but and yet so still now meanwhile instead".split())


def np_subject(text: str, ss: int, cue: int) -> Span | None:
    """A plain noun phrase as the subject ("Other refugee advocates also said"), when no mention is."""
    lo = max(ss, cue - 60)
    poll = _POLL_SHARE.search(text, lo, cue) if _poll_possible(text, lo, cue) else None
    if poll is not None:
        # "Six in 10 say ...", "about half said ...": a share of those polled.
        a, b = poll.start(1), poll.end(1)
        span = Span(a, b, "group", text[a:b], name=text[a:b], role="voters")
        span.entity_kind = "group"
        return span
    # Both patterns end with a comma or a dash, then blanks (or a final line break, before which $ matches):
    # without one there, neither is searched for.
    last = last_char(text, ss, cue)
    rel = _REL_APPOSITIVE.search(text, max(ss, cue - 80), cue) if last in (",", "\n") else None
    if rel is not None:
        cue = rel.start()  # "Two lawmakers, who asked not to be named, said"
    elif last in _PARENTHETICAL_LAST:
        par = _PARENTHETICAL.search(text, max(ss, cue - 110), cue)
        if par is not None and par.start() > ss:
            cue = par.start()  # "Others, however, say", "Pilots — and some dockers — say"
    lo = max(ss, cue - 120)
    last_cut = _LAST_NP_CUT.match(text, lo, cue)
    start = last_cut.end() if last_cut is not None else lo
    if last_cut is not None and text[start - 1] not in _NP_CUT_CHARS:
        start = [m.end() for m in _NP_CUT.finditer(text, lo, cue)][-1]
    if last_cut is None and lo > ss:
        return None
    words = text[start:cue].split()
    while words and words[-1].lower() in lx.GAP_WORDS:
        words.pop()
    rel_at = next((i for i, w in enumerate(words) if w in ("who", "whose")), 0)
    if rel_at:
        # "The officials whose laws were struck down say": the relative clause belongs to the subject.
        words = words[:rel_at]
    while len(words) > 1 and words[0].lower() in LEAD_CONJ:
        # "But Dunmore police say": the conjunction is not part of the subject.
        start = text.find(words[1], text.find(words[0], start, cue) + len(words[0]), cue)
        words = words[1:]
    if len(words) > 1 and words[0] in ("as", "As"):
        # "..., as police have said.": the clause before is what they said.
        start = text.find(words[1], text.find(words[0], start, cue) + 2, cue)
        words = words[1:]
    if not words or len(words) > 10:
        return None
    return np_from_words(text, start, cue, words)


def np_from_words(text: str, start: int, cue: int, words: list[str]) -> Span | None:
    """The subject mention for the plain noun phrase ``words`` written between ``start`` and ``cue``."""
    first = words[0]
    # "..., police said.", "federal prosecutors say": a bare plural of people who speak for a body.
    bare = len(words) <= 3 and all(w.isalpha() for w in words) and (
        words[-1] in lx.BARE_SPEAKER_PLURALS
        or words[-1] in lx.EVIDENCE_PLURALS
        or words[-1] in lx.GROUP_NOUNS and words[-1].endswith("s")
        or words[-1].endswith("s") and words[-1][:-1] in lx.ROLE_NOUNS
        or words[-1] in _PLAIN_PLURALS
    )
    lows = [w.lower().strip(".'’") for w in words]
    plain_head = _modified_plural(lows) if len(words) > 1 else ""
    if first.lower() not in NP_FIRST and not first[:1].isupper() and not bare and not plain_head:
        return None
    # "That official said": a demonstrative opening the sentence points back to someone named before.
    opens = len(words) > 1 and first in ("That", "This")
    opens = opens and last_char(text, max(0, start - 5), start) in "\n.!?”"
    checked = lows[1:] if opens else lows
    verbs = any(w in lx.CUE_FORMS and w != "question" for w in lows)  # "the question" is a noun here
    if verbs or any(w in NP_STOP or w in _VERB_S for w in checked):
        return None  # "The employer allows workers who ask": a clause, not a subject
    head = plain_head or lows[-1]
    if len(words) == 1 and head in _BARE_QUANTIFIERS:
        # "Others say ...", "some said ...": a group the sentence does not name.
        a = text.find(first, start, cue)
        span = Span(a, a + len(first), "group", first, name=first, role=head)
        span.entity_kind = "group"
        return span
    if not head.isalpha() or head in lx.PREPOSITIONS or head in NP_FIRST or head in _CONJUNCTIONS:
        return None
    a = text.find(first, start, cue)
    b = text.rfind(words[-1], a, cue) + len(words[-1])
    plural = head.endswith("s") and not head.endswith("ss") or head in lx.BARE_SPEAKER_PLURALS
    plural = plural or bool(plain_head)
    anonymous = lows[0] in NP_FIRST and lows[0] not in ("the", "my", "his", "her", "their", "its", "our")
    span = Span(a, b, "desc", text[a:b], role=head, role_words=frozenset(lows[1:]))
    span.entity_kind = "group" if plural or anonymous else "person"
    if span.entity_kind == "group":
        span.kind = "group"
        # Leading determiners and quantifiers go ("Many of the pilots" -> "pilots"); inner words stay.
        k = 0
        while k < len(words) - 1 and (lows[k] in NP_FIRST or lows[k] == "of"):
            k += 1
        span.name = " ".join(words[k:])
    return span


VERB_SKIP: Final = frozenset(
    """also both then later again recently previously repeatedly once even still just has have had was were
    is are will would could should may might did does do not never already further""".split()
)

# Verbs the colon subject's noun phrase ends before, besides auxiliaries, cue forms and "-ed" forms.
_COLON_VERBS: Final = frozenset(
    "gave gives sent sends goes went had read wrote put ends began made took got".split()
)
_TOKEN: Final = re.compile(r"\S+")


def opening_np(text: str, ss: int, colon: int) -> Span | None:
    """The plain noun phrase opening text[ss:colon], up to the verb after it: 'Another voter posted: “...”',
    'The flyer goes on to say: “...”' (a quotation after a colon whose sentence no mention is subject of)."""
    toks = list(_TOKEN.finditer(text, ss, colon))
    k = 0
    while k < len(toks) - 1 and toks[k].group().lower() in OPENING_CONJ:
        k += 1
    if k >= len(toks) or toks[k].group().lower() not in NP_FIRST:
        return None
    for i in range(k + 1, min(len(toks), k + 7)):
        low = toks[i].group().lower()
        if low in AUX or low in lx.CUE_FORMS or low in VERB_SKIP or low in _COLON_VERBS or low.endswith(
            ("ed", "ly")
        ):
            words = [t.group() for t in toks[k:i]]
            if any(w[-1:] in ",;" for w in words):
                return None
            return np_from_words(text, toks[k].start(), toks[i].start(), words)
    return None
