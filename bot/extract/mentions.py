"""Mentions of possible speakers: names (with the titles before them), descriptions, groups, pronouns."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter
from typing import Final, Literal, NamedTuple

from bot.extract import lexicon as lx
from bot.extract.trie import WordFinder, ascii_words, trie_pattern

MentionKind = Literal["name", "desc", "group", "pron"]


@dataclass(init=False, slots=True)
class Span:
    """A mention of a possible speaker as written, with what the words say about it.

    Built positionally with the fields after ``name`` set afterwards where it is done often: keyword
    arguments make the call a third more costly."""

    start: int
    end: int
    kind: MentionKind
    text: str
    name: str = ""  # the name without titles ("Marco Rubio"), or the group/organisation as a speaker name
    role: str = ""  # titles and roles written before the name ("Secretary of State")
    role_words: frozenset[str] = frozenset()
    entity_kind: str = "person"  # person | organisation | group | unknown
    gender: str | None = None
    possessive: bool = False
    quoted: bool = False
    initial: bool = False  # a lone capitalised word at the start of a sentence
    entity: object | None = None  # filled by the entity index

    # Written out rather than generated: a compiled class runs its own __init__ natively, the one the
    # dataclass decorator would generate as Python (about 2k instructions a call).
    def __init__(
        self,
        start: int,
        end: int,
        kind: MentionKind,
        text: str,
        name: str = "",
        role: str = "",
        role_words: frozenset[str] = frozenset(),
        entity_kind: str = "person",
        gender: str | None = None,
        possessive: bool = False,
        quoted: bool = False,
        initial: bool = False,
        entity: object | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
        self.name = name
        self.role = role
        self.role_words = role_words
        self.entity_kind = entity_kind
        self.gender = gender
        self.possessive = possessive
        self.quoted = quoted
        self.initial = initial
        self.entity = entity


_UPPER: Final = "A-ZÀ-ÖØ-ÞŁŠŽČŘŚŻĆ"
_LOWER: Final = "a-zß-öø-ÿĀ-ɏ"
_ABBREVS: Final = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Adm Capt Rev Prof Jr Sr St Ft".split()
TITLE_ABBREVS: Final = frozenset(_ABBREVS)
# Possessive here and in _JOIN and _NAME_SEQ: whatever follows a name word or the run of words is optional,
# and blanks are followed by a letter, so re never backtracks into them; "++" and "*+" spare it the state.
_CAPITALISED: Final = rf"[{_LOWER}]++(?:-[A-Za-z][{_LOWER}]+)*+(?:[A-Z][{_LOWER}]+)*+"
_TOK: Final = (
    r"(?:(?:" + "|".join(_ABBREVS) + r")\."
    r"|(?:[A-Z]\.){1,3}(?![a-z])"
    r"|[A-Z]{2,}(?:-[A-Z]+)?\b"
    rf"|(?:Mc|Mac|O['’]|D['’])?[{_UPPER}]{_CAPITALISED})"
)
# The first token of a sequence is written as a capital, then _TOK's branches with that capital already
# matched (a lookbehind after the letters checks which it was): a pattern that opens with a character class
# lets re skip straight to the capitals instead of trying every position.
# The abbreviations are tried only before a full stop at most three letters on: most capitals begin a word.
_TOK_AFTER_CAPITAL: Final = (
    r"(?:(?=[a-z]{1,3}\.)(?:" + "|".join(f"{a[1:]}(?<={a})" for a in _ABBREVS) + r")\."
    r"|\.(?<=[A-Z]\.)(?:[A-Z]\.){0,2}(?![a-z])"
    r"|[A-Z](?<=[A-Z]{2})[A-Z]*(?:-[A-Z]+)?\b"
    rf"|(?:(?:c(?<=Mc)|ac(?<=Mac)|['’](?<=O.)|['’](?<=D.))[{_UPPER}]|){_CAPITALISED})"
)
# "(?:X|)" rather than "(?:X)?" here and below: the same match, but re tries an alternation without setting up
# the repeat that "?" on a group costs (a third of the time of the name pattern, on every capitalised word).
_JOIN: Final = (
    r"[ \t\xa0]++(?:(?:of|de|da|del|di|van|von|der|den|bin|al|la|le|du)(?:[ \t\xa0]++the|)[ \t\xa0]++|)"
)
# The later tokens too: after a joiner, a word that does not open with a capital fails at once, where
# _TOK would try each of its branches on it.
_NAME_SEQ: Final = re.compile(
    rf"[{_UPPER}]{_TOK_AFTER_CAPITAL}(?:{_JOIN}[{_UPPER}]{_TOK_AFTER_CAPITAL})*+"  # possessive, as above
    r"(?:,?[ \t]+(?:Jr\.|Sr\.|III|II|IV)(?!\w)|)"
)
# The same for a text whose letters are all ASCII (as ascii_words says), where its classes of capitals and
# small letters hold the same letters as [A-Z] and [a-z]: re tests a plain range at every character faster.
_NAME_SEQ_ASCII: Final = re.compile(_NAME_SEQ.pattern.replace(_UPPER, "A-Z").replace(_LOWER, "a-z"), re.ASCII)
_CAP_WORD: Final = re.compile(r"(?:[A-Z][\w'’&-]*|(?:[A-Z]\.){2,})$")

_ORG_NOUNS: Final = frozenset(
    """campaign newspaper paper report statement study poll survey organization organisation company ministry
    department agency committee government administration network website outlet magazine memo letter
    lawsuit complaint filing document book video ad court council board team party firm group union
    coalition panel office embassy commission indictment petition analysis review article editorial""".split()
)
_HEAD_ALT: Final = trie_pattern(lx.ROLE_NOUNS | _ORG_NOUNS)
_DESC_WORDS: Final = lx.ROLE_NOUNS | _ORG_NOUNS
_PRONOUNS: Final = frozenset("he she they it He She They It I".split())
_FIRST_PERSON_CUE: Final = (
    re.compile(r"[ \t]+(?:" + "|".join(sorted(lx.CUE_FORMS, key=len, reverse=True)) + r")\b")
)
HEAD_WORDS: Final = _DESC_WORDS | lx.GROUP_NOUNS | _PRONOUNS | {"percent"}
# One pass finds every word that can head a description, a group or a pronoun mention.
_HEADS: Final = WordFinder(HEAD_WORDS)
# A word between a determiner and a head noun: letters, apostrophes, hyphens, inner dots ("U.S.").
# Possessive (++, *+) because a word is always followed by a blank, which no part of it can be: giving
# characters back can never help, and not trying saves most of the matching time.
_WORD: Final = r"(?:\.(?=\w)|)[\w'’-]++(?:\.(?=\w)[\w'’-]++)*+"


def _description(before_head: str) -> re.Pattern[str]:
    """A description: a determiner or a possessive, up to three words, a role or organisation head, and
    "of/for/to" a name; ``before_head`` is the quantifier of the words before the head."""
    return re.compile(
        r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother"
        r"|(?:[A-Z][\w.-]*+[ \t]+){0,3}[A-Z][\w.'’-]*?['’]s?)[ \t]+"
        rf"(?:(?!said\b|says\b|told\b){_WORD}[ \t]+){before_head}"
        rf"(?P<head>{_HEAD_ALT})\b"
        r"(?![ \t]+[A-Z][a-z])"  # "the spokesman Dmitry Peskov" is a name, not a description
        r"(?:[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+|)(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*|state|defense)|)"
    )


_DESC: Final = _description("{0,3}?")
# The same with the words before the head taken greedily: "the former Republican state senator",
# where the lazy form stops at the capitalised "Republican".
_DESC_LONG: Final = _description("{0,3}")
# Where a description can begin, at a word boundary (no word character before it): a determiner and a
# blank, or a capital that opens the possessive of _DESC's other branch ("Obama's", "White House's").
# Only the first character is the start; the rest spares a match tried at "to", "in" or a plain name.
_DESC_STARTS: Final = re.compile(
    r"[A-Zthaio](?<!\w.)(?:(?:(?<=[Tt])he(?:ir)?|(?<=[Aa])n?|(?<=[Hh])(?:is|er)|(?<=[Ii])ts|(?<=[Oo])ne"
    r"|(?<=[Aa])nother)[ \t]|(?<=[A-Z])(?=(?:[\w.-]*+[ \t]+[A-Z]){0,3}[\w.'’-]*?['’]))"
)
# Words that never modify a group noun (as a trie: re tries an alternation's words one by one).
_NOT_MODIFIER: Final = trie_pattern(
    """said says told to of in on at by for with from and or but that which who according the a an as than
    like about after before if when while whom whose are were is was have has had""".split()
)
# As a trie (re tries an alternation's words one by one, and "[Tt]he" is no literal it can skip on).
_DETS: Final = (
    "the some many several two three four five six seven eight nine ten other top senior former most"
)
_GROUP_DET: Final = trie_pattern([w for d in _DETS.split() for w in (d, d.capitalize())])
_GROUP: Final = re.compile(
    rf"\b(?:(?P<det>(?:{_GROUP_DET}|\d+)[ \t]+)|)"
    rf"(?P<mods>(?:(?!{_NOT_MODIFIER}\b){_WORD}[ \t]+){{0,2}}?)"
    rf"(?P<noun>{trie_pattern(lx.GROUP_NOUNS)})\b"
    r"(?:(?P<post>[ \t]+(?:familiar with|close to|with (?:direct |first-hand |)knowledge of|briefed on"
    r"|involved in|aware of|in|at|from|of)[ \t]+(?:the[ \t]+|)[\w-]+(?:[ \t]+[\w-]+){0,2}?"
    r"(?=[ \t]*[,.;:]|[ \t]+(?:said|say|told)\b))|)"
)


class _Forms(NamedTuple):
    """The patterns of descriptions and groups, as one set."""

    desc: re.Pattern[str]
    desc_long: re.Pattern[str]
    desc_starts: re.Pattern[str]
    group: re.Pattern[str]


_FORMS: Final = _Forms(_DESC, _DESC_LONG, _DESC_STARTS, _GROUP)
# For a text whose letters are all ASCII (ascii_words): the same with ASCII word boundaries and classes, which
# re tests faster (the patterns use no \s, whose ASCII form matches fewer blanks).
_ASCII_FORMS: Final = _Forms(*[re.compile(p.pattern, re.ASCII) for p in _FORMS])

_PERCENT: Final = re.compile(
    r"\b(?:\d+(?:\.\d+)?|[A-Z]?[a-z]+(?:-[a-z]+)?)[ \t]+percent"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}?"
    r"(?:voters|respondents|Americans|Republicans|Democrats"
    r"|adults|people|those[ \t]+\w+))?(?=[ \t]+(?:said|say|says|told)\b)"
)
_NATIONAL: Final = frozenset(
    """u.s. us american russian ukrainian british french german chinese israeli iranian syrian european
    democratic republican gop then former""".split()
)
_PLACE_FIRST: Final = frozenset("new north south east west los san saint st. las united great".split())


# AP-style and postal abbreviations of US states, as written after a lawmaker's party.
STATE_ABBREV: Final = {
    k: v
    for v, ks in {
        "alabama": "ala al", "alaska": "ak", "arizona": "ariz az", "arkansas": "ark ar",
        "california": "calif ca",
        "colorado": "colo co", "connecticut": "conn ct", "delaware": "del de", "florida": "fla fl",
        "georgia": "ga", "hawaii": "hi", "idaho": "id", "illinois": "ill il", "indiana": "ind in",
        "iowa": "ia",
        "kansas": "kan ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
        "massachusetts": "mass ma", "michigan": "mich mi", "minnesota": "minn mn", "mississippi": "miss ms",
        "missouri": "mo", "montana": "mont mt", "nebraska": "neb ne", "nevada": "nev nv",
        "new hampshire": "n.h nh", "new jersey": "n.j nj", "new mexico": "n.m nm", "new york": "n.y ny",
        "north carolina": "n.c nc", "north dakota": "n.d nd", "ohio": "oh", "oklahoma": "okla ok",
        "oregon": "ore or", "pennsylvania": "pa", "rhode island": "r.i ri", "south carolina": "s.c sc",
        "south dakota": "s.d sd", "tennessee": "tenn tn", "texas": "tex tx", "utah": "ut", "vermont": "vt",
        "virginia": "va", "washington": "wash wa", "west virginia": "w.va wv", "wisconsin": "wis wisc wi",
        "wyoming": "wyo wy",
    }.items()
    for k in ks.split()
}
STATES: Final = frozenset(STATE_ABBREV.values())


_NEXT_WORD: Final = re.compile(r"[ \t]+([a-z]+)")
_DATE_WORDS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_APPOSITIVE: Final = re.compile(
    r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|)((?:[\w’'.-]++[ \t]+){0,3}?(?:"
    + trie_pattern(lx.ROLE_NOUNS)
    + r")(?:[ \t]+(?:of|for|at|to)[ \t]+[^,.;:\"“”]{1,60}?|))(?=[ \t]*[,;.])"
)
_ABBREVIATED: Final = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "adm": "admiral", "capt": "captain", "prof": "professor",
    "dem": "democrat", "democratic": "democrat", "gop": "republican", "u.s": "u.s.",
}
_ROLE_FILLER: Final = frozenset("the a an of for at to".split())
_DETERMINERS: Final = frozenset("the a an his her their its".split())
_INITIAL_AFTER: Final = frozenset(".!?\"“”:;\n—–-(")
_JOINERS: Final = frozenset("of the and de da del di van von der den bin al la le du".split())
_BREAKERS: Final = frozenset("The But And He She It They We I".split())


def _split_name(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split the tokens of a capitalised sequence into (title tokens, name tokens)."""
    n = i = len(toks)
    title_words = lx.TITLE_WORDS
    while i > 0:
        low = toks[i - 1].lower()
        if low in _SUFFIXES:
            i -= 1
            continue
        if low in title_words:
            if i == n and i >= 2 and _first_name_or_initial(toks[i - 2]):
                i -= 1  # "Tom J. King", "Gary King": a surname that is also a title
                continue
            break
        if i < n:
            if low in _JOINERS or low in lx.ROLE_NOUNS:
                break
        elif low in lx.ORG_WORDS:
            break
        i -= 1
    return toks[:i], toks[i:]


_SUFFIXES: Final = frozenset(("jr.", "sr.", "jr", "sr"))
_PARTY_WORDS: Final = frozenset(("republican", "democrat", "independent"))


def _first_name_or_initial(tok: str) -> bool:
    low = tok.lower()
    if len(tok) == 2 and tok[1] == "." and tok[0].isupper():
        return True
    return low in lx.MALE_NAMES or low in lx.FEMALE_NAMES


def quote_mask(text: str, quoted: list[tuple[int, int]]) -> bytearray:
    """One byte a character, 1 inside a quotation (or any of the ranges): constant-time "is this quoted?"."""
    mask = bytearray(len(text))
    for a, b in quoted:
        mask[a:b] = b"\x01" * (b - a)
    return mask


_BY_START: Final = attrgetter("start")


def find_mentions(
    text: str, lo: int, hi: int, quoted: bytearray | None = None, heads: list[re.Match[str]] | None = None
) -> list[Span]:
    """All speaker-like mentions in text[lo:hi], in order, without overlaps (names win).

    ``quoted`` is a :func:`quote_mask` of the text; mentions inside quotations are marked ``quoted``.
    ``heads``, when given, are the matches of HEAD_WORDS in text[lo:hi] (as ``_HEADS.finditer`` finds them).
    """
    qmask = quoted if quoted is not None else bytearray(len(text))
    names = _names(text, lo, hi)
    if names:
        names = _not_places(text, lo, hi, names)
    if heads is None:
        heads = list(_HEADS.finditer(text, lo, hi))
    descs, groups, prons = _head_mentions(text, lo, hi, qmask, heads)
    if descs or groups:
        names = _outside_descriptions(names, descs + groups)
    # Names first, then descriptions, groups and pronouns, each in text order: the first taken wins a place.
    out: list[Span] = []
    occupied = bytearray(len(text))
    for spans in (names, descs, groups, prons):
        spans.sort(key=_BY_START)
        # Names come first: one that starts where every name taken so far has ended overlaps none of them.
        free_from = 0 if spans is names else len(text)
        for s in spans:
            a, b = s.start, s.end
            if a < free_from and occupied.find(1, a, b) >= 0:
                continue  # overlaps a mention taken before
            if spans is names and b > free_from:
                free_from = b
            if spans is not prons:  # nothing is placed after the pronouns
                occupied[a:b] = b"\x01" * (b - a)
            s.quoted = qmask[a] == 1
            out.append(s)
    out.sort(key=_BY_START)
    return out


# "MILLBROOK, Ore. — ", "Salem, Ore. (AP) - ", "Ostrava (AFP) – ": where a story was filed.
_DATELINE: Final = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?"
    r"(?:[ \t]+\([\w .&]{1,30}\))?"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}"
    r"(?:,[ \t]+[A-Z][a-z]*\.(?:[ \t]?[A-Z][a-z]*\.)?(?:[ \t]+\([\w .&]{1,30}\))?"
    r"|[ \t]+\([A-Z][\w .&]{1,30}\)))"
    r"[ \t\xa0]*(?:—|–|-{1,2})[ \t\xa0]"
)
_PARTY_TAG: Final = frozenset(("R-", "D-", "I-"))
_SPACED_PARTY_TAG: Final = frozenset(("R -", "D -", "I -"))


def _not_places(text: str, lo: int, hi: int, names: list[Span]) -> list[Span]:
    """Names without the places that are never speakers: a dateline, the state after a town ("Dover, Del.,",
    "Keene, N.H."), a lawmaker's state ("R-Tenn.")."""
    pos = lo
    for _ in range(5):  # a dateline opens one of the first lines
        if text[pos : pos + 1].isupper():
            d = _DATELINE.match(text, pos, hi)
            if d is not None:
                a, b = pos, d.end()
                names = [s for s in names if not a <= s.start < b]
                break
        nl = text.find("\n", pos, hi)
        if nl < 0:
            break
        pos = nl + 1
        while text[pos : pos + 1] == "\n":
            pos += 1
    drop: set[int] = set()
    for s in names:
        a = s.start
        before = text[a - 1]
        if before != "-" and (before != " " or text[a - 2] != ","):
            continue  # most names: neither a party tag ("R-", "R -") nor a comma right before
        party = text[a - 2 : a] in _PARTY_TAG or text[a - 3 : a] in _SPACED_PARTY_TAG
        if (party or text[a - 2 : a] == ", ") and a >= 2:
            low = s.text.lower().rstrip(".")
            if (low in STATE_ABBREV or low in STATES) and (party or _town_before(text, a - 2)):
                drop.add(id(s))
    return [s for s in names if id(s) not in drop] if drop else names


def _town_before(text: str, comma: int) -> bool:
    """A capitalised word ends at ``comma``: "Dover" in "Dover, Del."."""
    k = comma
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in ".'’-"):
        k -= 1
    return text[k : k + 1].isupper()


def _head_mentions(
    text: str, lo: int, hi: int, qmask: bytearray, heads: list[re.Match[str]]
) -> tuple[list[Span], list[Span], list[Span]]:
    """Descriptions, groups and pronouns, found from the words that can head them."""
    descs: list[Span] = []
    groups: list[Span] = []
    prons: list[Span] = []
    last_desc = last_group = lo
    forms = _ASCII_FORMS if ascii_words(text) else _FORMS
    for h in heads:
        at, h_end = h.span()
        if qmask[at]:
            continue  # inside a quotation: never a speaker, never the subject of the story
        w = h.group()
        if w in _PRONOUNS:
            if w == "I" and _FIRST_PERSON_CUE.match(text, h_end) is None:
                continue  # the writer is a speaker only as the subject of a speech verb: "I asked him"
            pron = Span(at, h_end, "pron", w)
            pron.gender = lx.PRONOUN_GENDER[w.lower()]
            prons.append(pron)
            continue
        after = text[h_end + 1 : h_end + 2]
        if (after.isupper() and w not in lx.GROUP_NOUNS) or (
            after.islower() and w[0].isupper() and not _cue_follows(text, h_end)
        ):
            continue  # "president Barack Obama" is a name; "Republican nominee" an adjective
        if w == "percent":
            if _cue_follows(text, h_end):
                p = _PERCENT.search(text, max(lo, at - 30), min(hi, h_end + 60))
                if p and p.start() < at < p.end():
                    whole = p.group()
                    groups.append(Span(p.start(), p.end(), "group", whole, name=whole, entity_kind="group"))
            continue
        if w in _DESC_WORDS:
            d_lo = max(last_desc, _words_back(text, lo, at, 7))
            d = _desc_window(text, d_lo, min(hi, h_end + 70), at, forms)
            if d is not None:
                descs.append(_desc(d))
                last_desc = d.end()
        if w in lx.GROUP_NOUNS:
            g_lo = max(last_group, _words_back(text, lo, at, 4))
            g = _window(forms.group, "noun", text, g_lo, min(hi, h_end + 70), at)
            if g is not None:
                gs = _group(g)
                last_group = g.end()
                if gs is not None:
                    groups.append(gs)
    return descs, groups, prons


def _outside_descriptions(names: list[Span], descs: list[Span]) -> list[Span]:
    """The names that are not words of a description or group ("the Trump campaign")."""
    ranges = sorted((s.start, s.end) for s in descs)
    starts = [a for a, _ in ranges]

    def inside(s: Span) -> bool:
        k = bisect_left(starts, s.start + 1) - 1
        if k >= 0 and ranges[k][0] <= s.start and s.end < ranges[k][1]:
            return True
        if s.possessive:
            # "Marco Rubio's campaign": the owner's name is part of the description.
            j = bisect_left(starts, s.end) - 1
            return j >= 0 and s.start <= ranges[j][0] < s.end < ranges[j][1]
        return False

    # Most names start outside every description: one byte says so without the bisections.
    covered = bytearray(max(b for _, b in ranges) + 1)
    for a, b in ranges:
        covered[a:b] = b"\x01" * (b - a)
    n = len(covered)
    return [
        s for s in names if (not s.possessive and (s.start >= n or not covered[s.start])) or not inside(s)
    ]


def _words_back(text: str, lo: int, pos: int, n: int) -> int:
    """Start of the n-th word before ``pos`` (on the same line)."""
    j = _nth_blank_back(text, lo, pos, n)
    if j < 0:
        return lo
    nl = text.rfind("\n", j, pos)
    return max(j, nl + 1) if nl >= 0 else j


def _nth_blank_back(text: str, lo: int, pos: int, n: int) -> int:
    """The n-th space found stepping back from ``pos`` (each step skips the character before the last
    space found), or -1."""
    w_lo = max(lo, pos - 30 * n)
    window = text[w_lo : pos - 1]
    if "  " not in window:
        # Single spaces: the steps find the last n spaces, which one rsplit gives.
        parts = window.rsplit(" ", n)
        if len(parts) > n:
            return w_lo + len(parts[0])
        if w_lo == lo:
            return -1
    j = pos
    for _ in range(n):
        j = text.rfind(" ", lo, j - 1)
        if j < 0:
            return -1
    return j


def _window(
    full: re.Pattern[str],
    group: str,
    text: str,
    lo: int,
    hi: int,
    at: int,
    starts: re.Pattern[str] | None = None,
) -> re.Match[str] | None:
    """The match of ``full`` in text[lo:hi] whose ``group`` starts at ``at``.

    ``starts`` matches (one character) wherever a match of ``full`` can begin: only those places are tried,
    in order and past each match, which finds what ``full.finditer`` finds without trying every position.
    """
    return _window_and_before(full, group, text, lo, hi, at, starts)[0]


def _window_and_before(
    full: re.Pattern[str],
    group: str,
    text: str,
    lo: int,
    hi: int,
    at: int,
    starts: re.Pattern[str] | None,
) -> tuple[re.Match[str] | None, bool]:
    """What :func:`_window` finds, and whether an earlier match had its ``group`` before ``at``."""
    before = False
    if starts is None:
        for m in full.finditer(text, lo, hi):
            g = m.start(group)
            if g == at:
                return m, before
            if m.start() > at:
                break
            before = before or g < at
        return None, before
    pos = lo
    for c in starts.finditer(text, lo, at + 1):
        p = c.start()
        if p < pos:
            continue
        hit = full.match(text, p, hi)
        if hit is None:
            continue
        g = hit.start(group)
        if g == at:
            return hit, before
        before = before or g < at
        pos = hit.end()
    return None, before


def _desc_window(text: str, lo: int, hi: int, at: int, forms: _Forms = _FORMS) -> re.Match[str] | None:
    """The description headed at ``at``; past an earlier head word that took its determiner ("the former
    Republican state senator"), the words before the head are taken greedily."""
    m, blocked = _window_and_before(forms.desc, "head", text, lo, hi, at, forms.desc_starts)
    if m is None and blocked:
        return _window(forms.desc_long, "head", text, lo, hi, at, forms.desc_starts)
    return m


def _names(text: str, lo: int, hi: int) -> list[Span]:
    seen: set[str] = set()
    out = _raw_names(text, lo, hi, seen)
    # A capitalised word opening a sentence ("Speaking", "Hours") is a name only if the article
    # also writes it capitalised elsewhere.
    return [s for s in out if not s.initial or s.name in seen or _cue_follows(text, s.end)]


def _cue_follows(text: str, pos: int) -> bool:
    """A speech verb next, perhaps after an adverb or auxiliary: "Cruz openly admitted"."""
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return False
        w = m.group(1)
        if w in lx.CUE_FORMS:
            return True
        if not (w.endswith("ly") or w in lx.GAP_WORDS):
            return False
        pos = m.end()
    return False


_NOT_NAME, _ORG, _PERSON = 0, 1, 2
# What a one-word capitalised sequence is, by the word alone: a small cache of a pure function of one word.
_SINGLE_KIND: dict[str, int] = {}


def _single_kind(seq: str) -> int:
    low = seq.lower()
    acronym = seq.isupper() and len(seq) > 1
    if low in lx.CAP_STOP:
        kind = _NOT_NAME
    elif low in lx.TITLE_WORDS:
        kind = _ORG if low in lx.ORG_WORDS or acronym else _NOT_NAME
    elif low in lx.ORG_WORDS or low in lx.PLACES or acronym:
        kind = _ORG
    else:
        kind = _PERSON
    if len(_SINGLE_KIND) < 8192:
        _SINGLE_KIND[seq] = kind
    return kind


# What a sequence of several words is, by its words alone (a pure function: names recur across articles, and
# a sequence written again in one article, as most names are, is worked out once): a small bounded cache.
_SEQ_PARTS: dict[str, tuple[int, int, str, list[str], list[str], int, str]] = {}
# The role words, role and gender the titles of a sequence give it (by the sequence alone, as above).
_TITLE_ROLES: dict[str, tuple[frozenset[str], str, str | None]] = {}
_NO_NAME_PARTS: tuple[int, int, str, list[str], list[str], int, str] = (0, 0, "", [], [], _NOT_NAME, "")


def _seq_parts(seq: str) -> tuple[int, int, str, list[str], list[str], int, str]:
    """What a capitalised sequence of several words is by its words alone: where the mention starts and ends
    in it, its text, title and name words, its kind (_NOT_NAME, _ORG or _PERSON) and the speaker name."""
    not_name = _NO_NAME_PARTS
    toks = seq.split()
    # Sentence-initial and other capitalised function words are not part of a name.
    k = 0
    n = len(toks)
    cap_stop = lx.CAP_STOP
    while k < n and (toks[k].lower() in cap_stop or toks[k] in _JOINERS):
        k += 1
    start = 0
    if k:
        if k == n:
            return not_name
        toks = toks[k:]
        start = _offset(seq, k)
    if not _BREAKERS.isdisjoint(toks):
        for j in range(1, len(toks)):
            if toks[j] in _BREAKERS:
                toks = toks[:j]
                break
    while toks and (toks[-1] in _JOINERS or (len(toks) > 1 and toks[-1].lower() in _DATE_WORDS)):
        toks.pop()
    if "of" in toks:
        k = toks.index("of")
        if k > 0 and (_is_name_word(toks[k - 1]) or k > 1 and _first_name_or_initial(toks[k - 2])):
            toks = toks[:k]  # "Ted Cruz of Texas": the place is not part of the name
    org_words = lx.ORG_WORDS
    if len(toks) > 1 and toks[0].endswith("ing") and toks[0].lower() not in org_words:
        start = seq.find(toks[1], start)
        toks = toks[1:]  # "Speaking Sunday", "Following Trump"
    if not toks:
        return not_name
    if "," in seq:
        toks = [t.rstrip(",") for t in toks]
    end = start + len(toks[0]) if len(toks) == 1 else seq.find(toks[-1], start) + len(toks[-1])
    sub = seq[start:end]
    title, name = _split_name(toks)
    if not name and len(title) > 1 and title[0].lower() in lx.HONORIFICS:
        title, name = title[:1], title[1:]  # "Ms. White", "Mr. King"
    if len(title) == 2 and title[1] == "of" and title[0].lower() in _PARTY_WORDS:
        return not_name  # "Republican of Ohio": a lawmaker's party and state, not a person
    if not name:
        if any(t.lower() in org_words or (t.isupper() and len(t) > 1) for t in title):
            return start, end, sub, title, name, _ORG, _strip_the(sub)
        return not_name
    first_low = name[0].lower()
    places = lx.PLACES
    if (
        name[-1].lower() in org_words
        or (len(name) == 1 and not title and (first_low in places or _acronym(name[0])))
        or (
            not title
            and (
                first_low in _PLACE_FIRST
                or first_low in places and all(w.lower() in places for w in name[1:])
            )
        )
    ):
        return start, end, sub, title, name, _ORG, _strip_the(sub)
    return start, end, sub, title, name, _PERSON, " ".join(name)


# The last letters of the role nouns: a word before a name that ends otherwise is none of them.
_ROLE_ENDS: Final = frozenset(w[-1] for w in lx.ROLE_NOUNS)


def _raw_names(text: str, lo: int, hi: int, seen_inside: set[str]) -> list[Span]:
    out: list[Span] = []
    role_nouns = lx.ROLE_NOUNS
    n_text = len(text)
    parts_of = _SEQ_PARTS
    roles_of = _TITLE_ROLES
    for m in (_NAME_SEQ_ASCII if ascii_words(text) else _NAME_SEQ).finditer(text, lo, hi):
        seq = group = m.group()
        start = m.start()
        # Only single words are in _SINGLE_KIND: a word met before needs no test for blanks.
        kind = _SINGLE_KIND.get(seq)
        if kind is None and " " not in seq and "\xa0" not in seq and "\t" not in seq:
            kind = _single_kind(seq)
        if kind is not None:
            if kind == _NOT_NAME:
                continue
            end = m.end()
            possessive = end < n_text and text[end] in "'’"
            if kind == _ORG:
                span = Span(start, end, "name", seq, seq)
                span.possessive = possessive
                span.entity_kind = "organisation"
                out.append(span)
                continue
            title: list[str] = []
            name = [seq]
            speaker = seq
        else:
            parts = parts_of.get(seq)
            if parts is None:
                parts = _seq_parts(seq)
                if len(parts_of) < 8192:
                    parts_of[seq] = parts
            a, b, seq, title, name, kind, speaker = parts
            if kind == _NOT_NAME:
                continue
            end = start + b
            start += a
            possessive = end < n_text and text[end] in "'’"
            if kind == _ORG:
                span = Span(start, end, "name", seq, speaker)
                span.possessive = possessive
                span.entity_kind = "organisation"
                out.append(span)
                continue
        n_name = len(name)
        span = Span(start, end, "name", seq, speaker)
        span.possessive = possessive
        span.entity_kind = "person" if (title or n_name > 1) else "unknown"
        if n_name > 1:
            seen_inside.update(name)
        elif not title:
            j = start - 1
            while j >= lo and text[j] in " \t":
                j -= 1
            if j < lo or text[j] in _INITIAL_AFTER:
                span.initial = True
            else:
                seen_inside.add(name[0])
        role_start = start
        # Lower-case role words right before the name: "Kremlin spokesman Dmitry Peskov".
        if start > lo and text[start - 1] == " " and text[start - 2] in _ROLE_ENDS:
            sp = text.rfind(" ", max(lo, start - 30), start - 1)
            if text[sp + 1 : start - 1] in role_nouns:
                role_start = _role_before(text, lo, start)
                span.entity_kind = "person"
                while out and out[-1].start >= role_start:
                    out.pop()  # "Kremlin" is part of the role "Kremlin spokesman"
        if role_start == start and not title:
            if end < n_text and text[end] == ",":
                ap = _APPOSITIVE.match(text, end, hi)
                if ap is not None:
                    # "Tomas Reyes, president of the dockworkers' union, said": a role, not the mention.
                    span.role = ap.group(1)
                    words = {w.lower().strip("’'") for w in ap.group(1).split()}
                    span.role_words = frozenset(words - _ROLE_FILLER)
                    span.entity_kind = "person"
            if n_name > 1:
                first_low = name[0].lower()
                if first_low in lx.FEMALE_NAMES:
                    span.gender = "f"
                elif first_low in lx.MALE_NAMES:
                    span.gender = "m"
            out.append(span)
            continue
        span.start = role_start
        span.text = text[role_start:end]
        if role_start < start:
            role_text = (text[role_start:start] + " ".join(title)).strip()
            span.role_words, span.role, span.gender = _role_of(role_text, False, name)
        else:
            role = roles_of.get(group)
            if role is None:
                role = _role_of(" ".join(title), True, name)
                if len(roles_of) < 8192:
                    roles_of[group] = role
            span.role_words, span.role, span.gender = role
        out.append(span)
    return out


def _role_of(role_text: str, titled: bool, name: list[str]) -> tuple[frozenset[str], str, str | None]:
    """The role words, role and gender that the role and title words before a name give it."""
    words = [_ABBREVIATED.get(w, w) for w in [w.rstrip(".") for w in role_text.lower().split()]]
    clean = role_text.split()
    if titled:
        # "Veldran Secretary of State": qualifiers before the first title word are not the role.
        while len(clean) > 1 and (clean[0].lower() not in lx.TITLE_WORDS or clean[0].lower() in _NATIONAL):
            clean.pop(0)
    while clean and clean[0].lower() in _NATIONAL:
        clean.pop(0)
    role = " ".join([w for w in clean if w.lower() not in lx.HONORIFICS])
    return frozenset(words).difference(("of", "the")), role, _gender(words, name)


def _is_name_word(word: str) -> bool:
    low = word.lower()
    if low in lx.TITLE_WORDS or low in lx.ORG_WORDS or low in _JOINERS:
        return False
    return not _acronym(word)


def _acronym(word: str) -> bool:
    return word.isupper() and len(word) > 1


def _offset(seq: str, k: int) -> int:
    """Offset of the k-th whitespace-separated token of ``seq``."""
    pos = 0
    for _ in range(k):
        while seq[pos].isspace():
            pos += 1
        while pos < len(seq) and not seq[pos].isspace():
            pos += 1
    while pos < len(seq) and seq[pos].isspace():
        pos += 1
    return pos


def _role_before(text: str, lo: int, start: int) -> int:
    """Start of the role phrase before a name, "Kremlin spokesman" or "Republican presidential nominee"."""
    lo = max(lo, start - 80, text.rfind("\n", lo, start) + 1)
    prev = text[lo:start].split()
    k = len(prev) - 1
    # (a word with a comma or stop after it ends the phrase before: "At the debate, candidate Ann Lee")
    while k > 0 and len(prev) - k < 4 and prev[k - 1].islower() and _plain_role_word(prev[k - 1]):
        k -= 1
    j = k
    while j > 0 and k - j < 3 and _CAP_WORD.match(prev[j - 1]):
        j -= 1
    while j < k and prev[j].lower() in lx.CAP_STOP:
        j += 1
    pos = start
    for w in reversed(prev[j:]):
        pos = text.rfind(w, lo, pos)
    return max(pos, lo)


_NOT_ROLE: Final = frozenset(
    """and or but the a an of to in on at by for with from as that who which said says told met and while
    when after before than whom whose his her their its our is was were are be been has have had""".split()
)


def _plain_role_word(w: str) -> bool:
    return w[-1].isalpha() and _role_word(w)


def _role_word(w: str) -> bool:
    if w in lx.ROLE_NOUNS or w in lx.ROLE_MODIFIERS:
        return True
    return w not in _NOT_ROLE and not w.endswith(("ed", "ing", "ly")) and len(w) > 2


def _gender(role_words: list[str], name: list[str]) -> str | None:
    for w in role_words:
        w = w.rstrip(".")
        if w in lx.FEMALE_ROLES:
            return "f"
        if w in lx.MALE_ROLES:
            return "m"
    if len(name) > 1:
        first = name[0].lower()
        if first in lx.FEMALE_NAMES:
            return "f"
        if first in lx.MALE_NAMES:
            return "m"
    return None


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith(("The ", "the ")) else s


def _desc(m: re.Match[str]) -> Span:
    head = m.group("head")
    text = m.group()
    low = text.lower()
    if "." in low or "'" in low or "’" in low:
        words = [w.rstrip(".").removesuffix("'s").removesuffix("’s") for w in low.split()]
    else:
        words = low.split()  # nothing to strip: most descriptions
    is_org = head not in lx.ROLE_NOUNS
    s = Span(m.start(), m.end(), "desc", text)
    s.role_words = frozenset(w for w in words[1:] if w not in ("of", "the", "for", "to"))
    s.role = head.lower()
    s.entity_kind = "organisation" if is_org else "person"
    if is_org:
        ws = text.split()
        caps = [w for w in ws[1:] if w[:1].isupper()]
        if ws[0][:1].isupper() and ws[0].lower() not in _DETERMINERS:
            caps.insert(0, ws[0])
        s.name = " ".join(caps + [head]) if caps else ""
    s.gender = _gender(words, [])
    return s


# A name, then a lower-case word that reads as its verb ("Lind rallied", "Lind urges"): a clause.
# (Not an adjective of party or nation: "Democratic registered voters".)
_VERB_AFTER_NAME: Final = re.compile(
    r"\b[A-Z][a-z]+(?<!ic)(?<!an)(?<!ish)(?<!ese)[ \t]+"
    r"(?!news\b|rights\b|arms\b|sales\b|affairs\b)[a-z]+(?:ed|es)\b"
)
# Capitalised words opening a sentence before a group, not part of it.
_GROUP_OPENERS: Final = frozenset(
    """but and yet so still now meanwhile instead even though although while whereas because since if when
    after before with""".split()
)


def _group(m: re.Match[str]) -> Span | None:
    mods = m.group("mods") or ""
    if any(w.lower() in lx.CUE_FORMS for w in mods.split()) or _VERB_AFTER_NAME.search(mods):
        return None  # "Lind promised voters", "Lind rallied supporters": a sentence, not a group
    if any(w.lower() in ("who", "which", "that", "and", "or", "of", "but") for w in mods.split()):
        mods = ""
    det = (m.group("det") or "").strip()
    noun = m.group("noun")
    start = m.start() if det else m.start("mods") if mods else m.start("noun")
    if not det and mods[:1].isupper() and mods.split(None, 1)[0].lower() in _GROUP_OPENERS:
        # "While dock pilots say", "Yet Brindle pilots say": the opening word is not the group's.
        rest = mods.split(None, 1)[1] if " " in mods.strip() else ""
        start = m.start("mods") + mods.find(rest) if rest else m.start("noun")
        mods = rest
    if not det and not mods and not m.group("post") and noun in ("people", "members", "leaders", "police"):
        return None
    name_words = [w for w in mods.split() if w.lower() not in lx.NUMBER_WORDS and not w.isdigit()]
    name_words += [noun] + (m.group("post") or "").split()
    s = Span(start, m.end(), "group", m.group()[start - m.start() :])
    s.name = " ".join(name_words)
    s.entity_kind = "group"
    s.role = noun
    return s
