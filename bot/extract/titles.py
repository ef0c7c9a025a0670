"""Statements in headlines and subheads: "Name: ...", "Name on Topic: ...", "Name Says ...".

Title Case makes names of ordinary words, so the body's mentions are not looked for in these lines: a
headline form is taken only where its speaker is at the edge the form fixes (before the colon, before the
verb), and that speaker is looked up among the people and organisations the body names."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import lexicon as lx
from bot.extract.entities import Entity, EntityIndex, _key, fold, sound_key
from bot.extract.mentions import Span
from bot.extract.segment import Paragraph
from bot.extract.statement_base import Statement

# "EXCLUSIVE – " and the like before the speaker.
_LEAD: Final = re.compile(r"(?:EXCLUSIVE|Exclusive|BREAKING|Breaking|WATCH|Watch)[ \t]*[–—:-][ \t]*")
_WHO_WORD: Final = re.compile(r"(?:[A-Z][\w.'’&-]*|of|the|on|to|at|in|with|about|for|de|van|von)$")
_NAME_WORD: Final = re.compile(r"(?:[A-Z][\w.'’&-]*|of|de|van|von)$")
# Words that open a colon's label rather than name a speaker.
_LABELS: Final = frozenset(
    """breaking busted boom wow look watch revealed exclusive bombshell update updated note editor's photo
    video read more related correction q a question answer live just leaked fix paid notice the latest email
    daily briefing newsletter digest""".split()
)
# Words after a speaker that bring in the topic the statement is about ("Lee on the budget: ...").
_TOPIC: Final = frozenset("on to at about over with in for".split())
_GENERIC: Final = frozenset(
    """poll polls report survey study analysis insiders historians newspaper experts sources ap reuters
    upi""".split()
)
_SAYS: Final = re.compile(r"[ \t](Says|Say|Tells|Tell)[ \t]+")
_INVERTED: Final = re.compile(
    r",([’”'\"]?)[ \t]+([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,4})[ \t](Says|Tells)\b[^,:]{0,40}$"
)
_SAYS_TAIL: Final = re.compile(r",[ \t]+(?:Calls|Says|Slams|Blasts|Urges|Praises|Warns)\b|[ \t]As[ \t]")


def title_statements(
    text: str, paras: list[Paragraph], index: EntityIndex
) -> list[tuple[Statement, Entity | None]]:
    out: list[tuple[Statement, Entity | None]] = []
    for p in paras:
        if p.kind not in ("headline", "subhead"):
            continue
        found = _colon_form(text, p, index) if text.find(": ", p.start, p.end) >= 0 else None
        line = text[p.start : p.end]
        if found is None and (" Say" in line or " Tell" in line):
            found = _says_form(text, p, index)
        if found is None:
            found = _verb_form(text, p, index)
        if found is not None:
            out.append(found)
            second = _second_verb(text, p, found)
            if second is not None:
                out.append(second)
    return out


_SECOND_VERB: Final = re.compile(r",[ \t]+(Calls|Slams|Blasts|Urges|Praises|Warns)[ \t]+")


def _second_verb(
    text: str, p: Paragraph, found: tuple[Statement, Entity | None]
) -> tuple[Statement, Entity | None] | None:
    """"Lee Says A, Calls B ‘...’": the second verb's statement, by the same speaker."""
    st, e = found
    if st.cue not in ("says", "tells") or not st.pieces or st.mention is None:
        return None
    v = _SECOND_VERB.match(text, st.pieces[-1][1], p.end)
    if v is None:
        return None
    b = _strip_line_end(text, v.end(), p.end)
    if b <= v.end():
        return None
    quoted = _has_quote(text, v.end(), b)
    return Statement([(v.end(), b)], st.mention, v.group(1).lower(), v.span(1), direct=quoted), e


def _has_quote(text: str, a: int, b: int) -> bool:
    return _QUOTE_MARKS.search(text, a, b) is not None


def _start(text: str, p: Paragraph) -> int:
    lead = _LEAD.match(text, p.start, p.end)
    return lead.end() if lead else p.start


def _strip_line_end(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " \t.;":
        b -= 1
    return b


def _colon_form(text: str, p: Paragraph, index: EntityIndex) -> tuple[Statement, Entity | None] | None:
    a = _start(text, p)
    c = text.find(": ", a, p.end)
    words = text[a:c].split()
    if not words or len(words) > 12 or not words[0][:1].isupper() or not _opens_name(words):
        return None
    if fold(" ".join(words[:2])) in _LABELS or any(fold(w) in _LABELS for w in words[1:]):
        return None
    k = next((i for i, w in enumerate(words) if i and w.lower() in _TOPIC), len(words))
    if k > 5 or (k == len(words) and len(words) > 7):
        return None
    if not all(_NAME_WORD.match(w) for w in words[:k]) and fold(words[k - 1]) not in _GENERIC:
        return None
    if k == 1 and words[0].isupper() and len(words[0]) > 3:
        return None  # a column's name in capitals
    who = " ".join(words[:k])
    e = _speaker(who, index, k == len(words) or fold(words[k - 1]) in lx.ROLE_NOUNS)
    if e is None:
        return None
    b = _strip_line_end(text, c + 2, p.end)
    if len(text[c + 2 : b].split()) < 3 or text[b - 1] == "?":
        return None
    m = Span(a, a + len(who), "name", who, name=who)
    return Statement([(c + 2, b)], m, ":", (a, c + 1), direct=_quoted(text, c + 2, b)), e


def _says_form(text: str, p: Paragraph, index: EntityIndex) -> tuple[Statement, Entity | None] | None:
    a = _start(text, p)
    s = _SAYS.search(text, a, p.end)
    words = text[a : s.start()].split() if s is not None else []
    named = 0 < len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and _opens_name(words)
    if s is not None and named:
        who = " ".join(words)
        e = _speaker(who, index, True)
        if e is None:
            return None
        b = _strip_line_end(text, s.end(), p.end)
        t = _SAYS_TAIL.search(text, s.end(), b)
        if t is not None:
            b = t.start()  # "Lee Says A, Calls B": the second verb has its own statement
        m = Span(a, a + len(who), "name", who, name=who)
        return Statement([(s.end(), b)], m, s.group(1).lower(), (a, s.end())), e
    v = _INVERTED.search(text, a, p.end)
    if v is None:
        return None
    who = v.group(2)
    e = _speaker(who, index, True)
    if e is None:
        return None
    m = Span(v.start(2), v.end(2), "name", who, name=who)
    b = v.end(1) if v.group(1) else v.start()
    return Statement([(a, b)], m, v.group(3).lower(), (v.start(2), v.end())), e


_QUOTE_MARKS: Final = re.compile(r"[‘“\"'](?=\w)")
# Without a quotation, only verbs whose object the corpus marks as what was said ("Lee Urges Calm").
_SPEECH_VERBS: Final = (
    frozenset("promises announces slams blasts urges warns vows praises explains calls".split())
)
_NOT_NAME: Final = frozenset(
    "why how what when where who whom which if as after before this these those the a an here here's here’s "
    "there there's there’s don't don’t".split()
)
_ADVERBS: Final = frozenset("just now also again finally still".split())
# "Lee Told Dockers To ‘Hold The Line’": past tenses without -ed, taken before a quotation.
_IRREGULAR_PAST: Final = frozenset("told said got gave took wrote spoke made".split())


def _verb_form(text: str, p: Paragraph, index: EntityIndex) -> tuple[Statement, Entity | None] | None:
    """"Lee Pins The Delay On ‘Reckless’ Planners": a name the body knows, a verb, and what follows."""
    a = _start(text, p)
    words = text[a : p.end].split()
    if len(words) < 4:
        return None
    quoted = _QUOTE_MARKS.search(text, a, p.end) is not None
    for k in (3, 2, 1):
        if not all(_NAME_WORD.match(w) and w[-1] not in ",:;" for w in words[:k]):
            continue
        last = words[k - 1].lower()
        if last.endswith(("’s", "'s")) or not _opens_name(words):
            continue
        role = _role_noun(last)
        if role and not quoted:
            continue
        if k > 1 and fold(" ".join(words[:k])) in index._orgs:
            return None  # "Harbour Gazette Prints ...": an organisation
        if role:
            # "Veteran Captain Describes ‘...’": a role, whoever it is, before a verb and a quotation.
            e: Entity | None = Entity(" ".join(words[:k]), "person" if last in lx.ROLE_NOUNS else "group")
        else:
            e = _person(words[:k], index)
            if e is None or fold(last) not in fold(e.name).split():
                continue
        j = k
        while j < len(words) - 1 and fold(words[j]) in _ADVERBS:
            j += 1
        verb = words[j].lower()
        if not verb.isalpha():
            return None
        if not quoted and verb not in _SPEECH_VERBS:
            return None
        if not (verb.endswith("s") or verb.endswith("ed") or (quoted and verb in _IRREGULAR_PAST)):
            return None
        pos = a
        for w in words[: j + 1]:
            pos = text.index(w, pos) + len(w)
        c = pos + 1
        if quoted and verb == "calls":
            # "Lee Calls The Plan ‘Reckless’ Over Costs": the corpus marks the name given, the object only
            # sometimes, so the statement starts at the quotation.
            mark = _QUOTE_MARKS.search(text, c, p.end)
            if mark is None:
                return None
            c = mark.start()
        b = _strip_line_end(text, c, p.end)
        who = " ".join(words[:k])
        m = Span(a, a + len(who), "name", who, name=who)
        return Statement([(c, b)], m, verb, (a, pos), direct=quoted), e
    return None


def _role_noun(low: str) -> bool:
    """A role noun, singular or plural ("captain", "lawmakers")."""
    return low in lx.ROLE_NOUNS or (low.endswith("s") and low[:-1] in lx.ROLE_NOUNS)


def _opens_name(words: list[str]) -> bool:
    """The line does not open with a label or a word that begins a clause ("What Lee Says About ...")."""
    first = words[0].lower()
    return first not in _NOT_NAME and fold(first) not in _LABELS


def _quoted(text: str, a: int, b: int) -> bool:
    return text[a] in "'\"‘“" and text[b - 1] in "'\"’”"


def _speaker(who: str, index: EntityIndex, open_: bool = False) -> Entity | None:
    """The person or organisation the body names with ``who`` (by its last words, or by its first words when
    a verb and its object follow the name: "Lee Opens Bridge"), or ``who`` as written when it is a generic
    source ("Poll") or, with ``open_``, a short label that names nobody in the body."""
    org = index._orgs.get(fold(who))
    if org is not None:
        return org
    words = [w.removesuffix("’s").removesuffix("'s") for w in who.split()]
    if len(words) >= 4:
        # "Lee Opens New Bridge": the name ends before a verb in the present tense.
        v = next((i for i in range(1, len(words) - 1) if words[i].endswith("s") and words[i][-2:] != "ss"), 0)
        if v:
            return _person(words[:v], index)
    e = _person(words, index)
    if e is not None:
        return e
    low = fold(words[-1])
    if low in _GENERIC:
        return Entity(who, "organisation")
    if open_ and len(words) <= 3:
        return Entity(who, "person" if low in lx.ROLE_NOUNS else "organisation")
    return None


def _person(words: list[str], index: EntityIndex) -> Entity | None:
    """Someone the body names whose name ends with ``words`` (two or one of them)."""
    if len(words) >= 2:
        e = index._by_key.get(_key(fold(" ".join(words[-2:])).split()))
        if e is not None:
            return e
    cands = index._by_word.get(sound_key(words[-1]))
    if not cands:
        return None
    return max(cands, key=lambda c: (c.count, -c.first))
