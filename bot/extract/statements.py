"""Statements in one sentence: cue, speaker mention and content pieces, from cues and quoted passages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extract import cues as cx
from bot.extract import lexicon as lx
from bot.extract.direct import QuotedPassage
from bot.extract.mentions import Span

Piece = tuple[int, int]

_OPEN_ENDERS = frozenset(",\"”’'")
_PROGRESSIVE = frozenset("is are was were been be s".split())
# A mention after these is not the subject: "lawmakers in Marensk had demanded" ("half of voters said" is).
_CLOSES = re.compile(r"[ \t]*[.!?][\"”’']?[ \t]*$")
# "..., said Ann Lee, director of the county project.": the speaker's appositive closes the sentence.
_CLOSING_APPOSITIVE = re.compile(
    r"[ \t]*,[ \t]*(?!(?:but|and|yet|so|or|as|because|although|though|while|if|then|adding|noting|saying)\b)"
    r"(?:[a-z]+|[A-Z][\w.-]*['’]s)[ \t][^\"“”;:]*?[.!?]?[\"”’']?[ \t]*$"
)
_RESUMED = re.compile(
    r",[ \t]+(?=(?:would|will|is|was|are|were|has|have|had|could|should|can|may|might|must|does|did)\b)"
)
_ROLE_TOKEN = re.compile(r"[A-Za-z]+|[\w/]*\d[\w/-]*")  # "party boss", "9/11 widow", "49-year-old"
_POSS_GAP = re.compile(r"(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+){0,2}")
_PARTICIPLE_AFTER_COMMA = re.compile(r",[ \t]+[a-z]+ing[ \t]")
_RESIDENCE = re.compile(r",[ \t]*of[ \t]+$")
_NOT_SUBJECT_AFTER = frozenset(
    """in on at with by for from to about against into onto over under near toward towards through via per
    including among between like than without within""".split()
)
# Words a quotation inside a sentence, with no cue of its own, needs to be someone's statement (fewer:
# a scare quote or a title).
EMBED_MIN = 5
# Words a quoted fragment needs for the clause around it to be taken as the subject's statement (fewer: too
# many scare quotes; one- and two-word fragments were right about 60% of the time on train).
FRAGMENT_MIN = 3
# Capitalised words after "as" still read as a label, not a title (3 of 4 new statements right on train).
AS_NAME_MAX = 2
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_DANGLING = frozenset("the a an but and or while as that".split())
_DANGLING_LEN = 1 + max(map(len, _DANGLING))  # the blank before the word, and the word
_TRIM = cx.CONTENT_TRIM
_TRIM_STOP = cx.CONTENT_TRIM + "."
_AUX = frozenset(
    "would will could should can may might must are were is was have has had do did does".split()
)
_MARKS = frozenset("\"“”„‟«»‹›'‘’")
_CLOSERS = frozenset("\"”’'»›“")
_CLOSER_TUPLE = tuple(_CLOSERS)  # for str.endswith
_QUOTE_START = re.compile(r"[ \t]*[\"“‘'«„‹]")
_QUOTE_UPPER = re.compile(r"[ \t]*[\"“‘'«„‹]+[A-Z]")
_DASH_TAIL = re.compile(r"[ \t]*[—–―-]{1,2}[ \t]*")
_COLON_HEAD = re.compile(r"[ \t]*:[ \t]*$")
_CONTINUED_TO = re.compile(
    r"\b(?:continued|continues|continue|continuing|keeps|kept|went[ \t]+on)[ \t]+to[ \t]+$"
)
_INDEFINITE_NP = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w'’-]+[ \t]+){1,4}$")
_AND_AUX = re.compile(
    r"[ \t](?:and|but)(?:[ \t]+(?:has|have|had|would|will|also|then|later|repeatedly|often|since|[a-z]+ly))+"
    r"[ \t]+$"
)
_PROGRESSIVE_ADV = re.compile(
    r"\b(?:is|are|was|were|been|['’]s|['’]re)"
    r"(?:[ \t]+(?:also|now|still|again|already|repeatedly|not|[a-z]+ly))+[ \t]+$"
    r"|\b(?:is|are|was|were)n['’]t[ \t]+(?:(?:also|now|still|yet|[a-z]+ly)[ \t]+)?$"
)
_SAY_NOUN_BEFORE = frozenset("a the final last no any greater bigger larger equal real".split())
_ING_ADVERBS = frozenset("then also again later even first once still now repeatedly".split())
_ING_SKIP = re.compile(r"[ \t]*(?:and[ \t]+)?\w+ing\b")
_ALNUM = re.compile(r"\w")
_BARE_COMMA = re.compile(r"[ \t]*,[ \t]*")
_TAIL_QUOTE = re.compile(r"[^\"“”‘’«».;!?]{1,100}?,[ \t]*(?=[\"“‘«„])")
_ASKED_BEFORE = frozenset(("", "when", "was", "were", "after", "being", "been", "if", "is"))
_ASKED_Q = re.compile(
    r"(?:[ \t]+(?:by|on|at|in|during|later|again|repeatedly|directly|recently|specifically)\b"
    r"[^,;:\"“”]{0,40}?)?"
    r"[ \t]+(?:about[ \t]+|(?=(?:if|whether|what|who|whom|why|how|which|when)\b))"
)
# A name then its appositive: "Ann Lee, ...", "Ann Lee (D-Md.), ...", "Ann Lee of Ohio, ...".
_APPOS_START = re.compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?[ \t]*(?:\([^)]{0,60}\))?[ \t]*,[ \t]*"
)
_REL_APPOSITIVE = re.compile(r",[ \t]*(?:who|which)\b[^,;:\"“”]{1,70},[ \t]*$")
_ROLE_AFTER = re.compile(r"[ \t]+([a-z]+)")
# Where a reported clause gives way to the writer's own: "..., though voters were unsure".
_CLAUSE_CUT = re.compile(
    r",[ \t]+(?:though|although|even[ \t]+though|whereas|as[ \t]+(?:have|has|had|did|do|does)"
    r"|compared[ \t]+(?:to|with)|but[ \t]+(?:for|among|according[ \t]+to)[ \t]+\w+"
    # "..., but she has bristled at ...", "..., but there is anger ...": the writer goes on.
    r"|but[ \t]+(?:(?:she|he|they)[ \t]+(?:has|have)|there[ \t]+(?:is|are|was|were|has|have))[ \t]+\w+)\b"
)
# A verb in the past tense: a regular one, or a common irregular one.
_PAST = r"[a-z]{2,}ed|said|told|made|went|took|gave|left|met|spoke|wrote|sent|held|got"
# Each alternative of its opening (",? and|but", or ",") starts with a character of its own, which lets the
# search skip to a comma or blank.
_NEXT_VERB = re.compile(
    r"(?:,[ \t]+(?:and|but)| [ \t]*(?:and|but)|\t[ \t]*(?:and|but)|,)"
    r"[ \t]+(?:(?:then|also|later|instead|even|not|only|quickly|again)[ \t]+)*"
    rf"(?:{_PAST}|won)\b"
)
# The searched patterns below open with "[ \t][ \t]*" for "[ \t]+": a pattern opening with a character class
# lets the search skip to a blank, where one opening with a repeat is tried at every character.
_OBJECT_TAIL = re.compile(
    r"[ \t][ \t]*(?:at|in|on|during)[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:[\w’'.-]+[ \t]+){0,4}?"
    r"(?:rally|interview|statement|speech|news[ \t]+conference|press[ \t]+conference|town[ \t]+hall|event"
    r"|appearance|debate|hearing|show|program|broadcast|podcast|op-ed|column|tweet|post|letter|video"
    r"|visit|stop|luncheon|dinner|forum|briefing|session|call|address|episode|segment|memo|email|report|book"
    r"|essay|article|piece)s?\b"
)
_AND_ING = re.compile(r"[ \t][ \t]*and[ \t]+(?:then[ \t]+|also[ \t]+)?[a-z]{3,}ing\b")
_AND_VERB = re.compile(
    r"[ \t][ \t]*and[ \t]+(?:then[ \t]+|also[ \t]+|later[ \t]+)?"
    r"(?:[a-z]{2,}ed|was|were|went|took|made|left|led)\b"
)
# Cues whose clause often runs on past a comma and a participle ("said officers still patrol the pier, handing
# out fines"): no participle cut after them.
_ING_KEEP = frozenset("say insist recall argue tell write claim".split())
_MARK = re.compile("[\"“”„‟«»‹›'‘’]")
_OBJECT_WHEN = re.compile(
    r",[ \t]+but\b"
    r"|[ \t]+(?:(?:just|days|weeks|months|years|hours|shortly|soon|long)[ \t]+)?(?:before|after|because)\b"
)
_PRONOUN_CLAUSE = re.compile(
    r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)[ \t]+)?"
    r"(?:that|he|she|they|it|we|I)\b"
)
# Cues whose object is a topic ("explained his reasoning in an interview"): the circumstance after it is not.
_TOPIC_CUES = frozenset("explain recount reiterate talk speak".split())
_A_TAIL = re.compile(r",[ \t]+(?:a|an)[ \t]+[^,;\"“”]*$")
# "..., forcing the council to ...": a participle after a comma is the writer's comment on what was said.
_ING_TAIL = re.compile(
    r",[ \t]+(?!(?:includ|accord|exclud|dur|follow|regard|concern|notwithstand|pend|br|spr|str)ing\b)"
    r"[a-z]{2,}ing\b"
)
# Not a tail: "in fact, ...", "covering up, delaying, ..." (a list), "for all ..., managing costs ...".
_ING_TAIL_BEFORE = re.compile(
    r"(?:\b(?:fact|instance|example|that|course|turn|short|all)|\w+ing(?:[ \t]+\w+)?)$"
)
# "the dockers, numbering nine, voted ...": a parenthetical participle before the clause's own verb.
_ING_FINITE_LATER = re.compile(
    r",[ \t]+(?:[a-z]+ed|[a-z]+s|is|are|was|were|has|have|had|will|would)\b"
)
# A sentence opening with a subordinate clause: "As ...", "Even after ...", "Three years after ...".
# "..., and he left for Veldt", "..., and delayed the vote": a new clause, or the subject's next deed.
_AND_CLAUSE = re.compile(
    r",[ \t]+and[ \t]+(?:(?:he|she|they|we|I)[ \t]|(?:(?:has|have|had|also|then|later)[ \t]+)*[a-z]+ed\b)"
)
_OPENING_SUB = re.compile(
    r"[ \t\"“]*(?:(?:And|But|So|Yet)[ \t]+)?"
    r"(?:(?:Even|Just|Only|Shortly|Soon|Long|\w+[ \t]+(?:years|months|days|weeks))[ \t]+)?"
    r"(?:As|While|After|Although|Though|When|Whenever|If|Since|Because|Before|Until|Once|Whereas|Unless"
    r"|after|as|when|while|though|although|since|before|until|once|if)[ \t]"
)
_CLAUSE_BREAK = re.compile(r"[;—–]|[ \t]--?[ \t]")
_MID_SUB = re.compile(
    r"[ \t]+(?:(?:and|but|even|just|only)[ \t]+)?"
    r"(?:if|as|while|although|though|when|whenever|after|before|because|since|until|once|whereas|unless)[ \t]"
)
_ING_ADJ_LIST = re.compile(r"[ \t]*(?:,|and\b|or\b)")  # "a kind, loving and able man": adjectives
_ING_NOUN = re.compile(r"[ \t]+\w+[ \t]+(?:is|are|was|were|has|have|will|would)\b")
_NP_TAIL = re.compile(r",[ \t]+(?:the|a|an)[ \t]+[^,;\"“”]*$")
_SHORT_ANSWER = re.compile(
    r"(yes|no|so)\b(?=[ \t]*(?:[,;.]|$)|[ \t]+(?:in|while|but|when|after|before|on|last)\b)"
)
_WHICH_TAIL = re.compile(r",[ \t]+which\b[^,;\"“”]*$")
_POLL_SHARE = re.compile(
    r"(?:^|(?<=[\s,;(]))((?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|[Oo]nly|[Mm]ore[ \t]+than"
    r"|[Ff]ewer[ \t]+than)[ \t]+)?(?:\w+|\d+)[ \t]+in[ \t]+(?:10|ten|\d+|three|four|five)"
    r"|(?:[Aa]bout[ \t]+)?(?:[Hh]alf|[Aa][ \t]+majority|[Mm]ajorities|[Aa][ \t]+(?:third|quarter)"
    r"|(?:[Oo]ne|[Tt]wo|[Tt]hree)-(?:thirds?|fourths?|quarters?))"
    r"|(?:(?:[Aa]nother|[Tt]he|[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly)[ \t]+)?"
    r"\d+(?:\.\d+)?[ \t]*(?:%|percent))"
    r"(?:[ \t]+(?:of[ \t]+)?[a-z]+){0,3}?[ \t]*$"
)
_SHARE_IN = re.compile(r"[ \t]in[ \t]+(?:ten|\d|three|four|five)")
_SHARE_WORDS = ("alf", "ajorit", "third", "quarter", "fourth", "percent", "%")


def _poll_possible(text: str, lo: int, hi: int) -> bool:
    """What every match of _POLL_SHARE has ("in 10", "half", "majority", "a third", "40 percent"): cheap to
    look for, where the full pattern is tried at every position."""
    window = text[lo:hi]  # short: one slice, then the tests need no calls
    if any(w in window for w in _SHARE_WORDS):
        return True
    return "in" in window and _SHARE_IN.search(text, lo, hi) is not None


_ROLE_WORDS_BEFORE = re.compile(r"(?:[ \t]+[\w.'’-]+,?){1,8}[ \t]+")
_NEST_KEEP = frozenset(("say", "tell"))
_NAMING = frozenset(("call", "describe", "dub", "label", "term"))
_RELATIVE_NAMING = frozenset(("what",))
_NEST_BREAK = re.compile(r"[,;:\"“”‘’«»—–()]|\b(?:and|but|while|whereas|as|because)\b")


@dataclass(slots=True)
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
    passages: list[QuotedPassage] = field(default_factory=list)


def _last_char(text: str, lo: int, pos: int) -> str:
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


def _np_start(text: str, pos: int) -> int:
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


def _word_char(text: str, pos: int, hi: int) -> bool:
    """Whether text[pos] is a word character (\\w) before ``hi``."""
    if pos >= hi:
        return False
    c = text[pos]
    return c.isalnum() or c == "_"


def _word_after(text: str, pos: int, hi: int) -> str:
    m = _NEXT_WORD.match(text, pos, hi)
    return m.group(1).lower() if m else ""


def _word_before(text: str, lo: int, pos: int) -> str:
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


def _gap_fits(text: str, gap: str, end: int, cue_start: int) -> bool:
    """Whether the gap text[end:cue_start] (``gap``) lets the mention ending at ``end`` head the cue."""
    if not gap.strip(" \t,") and gap.count(",") < 2:
        return True
    return cx.GAP.fullmatch(text, end, cue_start) is not None


def _left_subject(text: str, ms: list[Span], cue_start: int, floor: int) -> Span | None:
    tries = 0
    found: Span | None = None
    blocked = False
    for m in reversed(ms):
        if m.end > cue_start:
            continue
        if m.start < floor or tries >= 4:
            break
        tries += 1
        if m.possessive or m.quoted:
            continue
        gap = text[m.end : cue_start]
        role_case = found is None and m.kind == "desc" and m.entity_kind == "organisation"
        # A mention the gap grammar does not join to the cue can be neither the subject nor a blocker (that
        # needs the gap too): test it first, the checks below are dearer. A role noun may still join it.
        fits = role_case or _gap_fits(text, gap, m.end, cue_start)
        if not fits:
            continue
        lo = m.start - 12 if m.start - 12 > floor else floor  # max(), dearer
        if text.find("of", lo, m.start) >= 0 and _RESIDENCE.search(text, lo, m.start):
            continue  # "Ann Lee, 59, of Dunmore, Pa., said": where the speaker lives, not the speaker
        k = text.rfind(",", max(floor, m.start - 120), m.start) if "," in gap else -1
        if k >= 0 and _PARTICIPLE_AFTER_COMMA.match(text, k):
            continue  # "Lee, opening the Museum of History and Culture, said": the participle's object
        if _word_before(text, floor, _np_start(text, m.start)) in _NOT_SUBJECT_AFTER:
            if not blocked and found is None:
                # Outside the role case, ``fits`` is the gap grammar's answer already.
                blocked = not role_case or cx.GAP.fullmatch(text, m.end, cue_start) is not None
            continue
        if role_case:
            r = _ROLE_AFTER.match(text, m.end, cue_start)
            if r and r.group(1).lower() in lx.ROLE_NOUNS and cx.GAP.fullmatch(text, r.end(), cue_start):
                # "The ministry spokeswoman said": the person, not the ministry.
                role = r.group(1).lower()
                words = m.role_words | {m.role, role}
                m = Span(m.start, r.end(), "desc", text[m.start : r.end()], role=role, role_words=words)
                gap = text[m.end : cue_start]
            fits = _gap_fits(text, gap, m.end, cue_start)
        if fits:
            if found is None:
                found = m
                if gap.strip(" \t") != ",":  # not _BARE_COMMA.fullmatch(gap)
                    break
            elif _APPOS_START.match(text, m.end):
                # "Quigley, a member of the Intelligence Committee, told": the subject heads the appositive;
                # but in "The leader of the party, Rainer Oswald, said" the name is the speaker.
                if not (found.kind == "name" and found.entity_kind == "person" and m.kind != "name"):
                    found = m
                break
    if found is None or found.entity_kind != "person" and _BARE_COMMA.fullmatch(text, found.end, cue_start):
        # "Ann Lee, the host of a radio show in Alabama and a former aide to the mayor, said": the
        # sentence's first person, before an appositive too long for the gap grammar (and not the
        # organisation that ends it: "..., president of the Regional Council, said").
        first = next((m for m in ms if m.start >= floor and not m.quoted), None)
        if (
            first is not None
            and first.end < cue_start
            and (
                first.entity_kind == "person"
                or first.entity_kind == "unknown"
                and first.kind == "name"
                and _word_before(text, floor, first.start) not in _NOT_SUBJECT_AFTER
            )
            and first.kind in ("name", "desc")
            and cx.LONG_APPOSITIVE.fullmatch(text, first.end, cue_start)
        ):
            return first
    if found is None and blocked:
        # "lawmakers in Marensk had demanded": the subject is the phrase, not the place.
        return np_subject(text, floor, cue_start)
    return found


def _right_subject(text: str, ms: list[Span], cue_end: int, se: int) -> Span | None:
    for m in ms:
        if m.start < cue_end:
            continue
        between = text[cue_end : m.start].split()
        if any(w.lower() not in _RIGHT_FILLER for w in between) and not (
            # "..., said party boss Greg Lund": a role the mention did not take in.
            m.kind == "name" and len(between) <= 4 and all(_ROLE_TOKEN.fullmatch(w) for w in between)
        ):
            break
        if m.kind == "pron" and m.text.lower() == "it":
            return None
        if m.possessive:
            # "..., noted NBC’s Dana Chin": the person the possessive introduces.
            k = ms.index(m) + 1
            if k < len(ms):
                n = ms[k]
                named = n.kind == "name" and n.entity_kind != "organisation"
                if named and _POSS_GAP.fullmatch(text, m.end, n.start):
                    return n
        return m
    # "..., wrote one commenter."
    t = _RIGHT_NP.match(text, cue_end, se)
    if t is None:
        return None
    words = t.group(1).split()
    if words[0].lower() not in _NP_FIRST or len(words) < 2 and words[0].lower() in ("the", "a", "an"):
        return None
    if any(w.lower() in _NP_STOP or w.lower() in _AUX for w in words[1:]):
        return None  # "..., said the tolls were unfair.": a clause, not who said it
    name = " ".join(words[1:]) or words[0]
    span = Span(t.start(1), t.end(1), "group", t.group(1), name=name, role=words[-1])
    span.entity_kind = "group"
    return span


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
        if j < 0 or b - j > _DANGLING_LEN or text[j + 1 : b].lower() not in _DANGLING:
            return a, b
        b = j


def _words(text: str, p: Piece) -> int:
    return len(text[p[0] : p[1]].split())


def _has_words(text: str, p: Piece, n: int) -> bool:
    """Whether text[p] has at least n words: the split stops there (a reported clause can be long)."""
    return len(text[p[0] : p[1]].split(None, n - 1)) >= n


def _one_word(text: str, p: Piece) -> bool:
    """Whether text[p] is one word, without splitting all of a long content."""
    return len(text[p[0] : p[1]].split(None, 1)) == 1


def _form(c: re.Match[str]) -> str:
    """The cue as written, its blanks made single spaces ("pointed  out" is "pointed out")."""
    g = c[0]
    return g if " " not in g and "\t" not in g else " ".join(g.split())


# The forms whose first word is a participle ("saying", "pointing out").
_ING_FORMS = frozenset(f for f in lx.CUE_FORMS if f.split(" ", 1)[0].endswith("ing"))
# The forms whose reading depends on an owner before them ("Lee's call for", "the union's demands").
_OWNED_FORMS = frozenset(("call", "calls")) | lx.NOUNISH_FORMS


def analyse(
    text: str,
    ss: int,
    se: int,
    ms: list[Span],
    passages: list[QuotedPassage],
    cues: list[re.Match[str]],
) -> list[Statement]:
    """Statements attributed in the sentence text[ss:se], given its cues (those outside quotes)."""
    found: list[tuple[str, re.Match[str], Span | None]] = []
    rel_ends: dict[int, int] = {}
    relative: set[int] = set()  # cues whose subject is a relative "who": never after a quotation of theirs
    asked_ends: dict[int, int] = {}
    ing_starts: dict[int, int] = {}  # a participle's attribution starts at its adverb ("even saying")
    pas_starts: dict[int, int] = {}  # "was first reported by X": the attribution starts at the auxiliary
    win_parts: dict[int, tuple[int, int, int]] = {}  # "X was declared the winner": subject, aux, end
    for c in cues:
        cs, ce = c.span()
        form = _form(c)
        lemma = lx.CUE_FORMS.get(form)
        if form.startswith(("according", "According")):
            src = next((m for m in ms if m.start == ce), None)
            found.append(("acc", c, src))
            continue
        if lemma in ("speak", "talk") and not cx.ABOUT.match(text, ce, se):
            continue  # "spoke to reporters", "when he speaks": speech, but not a statement of anything
        before_word = _word_before(text, ss, cs)
        if form in _ING_FORMS or lemma is None and form.split(" ", 1)[0].endswith("ing"):
            if before_word in _PROGRESSIVE or _PROGRESSIVE_ADV.search(text, max(ss, cs - 40), cs) is not None:
                # "Clinton is calling for ...", "Lee is also asking ...": a finite verb after all.
                subj = _left_subject(text, ms, cs, ss)
                if subj is None and (lemma in _NP_CUES or lemma in _NP_VERB_CUES) and _word_after(
                    text, ce, se
                ) not in ("", "in"):
                    subj = np_subject(text, ss, cs)  # "Ferry captains are questioning ..."
                if subj is not None:
                    found.append(("left", c, subj))
                continue
            subj = next((m for m in reversed(ms) if m.end <= cs), None)
            if (
                subj is not None
                and not text[subj.end : cs].strip()
                and subj.kind != "pron"
                and not subj.possessive
                and _with_before(text, ss, _np_start(text, subj.start), _SCENE_WORDS)
            ):
                found.append(("left", c, subj))  # "..., with Lee calling for a recount"
                continue
            doc = _DOC_SENT.search(text, max(ss, cs - 90), cs)
            if doc is not None:
                dsubj = _left_subject(text, ms, doc.start(), ss) or np_subject(text, ss, doc.start())
                if dsubj is not None and (dsubj.kind != "pron" or doc.start() - dsubj.end < 12):
                    # "Lee issued a statement Tuesday saying ...": what the statement says is Lee's.
                    found[:] = [f for f in found if f[1].start() != doc.start()]
                    found.append(("left", c, dsubj))
                    continue
            near_with = text.find("with", max(ss, cs - 70), cs) >= 0
            np = _with_np(text, ss, cs) if near_with else None
            if np is not None:
                found.append(("left", c, np))  # "..., with each candidate questioning ..."
                continue
            share = _WITH_SHARE.search(text, max(ss, cs - 60), cs) if near_with else None  # "with" in it
            if share is not None:
                # "..., with 40 percent saying ...", "with two in 10 saying": a share of those polled.
                a, b = share.start(1), share.end(1)
                span = Span(a, b, "group", text[a:b], name=text[a:b], role="voters")
                span.entity_kind = "group"
                found.append(("left", c, span))
                continue
            pre = text[ss : cs].rstrip().rstrip("\"”’'")
            k = pre.rfind(" ")
            last = pre[k + 1 :]
            if k > 0 and (last in _ING_ADVERBS or last.endswith("ly") and last.isalpha() and last.islower()):
                # "..., eventually saying ...", "after initially saying ...": an adverb before the participle.
                pre = pre[:k].rstrip()
                before_word = _word_before(text, ss, ss + len(pre))
                ing_starts[cs] = ss + k
            dash = pre.endswith(("—", "–", " -", "--")) and not any(f[0] == "acc" for f in found)
            if pre.endswith(",") or dash or before_word in ("while", "by", "before", "after"):
                found.append(("ing", c, None))
            elif before_word == "and" and found and found[-1][0] == "ing":
                found.append(("ing", c, None))  # "..., criticizing A and calling for B": two statements
            elif before_word == "and" and _PRIOR_PARTICIPLE.search(text, max(ss, cs - 90), cs):
                found.append(("ing", c, None))  # "ended by thanking A and urging B": the second is said
            continue
        if form in ("asked", "Asked") and before_word in _ASKED_BEFORE and (
            before_word or not text[ss : cs].strip()
        ):
            q = _ASKED_Q.match(text, ce, se)
            if q is None and before_word in _CHARGED_AUX and c is cues[0]:
                q = _ASKED_TO.match(text, ce, se)  # "Lee was asked to name one law he passed"
            if q is not None:
                # "Asked whether he would run, Lee said no": the question is a statement with no known asker.
                j = text.find(",", q.end(), se)
                asked_ends[cs] = j if j > 0 else se
                if q.re is _ASKED_TO:
                    by = text.find(" by ", q.end(), asked_ends[cs])
                    if by > 0:
                        asked_ends[cs] = by  # "asked to keep them by the committee": the asker
                found.append(("q", c, None))
            continue
        passive = form.endswith("ed") and _word_after(text, ce, se) == "by"
        if passive and before_word in _FIRST_WORDS:
            gap_at = text.rfind(" ", ss, cs - 1)
            if _word_before(text, ss, gap_at) == "as":
                before_word = "as"  # "as first reported by the Gazette"
                pas_starts[cs] = gap_at
        if passive and before_word == "as":
            # "As reported by the Gazette, ...": an attribution like "according to".
            by = text.find("by", ce, se) + 3
            src = next((m for m in ms if by <= m.start <= by + 4), None)
            if src is not None:
                found.append(("acc", c, src))
            continue
        if passive and lemma in _PASSIVE_REPORT:
            aux = _PASSIVE_AUX.search(text, max(ss, cs - 40), cs)
            by = text.find("by", ce, se) + 3
            src = next((m for m in ms if by <= m.start <= by + 4), None)
            if aux is not None and src is not None:
                # "The merger was first reported by the Gazette": the subject is what the Gazette said.
                found.append(("pas", c, src))
                pas_starts[cs] = aux.start()
                continue
        if form in ("declared", "announced") and before_word in _CHARGED_AUX and c is cues[0]:
            win = _WINNER.match(text, ce, se)
            subj = _left_subject(text, ms, cs, ss) if win is not None else None
            if win is not None and subj is not None:
                # "Lee was declared the winner in Ohio": the subject and the title given are the statement.
                j = text.find(",", win.end(), se)
                win_parts[cs] = (subj.start, text.rfind(" ", ss, cs - 1), j if j > 0 else se)
                found.append(("win", c, None))
                continue
        if form in ("accused", "charged") and before_word in _CHARGED_AUX and c is cues[0]:
            after = _CHARGED_WITH.match(text, ce, se)
            if after is not None and after.group(1) == ("of" if form == "accused" else "with"):
                # "Lee was charged with fraud", "is accused of bribery": an accusation nobody is named for.
                j = _CHARGE_END.search(text, after.end(), se)
                asked_ends[cs] = j.start() if j else se
                found.append(("q", c, None))
                continue
        at = cs
        if before_word == "to" and not passive:
            cont = _CONTINUED_TO.search(text, max(ss, at - 30), at)
            if cont is not None:
                # "Lee continued to insist that ...": the subject is before "continued".
                at = cont.start()
                before_word = _word_before(text, ss, at)
        if at == cs and (before_word in lx.PASSIVE_BEFORE or passive):
            continue  # "was told", "to say", "the sources cited by Reuters"
        if (
            form.endswith(("ed", "en"))
            and text[ss] in _INTRO_FIRST
            and _INTRO_PARTICIPLE.fullmatch(text, ss, cs)
        ):
            continue  # "In a statement released Thursday, ...": the participle describes the statement
        if (
            form == "called"
            and before_word in lx.NAMED_THINGS
            and _INDEFINITE_NP.search(text, max(ss, cs - 60), cs)
            and not cx.CALL_FOR.match(text, ce, se)
        ):
            continue  # "a group called Citizens for Lee": a name, not a statement
        if text.find("who", cs - 30 if cs - 30 > ss else ss, cs) >= 0:  # max() costs more than the find
            rel = _relative_subject(text, ss, cs, ms)
            if rel is not None:
                subj, comma = rel
                found.append(("left", c, subj))
                relative.add(cs)
                if comma:
                    # ", who said X, ...": the relative clause ends at the next comma.
                    j = text.find(",", ce, se)
                    if j > 0:
                        rel_ends[cs] = j
                continue
        if form == "question" and at == cs and before_word != "still":
            continue  # the noun ("the question of ..."); the verb after "continued to", "still"
        if form == "say" and before_word in _SAY_NOUN_BEFORE:
            continue  # "keeps the final say over", "have a say in": the noun
        if form == "note" and not (before_word.endswith("s") or before_word in _PLURAL_SUBJECT_BEFORE):
            continue  # "a bank note": the noun ("experts note" is the verb)
        owner = form in _OWNED_FORMS and text[max(ss, cs - 3) : cs].rstrip().endswith(("’s", "'s"))
        if form in ("call", "calls") and (owner or before_word in _POSSESSIVES):
            o = _owner_mention(text, ms, cs) if cx.CALL_FOR.match(text, ce, se) else None
            if o is not None:
                found.append(("left", c, o))  # "joined Lee's call for an audit", "renewed its calls for"
            continue
        if form in lx.NOUNISH_FORMS and (
            owner or before_word in lx.CUE_FORMS or _word_after(text, ce, se) in _AUX
        ):
            continue  # "the union's demands would make ...": a noun
        inv = form in lx.INVERTABLE and lemma != "tell"
        if inv and _last_char(text, ss, cs) == ",":
            # "..., noted Dana Chin.": the attribution closes the sentence, whatever noun stands before it.
            r = _right_subject(text, ms, ce, se)
            first = next((m for m in ms if m.start >= ce), None)
            if (
                r is not None
                and first is not None
                and first.kind == "name"
                and not text[ce : first.start].strip()
                and (_CLOSES.match(text, r.end, se) or _CLOSING_APPOSITIVE.match(text, r.end, se))
            ):
                found.append(("right", c, r))
                continue
        subj = _left_subject(text, ms, at, ss)
        if subj is not None:
            found.append(("left", c, subj))
            continue
        if lemma in _NP_CUES or lemma in _NP_VERB_CUES and form not in lx.NOUNISH_FORMS:
            np = np_subject(text, ss, at)
            if np is not None:
                found.append(("left", c, np))
                continue
        if before_word in ("and", "then", "but") and (not form.endswith("s") or before_word != "then"):
            # "X criticized A and said B": the speaker is the sentence's subject.
            found.append(("ing", c, None))
            continue
        aux_lo = max(ss, cs - 60)
        has_and = text.find("and", aux_lo, cs) >= 0 or text.find("but", aux_lo, cs) >= 0  # _AND_AUX needs one
        aux = _AND_AUX.search(text, aux_lo, cs) if has_and else None
        if aux is not None and not form.endswith("ing"):
            # "X questions A and has called for B", "... but has also said B".
            found.append(("ing", c, None))
            ing_starts[cs] = aux.start()
            continue
        if form in lx.INVERTABLE and _last_char(text, ss, cs) in _OPEN_ENDERS:
            subj = _right_subject(text, ms, ce, se)
            if subj is not None and subj.kind == "pron" and _word_after(text, subj.end, se):
                subj = None  # "Lund, ..., said she would go": the pronoun begins what was said
            if (
                subj is not None
                and subj not in ms
                and not any(ch in _MARKS for ch in text[ss:at])
                and _opening_subject(text, ss, at, ms) is not None
            ):
                subj = None  # "Lund, a pilot, said the cranes go": the noun phrase begins what was said
            if subj is not None:
                found.append(("right", c, subj))
                continue
        if (
            form in _SAY_FINITE
            # "Lund, who calls the mayor a “fraud,” said": a relative clause before is no obstacle.
            and all(f[1].start() in relative for f in found)
            and before_word not in _NOT_SAY_BEFORE
            # "a report that suggested ...": the relative's antecedent, not the sentence's subject.
            and (
                form in ("say", "says", "said")
                or before_word not in ("who", "that", "which")
                # "the tolls proposed during the last board": a participle modifying a noun
                and _word_after(text, ce, se) not in _REDUCED_RELATIVE_NEXT
            )
            # '"...," said the man': the quotation is the statement (but not a quoted title in an appositive)
            and not (
                text[ss:at].rstrip(" \t,").endswith(_CLOSER_TUPLE)
                and (
                    text[ss:at].lstrip()[:1] in _MARKS
                    or form == "said"
                    and _word_after(text, ce, se) in _ARTICLES
                )
            )
            and text[ce : ce + 1] != ","
            and not text[max(ss, at - 12) : at].rstrip().endswith("those who")
        ):
            # "Lund -- co-author of a book on the bay, its ports and dredging -- said": the sentence's opening
            # mention, further back than an appositive the gap grammar takes.
            subj = _opening_subject(text, ss, at, ms)
            if subj is not None:
                found.append(("left", c, subj))
    if not found:
        return []
    if len(found) > 1:
        found.sort(key=lambda f: f[1].start())

    # Attribution regions (speaker through cue), to bound the contents of neighbours.
    regions: list[Piece] = []
    for kind, c, subj in found:
        cs, ce = c.span()
        if kind == "left" and subj is not None:
            regions.append((subj.start, ce))
        elif kind == "right" and subj is not None:
            regions.append((cs, subj.end))
        elif kind == "acc":
            end = _np_end(text, ce, se, subj)
            regions.append((pas_starts.get(cs, cs), end))
        elif kind == "pas":
            regions.append((pas_starts[cs], _np_end(text, ce, se, subj)))
        elif kind == "q":
            regions.append((cs, asked_ends[cs]))
        else:
            regions.append((ing_starts.get(cs, cs), ce))

    # "X said Y had asked Z": the inner attribution is part of X's statement, and a statement of its own
    # only when its verb is plainly speech.
    nested: set[int] = set()
    if len(found) > 1:  # a lone attribution has nothing to nest in
        nested = {
            j
            for k, (kind, c, _) in enumerate(found)
            if kind == "left"
            for j in range(k + 1, len(found))
            if found[j][0] == "left"
            and regions[j][0] >= regions[k][1]
            and _nested(text, regions[k][1], regions[j][0])
        }
        # "X says A, but also B, what she calls “C”": a naming inside another's statement is part of it.
        nested.update(
            j
            for j in range(1, len(found))
            if found[j][0] == "left"
            and found[0][0] == "left"
            and lx.CUE_FORMS.get(_form(found[j][1])) in _NAMING
            and found[j][2] is not None
            and _word_before(text, ss, found[j][2].start) in _RELATIVE_NAMING
        )
    out: list[Statement] = []
    for k, (kind, c, subj) in enumerate(found):
        ra, rb = regions[k]
        cs, ce = c.span()
        cue = _form(c)
        if k in nested and lx.CUE_FORMS.get(cue) not in _NEST_KEEP:
            continue
        if len(found) == 1:  # the usual case: only the sentence (or a relative clause) bounds it
            left_bound, right_bound = ss, rel_ends.get(cs, se)  # a relative clause ends before se
        else:
            left_bound = max([ss] + [r[1] for r in regions[:k] if r[1] <= ra])
            right_bound = min(
                [se, rel_ends.get(cs, se)]
                + [
                    r[0]
                    for j, r in enumerate(regions[k + 1 :], k + 1)
                    if r[0] >= rb and not (kind == "left" and j in nested)
                ]
            )
        lemma = lx.CUE_FORMS.get(cue, cue)
        if kind == "q":
            q = _ASKED_Q.match(text, ce, rb) or _CHARGED_WITH.match(text, ce, rb)
            p = trim(text, q.end() if q else ce, rb)
            if _has_words(text, p, 2):
                out.append(Statement([p], None, cue, (ra, ra)))
            continue
        if kind == "win":
            a, aux, b = win_parts[cs]
            pieces = [trim(text, a, aux), trim(text, ce, min(b, right_bound))]
            out.append(Statement(pieces, None, cue, (aux, ce)))
            continue
        if kind == "pas":
            k = max(text.rfind(ch, left_bound, ra) for ch in ",;:(")
            p = trim(text, max(left_bound, k + 1), ra)
            if _has_words(text, p, 2):
                out.append(Statement([p], subj, cue, (ra, rb)))
            continue
        if kind == "acc":
            st = _according(text, ss, ra, rb, left_bound, right_bound, subj, cue)
            if st is not None:
                out.append(st)
            continue
        if kind == "ing":
            if text[ce:se].strip() == ":":
                out.append(Statement([], None, cue, (ra, rb), from_subject=True, pending=True))
                continue
            if not _svo_ok(text, lemma, ce, right_bound):
                continue
            right_bound = _subordinate_end(text, ss, -1, ce, right_bound)
            a = _after_cue(text, ce, right_bound, lemma)
            e = _content_end(text, a, right_bound, lemma)
            for g in _AND_ING.finditer(text, a, e) if text.find("and", a, e) >= 0 else ():
                if not _in_quotation(text, a, g.start()):
                    e = g.start()  # "proposing a ban and taunting a rival": each participle its own
                    break
            p = _introduced_quote(text, trim(text, a, e), passages)
            if _has_words(text, p, 2) and not cx.CIRCUMSTANCE_ONLY.match(text, p[0], p[1]):
                out.append(Statement([p], None, cue, (ra, rb), from_subject=True))
            continue
        obj_end = rb
        if kind == "left" and lemma in lx.OBJECT_VERBS:
            o = cx.OBJECT.match(text, rb, right_bound)
            if o and not (
                cx.that_possible(text, rb, right_bound) and cx.THAT_FAR.match(text, rb, right_bound)
            ):
                obj_end = o.end()
                while obj_end > rb and text[obj_end - 1] in ",:":
                    obj_end -= 1
        # "said that ...": "that" opens none of the phrases AFTER_EMPTY takes, nor ends the clause.
        that_next = text.startswith(" that", obj_end, right_bound)
        that_next = that_next and not _word_char(text, obj_end + 5, right_bound)
        after = None if that_next else cx.AFTER_EMPTY.match(text, obj_end, right_bound)
        attr_at = (
            _quote_before(text, left_bound, subj.start)
            if kind == "left" and subj is not None and cs not in relative
            else -1
        )
        quote_first = attr_at >= 0
        if (
            after is None
            and not quote_first
            and kind == "left"
            and subj is not None
            and lemma in ("say", "add", "tell")
            and _last_char(text, left_bound, subj.start) == ","
            and cx.CIRCUMSTANCE.fullmatch(text, obj_end, right_bound)
        ):
            quote_first = True  # "A, he said after meeting aides on Thursday."
            attr_at = subj.start
        if kind == "right" or after is not None or quote_first:
            before = trim(text, left_bound, attr_at if quote_first else ra, keep_stop=True)
            before = _quote_closing(text, before, passages)
            min_words = 1 if _is_quote_piece(text, before, passages) else 2
            pieces = [before] if _has_words(text, before, min_words) and _ALNUM.search(text, *before) else []
            if pieces and _INTRO_ADVERBIAL.fullmatch(text, *before):
                pieces = []  # "Earlier in 2012, the envoy wrote to her.": when, not what
            if pieces and out and any(p[0] <= before[0] < p[1] for p in out[-1].pieces):
                prev = out[-1].pieces
                if min_words == 1 and len(prev) == 1 and _colon_before(text, prev[0][0]):
                    out.pop()  # "the plan it said would fail: “...,” the union wrote": the quotation is his
                else:
                    pieces = []  # "He said A, but B, he said, C": A and B are the first statement's
            elif pieces and out and _quotation_next(text, kind, after) and _overlaps(before, out[-1].pieces):
                pieces = []  # 'When Lind noted that A, Lee boasted, “B.”': A is the noting's, B is Lee's
            if not pieces:
                if kind == "left" and after is not None and after.group("end") in (",", ":"):
                    # "He said, ..." with the statement after a comma.
                    p = trim(text, after.end(), right_bound)
                    quoted = _QUOTE_START.match(text, after.end()) is not None  # 'she said, “Perhaps.”'
                    if _has_words(text, p, 1 if quoted else 2):
                        out.append(Statement([p], subj, cue, (ra, rb)))
                    elif after.group("end") == ":" and not text[after.end() : se].strip():
                        out.append(Statement([], subj, cue, (ra, rb), pending=True))
                continue
            tail_start = rb
            if kind == "right":
                t = cx.AFTER_EMPTY.match(text, rb, right_bound)
                tail_start = t.end() if t and t.group("end") == "," else right_bound
                if _CLOSING_APPOSITIVE.match(text, rb, right_bound):
                    tail_start = right_bound  # "..., said Ann Lee, director of the project.": hers, not said
                    v = _RESUMED.search(text, rb, right_bound)
                    if v is not None and not _is_quote_piece(text, before, passages):
                        tail_start = v.start() + 1  # "The plan, said Ann Lee, a pilot, would fail": goes on
            elif after is not None and after.group("end") == ",":
                tail_start = after.end()
                if quote_first and not _QUOTE_START.match(text, tail_start):
                    tail_start = right_bound
            elif quote_first and (t := _TAIL_QUOTE.match(text, obj_end, right_bound)) is not None:
                tail_start = t.end()  # '"A," she said during a rally in Town, "B."'
            else:
                tail_start = right_bound
            if tail_start < right_bound:
                rest = trim(text, tail_start, right_bound)
                before_is_quote = _is_quote_piece(text, before, passages)
                rest_is_quote = bool(_QUOTE_START.match(text, tail_start))
                if _has_words(text, rest, 1) and not _ING_SKIP.match(text, tail_start) and (
                    rest_is_quote or not before_is_quote
                ):
                    if rest_is_quote and not before_is_quote and (
                        _ASKED.match(text, before[0])
                        or _QUOTE_UPPER.match(text, tail_start) and not text.startswith("As for", before[0])
                    ):
                        # "Asked about the vote, she said, “...”": the question is not hers; nor is "Days
                        # later, she said, “It ...”": a quotation that opens a sentence stands alone (but "As
                        # for the vote" is the statement's topic, see _circumstance_first).
                        pieces = []
                    pieces.append(rest)
            out.append(Statement(pieces, subj, cue, (ra, rb)))
            continue
        if text.find(":", obj_end, se) >= 0 and text[obj_end:se].strip() == ":":
            # "Mayor Lee said:" ends the paragraph; the quotation follows in the next one.
            out.append(Statement([], subj, cue, (ra, rb), pending=True))
            continue
        if not _svo_ok(text, lemma, obj_end, right_bound):
            continue
        right_bound = _subordinate_end(text, ss, ra, rb, right_bound)
        a = _after_cue(text, rb, right_bound, lemma)
        p = _introduced_quote(text, trim(text, a, _content_end(text, a, right_bound, lemma)), passages)
        short = _SHORT_ANSWER.match(text, p[0], p[1]) if lemma == "say" else None
        if short is not None:
            # "half said so in May", "most said yes, but ...": the answer alone is what they said.
            out.append(Statement([(short.start(1), short.end(1))], subj, cue, (ra, rb)))
            continue
        one_word = _one_word(text, p)
        if one_word and text[p[0] : p[1]].lower() not in _LEAD_CONJ and a > rb and cx.THAT.match(
            text, rb, right_bound
        ):
            # "rejected that plan": a determiner, not a clause
            p = trim(text, rb, _content_end(text, rb, right_bound, lemma))
        if (
            subj is not None
            and _ABOUT_ONLY.match(text, p[0], p[1])
            and _word_before(text, ss, _np_start(text, subj.start)).lower() in _WHAT_BEFORE
        ):
            continue  # "what Lee said about the tolls": the thing said stands before, unquoted
        if cx.NOT_CONTENT.match(text, p[0], p[1]) and not (
            text.startswith("by", p[0]) and cx.THAT.match(text, rb, right_bound)
        ):
            continue  # but "argued that by May the cranes ..." is what was said
        if cx.CIRCUMSTANCE_ONLY.match(text, p[0], p[1]):
            continue  # "Lee testified before the panel": where or when, not what
        one_object = lemma in lx.NP_OBJECT_CUES and _one_word(text, p) and text[p[0]].isupper()
        if _has_words(text, p, 2) or (_has_words(text, p, 1) and _QUOTE_START.match(text, a)) or one_object:
            out.append(Statement([p], subj, cue, (ra, rb)))
    return out


def _colon_before(text: str, at: int) -> bool:
    return text[max(0, at - 6) : at].rstrip(" \t\"“‘'«„‹").endswith(":")


def _quotation_next(text: str, kind: str, after: re.Match[str] | None) -> bool:
    """Whether a quotation follows the cue after a comma ('Lee said, “...”')."""
    return kind == "left" and after is not None and after.group("end") == "," and bool(
        _QUOTE_START.match(text, after.end())
    )


def _overlaps(p: Piece, pieces: list[Piece]) -> bool:
    return any(a < p[1] and p[0] < b for a, b in pieces)


def _quote_closing(text: str, p: Piece, passages: list[QuotedPassage]) -> Piece:
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


def _introduced_quote(text: str, p: Piece, passages: list[QuotedPassage]) -> Piece:
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
        if text.startswith("that ", p[0]) or not _has_words(text, q.spans[0], 2):
            return p  # 'that after all these years: “It's time.”': the clause holds the quotation
        return trim(text, q.open_at, min(p[1], q.close_at), keep_stop=True)
    return p


def _after_that(text: str, a: int) -> bool:
    return text.startswith("that", a) or text[max(0, a - 6) : a].rstrip(" \t,:").endswith("that")


def _content_end(text: str, a: int, b: int, lemma: str) -> int:
    """Where a reported clause starting at ``a`` gives way to the writer's own words (``b`` at most)."""
    # The cut, tail and and-clause patterns all start with a comma: no comma, no search through the clause.
    comma = text.find(",", a, b) >= 0
    # The and-clause and and-verb patterns need an "and" (looked for before b is cut below: a stale yes only
    # costs a search).
    has_and = text.find("and", a, b) >= 0
    cut = _CLAUSE_CUT.search(text, a, b) if comma else None
    if cut is not None:
        return cut.start()
    if comma:
        if text.find("ing", a, b) >= 0 and lemma not in _ING_KEEP:
            b = _ing_tail(text, a, b)
        for m in _AND_CLAUSE.finditer(text, a, b) if has_and else ():
            if m.start() - a > 10 and not _in_quotation(text, a, m.start()):
                b = m.start()
                break
    if lemma not in lx.NP_OBJECT_CUES and lemma not in _ING_KEEP and not _after_that(text, a):
        # "admitted it lost the files and closed the office": the subject's next act, not what was said
        # (inside a that-clause the verbs share its subject: "clarified that she misspoke and meant ...").
        for v in _AND_VERB.finditer(text, a, b) if has_and else ():
            if not _in_quotation(text, a, v.start()):
                b = v.start()
                break
    if lemma not in lx.NP_OBJECT_CUES:
        t = _A_TAIL.search(text, a, b) if comma else None
        if t is not None and not _in_quotation(text, a, t.start()):
            return t.start()  # "vowed to repeal the act, a law that ...": the writer's description
        return _object_tail(text, a, b, lemma) if lemma in _TOPIC_CUES else b
    w = _WHICH_TAIL.search(text, a, b) if comma else None
    if w is not None:
        return w.start()  # "... criticized the plan, which the board adopted in May.": the writer's words
    for t in _NP_TAIL.finditer(text, a, b) if comma else ():
        if not _in_quotation(text, a, t.start()):
            b = t.start()  # "praised the pact, the first of its kind, ...": the writer's description
            break
    # Every match opens with a comma, "and" or "but" (``comma`` was found before b was cut: it may be gone).
    verbs = comma or has_and or text.find("but", a, b) >= 0
    for v in _NEXT_VERB.finditer(text, a, b) if verbs else ():
        if _in_quotation(text, a, v.start()):
            continue  # 'slammed the plan as “cruel, rushed and unfair”'
        b = v.start()  # "praised the plan and then left for the airport": the writer's words
        break
    return _object_tail(text, a, b, lemma)


def _object_tail(text: str, a: int, b: int, lemma: str) -> int:
    """'thanked supporters at a rally in Dunmore': where it was said is the writer's (not after a 'that'
    clause: 'cited reports that Lee said in a call that ...'); so is when or why ('praised the mayor after
    the vote', '..., but the board ...'), except after "call" ('called for a boycott after ...') and in
    a clause with quoted words or a pronoun subject ('announced Sunday she will resign after ...')."""
    t = _OBJECT_TAIL.search(text, a, b)
    if t is not None and not _in_quotation(text, a, t.start()) and text.find(" that ", a, t.start()) < 0:
        b = t.start()
    if lemma == "call" or _MARK.search(text, a, b) or _PRONOUN_CLAUSE.match(text, a, b):
        return b
    lo = a + 3
    # Every match holds "but", "be(fore|cause)" or "after".
    when = text.find("be", lo, b) >= 0 or text.find("after", lo, b) >= 0 or text.find("but", lo, b) >= 0
    w = _OBJECT_WHEN.search(text, lo, b) if when else None
    return b if w is None else w.start()


def _subordinate_end(text: str, ss: int, attr: int, cue_end: int, b: int) -> int:
    """'As Lee lamented the tolls, the board ...', '..., even if polls suggest otherwise, is ...': a cue
    inside a subordinate clause (opening the sentence, or after a comma before its attribution ``attr``; -1
    for a participle) has its content end where the clause does, at the first comma after the cue (or ``b``).
    Not in "finds that, while some say A, B": the finding goes on."""
    j = -1
    if attr >= 0:
        j, k = text.rfind(",", ss, attr), text.rfind(";", ss, attr)
        j = k if k > j else j
    if j < 0:
        if (
            text.find(",", ss, cue_end) >= 0
            or _OPENING_SUB.match(text, ss, cue_end) is None
            or _CLAUSE_BREAK.search(text, ss, cue_end)
        ):
            return b  # "While some say A - a pie - others say B, with C": the clause ended before the cue
    elif (
        attr - j > 60
        or _MID_SUB.match(text, j + 1, attr) is None
        or text.find(",", attr, cue_end) >= 0
        or text[max(ss, j - 5) : j].endswith(" that")
    ):
        return b
    k = text.find(",", cue_end, b)
    if k < 0 or _in_quotation(text, cue_end, k) or text.startswith(" or ", k + 1):
        return b
    if _QUOTE_START.match(text, k + 1):
        return b  # 'As they say of the doctor, “...”': the quotation is what they say
    return k


def _ing_tail(text: str, a: int, b: int) -> int:
    """Where a closing participle phrase after a comma begins ("..., throwing the race open"), or ``b``."""
    for m in _ING_TAIL.finditer(text, a, b):
        at = m.start()
        if (
            at - a > 10
            and _ING_TAIL_BEFORE.search(text, a, at) is None
            and _ING_NOUN.match(text, m.end()) is None
            and _ING_ADJ_LIST.match(text, m.end()) is None
            and _ING_FINITE_LATER.search(text, m.end(), b) is None
            and not _in_quotation(text, a, at)
        ):
            return at
    return b


def _in_quotation(text: str, a: int, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened after ``a``."""
    return text.count("“", a, pos) > text.count("”", a, pos) or text.count('"', a, pos) % 2 == 1


def _programme_before(text: str, lo: int, at: int) -> bool:
    """'Speaking on Planet's “Morning Coffee,” Lee said ...': the quotation closing before the subject
    names a programme."""
    o = max(text.rfind("“", lo, at), text.rfind('"', lo, at - 2), text.rfind("''", lo, at - 3))
    if o <= lo:
        return False
    close = max(text.rfind("”", o, at), text.rfind('"', o + 1, at), text.rfind("''", o + 2, at))
    if close <= o:
        return False
    return _titled(text, [(o + 1, close)]) and cx.PROGRAMME_BEFORE.search(text, lo, o) is not None


def _quote_before(text: str, lo: int, subj_start: int) -> int:
    """Where the attribution starts when a quotation ends right before it ('“...,” Lee said', '„...“, Lee
    said', '"...," campaign manager Ann Lee said'), or -1."""
    at = _np_start(text, subj_start)
    c = _last_char(text, lo, at)
    if c in "'’" and text[lo:at].rstrip()[-2:-1].isalpha():
        return -1  # "Reuters' Tom Wills said": a possessive, not the end of a quotation
    if c in _CLOSERS:
        return -1 if _programme_before(text, lo, at) else at
    if c == ",":
        j = text.rfind(",", lo, at)
        if _last_char(text, lo, j) in _CLOSERS:
            return -1 if _programme_before(text, lo, at) else at
    # Words of a role or description between a quotation opening the sentence and the name.
    if text[lo:at].lstrip()[:1] not in _MARKS:
        return -1
    j = _closing_mark_before(text, max(lo, at - 80), at)
    if j > lo and text[j - 1] in ",?!" and _ROLE_WORDS_BEFORE.fullmatch(text, j + 1, at) is not None:
        return j + 1
    return -1


def _closing_mark_before(text: str, lo: int, at: int) -> int:
    """The last closing mark in text[lo:at], passing over apostrophes inside words ("Lee’s aide"), or -1."""
    j = max(text.rfind(ch, lo, at) for ch in _CLOSERS)
    while j > lo and text[j] in "'’" and text[j - 1].isalpha() and text[j + 1 : j + 2].isalpha():
        j = max(text.rfind(ch, lo, j) for ch in _CLOSERS)
    return j


def _nested(text: str, cue_end: int, inner: int) -> bool:
    """Whether the attribution at ``inner`` is part of what was said after ``cue_end``: "X said Y asked Z"."""
    return inner - cue_end < 60 and _NEST_BREAK.search(text, cue_end, inner) is None


def _svo_ok(text: str, lemma: str, pos: int, end: int) -> bool:
    """Whether what follows a cue can be what was said ("added that ..." yes, "adding to his lead" no)."""
    bad = cx.NOT_SPEECH_AFTER.get(lemma)
    if bad is not None and bad.match(text, pos, end):
        return False
    need = cx.CLAUSE_REQUIRED.get(lemma)
    return need is None or bool(need.match(text, pos, end))


def _np_end(text: str, start: int, se: int, src: Span | None) -> int:
    """End of the source after "according to": the mention, or the phrase up to a comma."""
    j = text.find(",", start, se)
    end = se if j < 0 else j
    if src is not None and src.end > end:
        end = src.end
    while end > start and text[end - 1] in " .\t":
        end -= 1
    return end


def _according(
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
    w = _WORD.match(text, before[0], before[1])
    if left > ss and w is not None and w.group(1).lower() in lx.PREPOSITIONS:
        # '“...,” Lee said of the dockers, according to the harbour log': the log's source, not a statement
        before = (before[0], before[0])
    k = text.rfind(", with ", before[0], before[1])
    if k > before[0] and _with_figure(text, k + 7, before[1]):
        before = (k + 7, before[1])  # "A, with $2 million in profit, according to S": the figure is S's
    after = trim(text, rb, right)
    if _has_words(text, before, 4) and _SOURCE_APPOSITIVE.match(text, after[0], after[1]):
        after = (after[0], after[0])  # "..., according to Ann Lee, who led the inquiry.": not what was said
    elif _words(text, after) == 1 and text[after[1] : after[1] + 1] in (" ", "\t"):
        # "According to the log, the harbour master reported ...": one word left before another attribution
        after = (after[0], after[0])
    elif _has_words(text, before, 4) and _ACC_NEW_CLAUSE.match(text, after[0], after[1]):
        after = (after[0], after[0])  # "A, according to the count, but the mayor has vowed B": the writer's
    pieces = [p for p in (before, after) if _has_words(text, p, 1) and _ALNUM.search(text, *p)]
    if not pieces:
        return None
    if src is None:
        a = ra + text[ra:rb].lower().find("to") + 2
        while a < rb and text[a] in " \t":
            a += 1
        src = Span(a, rb, "desc", text[a:rb])
    return Statement(pieces, src, "according to" if cue.lower().startswith("according") else cue, (ra, rb))


_ABSOLUTE_ING = re.compile(r"\b([A-Za-z]+)[ \t]+[a-z]+ing\b")


_CHARGED_AUX = frozenset("is are was were been be being".split())
_POSSESSIVES = frozenset("his her its their".split())


def _owner_mention(text: str, ms: list[Span], at: int) -> Span | None:
    """The mention owning the noun at ``at``: "Lee's call", "her call" (the possessive right before it)."""
    before = [m for m in ms if m.end <= at and not m.quoted]
    if not before:
        return None
    m = before[-1]
    if text[m.end : at].strip() in ("", "’s", "'s"):
        return m
    # "Lee renewed her calls for": the possessive pronoun is the sentence's last person or body before it.
    return m if text[at - 6 : at].split()[-1:] and text[at - 6 : at].split()[-1] in _POSSESSIVES else None
_CHARGE_END = re.compile(r",|[ \t](?:after|before|in[ \t]+\d|and[ \t]+(?:has|was|is|faces))\b")
_ASKED_TO = re.compile(r"[ \t]+(?=to[ \t]+[a-z]+)")
_WINNER = re.compile(r"[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:winner|victor)\b")
_CHARGED_WITH = re.compile(r"[ \t]+(of|with)\b")
# A written or posted message whose participle carries what it says: "mailed a note on Friday urging".
_DOC_SENT = re.compile(
    r"\b(?:sent|issued|released|published|posted|put[ \t]+out|fired[ \t]+(?:off|back)|circulated|filed)"
    r"(?:[ \t]+out)?[ \t]+(?:(?:a|an|two|several|their|his|her|its|joint)[ \t]+)?(?:[\w$-]+[ \t]+){0,3}?"
    r"(?:statements?|letters?|tweets?|e-?mails?|memos?|responses?|messages?|notes?|(?:press[ \t]+)?releases?"
    r"|videos?|ads?|lawsuits?|petitions?|posts?|reports?)"
    r"(?:[ \t]+(?:on|this|last|late|early)?[ \t]*\w+)?,?[ \t]+$"
)
# Words before "<mention> <cue>ing" that make the participle that mention's act: "with Lee calling for",
# "a speech that included Lee vowing", "asked about Lee calling the plan a sham".
_SCENE_WORDS = frozenset("with included includes featuring featured about".split())
_WITH_MODIFIERS = frozenset("former then fellow top senior rival longtime veteran".split())
_WITH_NP = re.compile(r"\bwith[ \t]+((?:[\w'’.-]+[ \t]+){1,5})$")


def _with_before(text: str, ss: int, at: int, words: frozenset[str] = frozenset(("with",))) -> bool:
    """Whether one of ``words`` stands before ``at``, past a few modifiers ("with former Gov. Lee")."""
    for _ in range(3):
        w = _word_before(text, ss, at)
        if w in words:
            return True
        if w not in _WITH_MODIFIERS:
            return False
        at = text.rfind(w, ss, at)
    return False


def _with_np(text: str, ss: int, cue: int) -> Span | None:
    """The plain noun phrase between "with" and a participle cue ("with each candidate questioning")."""
    m = _WITH_NP.search(text, max(ss, cue - 70), cue)
    if m is None:
        return None
    words = m.group(1).split()
    first = words[0].lower()
    plain = first in _NP_FIRST or _modified_plural([w.lower() for w in words])
    if first in ("the", "a", "an") or not plain:
        return None  # "with the right calling card", "with a speech denouncing ...": no speaker
    if text.startswith("reporting", cue):
        return None  # "with all precincts reporting"
    return _np_from_words(text, m.start(1), cue, words)


def _with_figure(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] after ", with" is a plain noun phrase ("$2 million in operating profit"), not an
    absolute clause ("with online betting growing") or inside a quotation."""
    if b - a < 3 or _MARK.search(text, a, b):
        return False
    return all(m.group(1).lower() in lx.PREPOSITIONS for m in _ABSOLUTE_ING.finditer(text, a, b))


_ACC_NEW_CLAUSE = re.compile(r"(?:but|and|while|though|although|yet)\b")
_SOURCE_APPOSITIVE = re.compile(r"(?:who|whose|which|an?)\b")
_RIGHT_FILLER = frozenset("the a an former then longtime veteran".split())
_RIGHT_NP = re.compile(r"[ \t]+((?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+)[ \t]*(?=[.,;!?]|$)")
_ASKED = re.compile(r"(?:When|Asked|Pressed|Questioned|Speaking|Responding|Reacting|Addressing|In)\b")
# Cues whose subject may be a plain noun phrase no mention covers ("The early tallies suggest ...").
# Tried on train and dev and not kept: call (precision or speaker accuracy fell); promise, pledge, vow,
# predict, confirm, conclude, recall, dispute, complain, propose, stress, thank, highlight (as many wrong as
# right on train); deny, tout, lament, demand, testify, emphasize, recommend, estimate (no change).
_NP_CUES = frozenset(
    "say tell add write note argue warn insist explain acknowledge admit contend maintain read chant shout"
    " yell suggest point ask criticize".split()
)
# The same, only in a form that cannot be a noun ("reported", not "reports"); claim, accuse, urge, question
# and announce gained nothing in all their forms, but do in these.
_NP_VERB_CUES = frozenset(
    "condemn denounce praise decry blast slam reject describe report reveal respond reply declare claim"
    " accuse urge question announce dismiss mock reiterate cite".split()
)
_NP_FIRST = frozenset(
    """the a an one some many most other others another several all both few each my his her their its our
    these those two three four five six seven eight nine ten dozens hundreds thousands more fewer multiple
    numerous various""".split()
)
_NP_STOP = frozenset(
    """that which who whom whose when where while if because although though as than what why how but or
    it he she they we i you there this is are was were be been not no has have had made did does do will
    would""".split()
)
_CONJUNCTIONS = frozenset("and or but then".split())
_PARENTHETICAL = re.compile(
    r"(?:,[ \t]*(?:however|meanwhile|too|though|in[ \t]+turn|for[ \t]+their[ \t]+part|for[ \t]+example|"
    r"in[ \t]+particular|[a-z]+ly)[ \t]*,|[ \t]+[—–][^—–,;:\"“”]{1,60}[—–]"
    r"|,[ \t]*(?:including|like|such[ \t]+as|among[ \t]+them|especially)[ \t][^;:\"“”]{1,100}?,)[ \t]*$"
)
_PARENTHETICAL_LAST = frozenset(",—–\n")
_WITH_SHARE = re.compile(
    r"\bwith[ \t]+((?:(?:about|nearly|almost|roughly|just|only|more[ \t]+than|fewer[ \t]+than)[ \t]+)?"
    r"(?:\d+(?:\.\d+)?[ \t]*(?:%|percent)|\w+[ \t]+in[ \t]+(?:10|ten|\d+|three|four|five)"
    r"|half|a[ \t]+majority)"
    r"(?:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+)?)[ \t]+$"
)
# More plural heads of an unnamed group of speakers ("safety specialists say", "some port figures").
_PLAIN_PLURALS = frozenset(
    """specialists figures outlets writers commentators pundits groups organizations organisations companies
    firms newspapers networks candidates governments agencies officers unions campaigns allies rivals
    conservatives liberals evangelicals proponents backers detractors skeptics sceptics foes friends lobbyists
    defenders fans followers loyalists operatives consultants""".split()
)
_LEAD_CONJ = frozenset(
    """but and yet so still now meanwhile instead even though although while whereas because since if
    when""".split()
)
# "sources close to the campaign", "protest organizers in Dunmore": a plural head, then what modifies it.
_CLOSE_TO = frozenset("close familiar loyal opposed allied friendly near critical sympathetic privy".split())


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
_ABOUT_ONLY = re.compile(r"(?:about|of)\b(?:(?!\bthat\b)[^,;:\"“”])*$")
_WHAT_BEFORE = frozenset(
    "what things everything anything nothing something much all remarks comments".split()
)
_VERB_S = frozenset(
    "allows lets helps makes forces requires wants needs gives keeps leaves expects encourages permits"
    .split()
)
_BARE_QUANTIFIERS = frozenset("others some many most another".split())
_NP_CUT = re.compile(r"[,;:()\"“”—–]|''|\s-\s")
_NP_CUT_CHARS = ",;:()\"“”—–"
# The rightmost _NP_CUT, found backwards from the end (cheaper than finditer over all of them). It is the last
# one finditer finds when it is a single character: only the longer forms can overlap an earlier cut.
_LAST_NP_CUT = re.compile(r"(?s:.*)(?:[,;:()\"“”—–]|''|\s-\s)")


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHO = re.compile(
    r"(,[ \t]*)?\bwho(?:[ \t]+(?:has|have|had|also|later|previously|repeatedly|since|once|often|now|then"
    r"|still|earlier|recently|last[ \t]+(?:year|week|month|\w+day)|this[ \t]+(?:year|week|month)"
    r"|on[ \t]+\w+day|in[ \t]+(?:(?:early|late)[ \t]+)?(?:" + _MONTH + r"(?:[ \t]+\d{4})?|\d{4}))"
    r"|['’](?:ve|d|s))*[ \t]*$"
)


def _relative_subject(text: str, ss: int, cue: int, ms: list[Span]) -> tuple[Span, bool] | None:
    """The antecedent of "who said": "Barkley, who said ..." or "voters who said ..."."""
    w = _WHO.search(text, max(ss, cue - 40), cue)
    if w is None:
        return None
    at = w.start()
    for m in reversed(ms):
        if m.end <= at and not text[m.end : at].strip() and not m.quoted:
            return m, bool(w.group(1))
        if m.end < at:
            break
    np = np_subject(text, ss, at)
    if np is None and not w.group(1):
        np = _antecedent_after_link(text, ss, at)
    return (np, bool(w.group(1))) if np is not None else None


# "including some who warned", "echoing engineers who say", "from pilots who argue": the antecedent of a
# restrictive "who" starts after the word linking it to the sentence.
_ANTECEDENT_LINK = re.compile(
    r"(?:^|[ \t,])(?:[a-z]{2,}ing|among|from|with|by|for|like|are|were|is|was|and|or)[ \t]+"
    r"((?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)[ \t]*$"
)


def _antecedent_after_link(text: str, ss: int, at: int) -> Span | None:
    m = _ANTECEDENT_LINK.search(text, max(ss, at - 50), at)
    if m is None:
        return None
    return _np_from_words(text, m.start(1), at, text[m.start(1) : at].split())


_INTRO_PARTICIPLE = re.compile(
    r"[ \t]*(?:In|On|From|Through|Via|With)[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[\w'’-]+[ \t]+){1,3}"
)
_INTRO_FIRST = " \tIOFTVW"  # the characters _INTRO_PARTICIPLE can start with: a cheap test before it
_INTRO_ADVERBIAL = re.compile(
    r"(?:In|On|At|Earlier|Later|Then|After|Before|During|Last|This)(?:,?[ \t]+[\w'’-]+){0,3}"
)
_FIRST_WORDS = frozenset("first previously originally initially earlier".split())
_PASSIVE_REPORT = frozenset("report announce reveal disclose".split())
_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|is|are|been)(?:[ \t]+(?:first|previously|originally|initially|earlier|\w+ly))*[ \t]+$"
)
_REDUCED_RELATIVE_NEXT = frozenset("during in by on at for from since after before under over".split())
_PRIOR_PARTICIPLE = re.compile(r"(?:,|\bby|\bwhile)[ \t]+[a-z]+ing\b[^.;:\"“”,]{0,80}[ \t]and[ \t]+$")
_ARTICLES = frozenset(("the", "a", "an"))
_PLURAL_SUBJECT_BEFORE = frozenset(
    "they we you i some many most both also may might would will can could should must did do not often still"
    .split()
)
_SAY_FINITE = frozenset(
    """say says said told tells argued argues insisted insists warned warns added adds noted notes explained
    explains acknowledged admitted contended maintained wrote writes claimed suggested announced declared
    stressed criticized denied accused urged questioned blasted slammed dismissed revealed responded replied
    confirmed promised vowed recalled complained proposed demanded touted conceded asserted reiterated cited
    emphasized""".split()
)
# "the final say", "than, say, ...": no verb of speech.
_NOT_SAY_BEFORE = frozenset(
    "than final the a an no any his her their its our your some much little more".split()
)
_OPENING_STOP = frozenset(
    """after before when while because since if although though as once until unless whether where
    alongside amid despite following unlike beyond besides throughout given""".split()
)


_OPENING_CONJ = frozenset("but and yet so still now meanwhile instead".split())
_OPENING_BREAK = re.compile(
    r",[ \t]+(?:and|but|or)[ \t]|\b(?:after|before|when|while|because|since|although|though|if|unless|until"
    r"|whereas|whether|is[ \t]+that|was[ \t]+that)\b"
)
_OPENING_CLAUSE = re.compile(
    r",[ \t]+(?:although|though|while|whereas|when|because|as(?![ \t]+well)|if|even[ \t]+as)[ \t]"
)
_OPENING_NP_END = re.compile(
    r"[,;:()—–]|[ \t]-[ \t]|[ \t](?:who|whose|that|which|in|at|of|with|from|on|interviewed|including|like)\b"
)


def _opening_subject(text: str, ss: int, cue: int, ms: list[Span]) -> Span | None:
    """The mention opening the sentence as the subject of a far "said", when nothing closer is: "Lund and
    other pilots opposed to the night shifts said"."""
    words = text[ss:cue].split()
    if not words or not words[0][:1].isalpha():
        return None
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(",") in _OPENING_CONJ:
        k += 1
    first = words[k]
    low = first.lower()
    if low in _OPENING_STOP or low in lx.PREPOSITIONS or low.endswith("ing") or (
        low in _NP_STOP and low not in ("he", "she", "they")
    ):
        return None
    at = text.find(first, ss, cue)
    if _OPENING_CLAUSE.search(text, at, cue):
        return None  # "Lund won the vote, although the board says": the subject of another clause
    m = next((m for m in ms if m.start >= at), None)
    if m is not None and m.start <= at + 4 and m.end < cue and not m.possessive and not m.quoted:
        return m
    if _OPENING_BREAK.search(text, at, cue):
        return None  # "A rise in tolls drew protests after a pilot suggested": a noun phrase is less sure
    # "Several harbour pilots who spoke at the hearing ... said": a plural noun phrase of people.
    stop = _OPENING_NP_END.search(text, at + len(first), cue)
    if stop is None:
        return None
    np = np_subject(text, at, stop.start())
    return np if np is not None and np.kind == "group" else None


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
    last = _last_char(text, ss, cue)
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
    while len(words) > 1 and words[0].lower() in _LEAD_CONJ:
        # "But Dunmore police say": the conjunction is not part of the subject.
        start = text.find(words[1], text.find(words[0], start, cue) + len(words[0]), cue)
        words = words[1:]
    if len(words) > 1 and words[0] in ("as", "As"):
        # "..., as police have said.": the clause before is what they said.
        start = text.find(words[1], text.find(words[0], start, cue) + 2, cue)
        words = words[1:]
    if not words or len(words) > 10:
        return None
    return _np_from_words(text, start, cue, words)


def _np_from_words(text: str, start: int, cue: int, words: list[str]) -> Span | None:
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
    if first.lower() not in _NP_FIRST and not first[:1].isupper() and not bare and not plain_head:
        return None
    # "That official said": a demonstrative opening the sentence points back to someone named before.
    opens = len(words) > 1 and first in ("That", "This")
    opens = opens and _last_char(text, max(0, start - 5), start) in "\n.!?”"
    checked = lows[1:] if opens else lows
    verbs = any(w in lx.CUE_FORMS and w != "question" for w in lows)  # "the question" is a noun here
    if verbs or any(w in _NP_STOP or w in _VERB_S for w in checked):
        return None  # "The employer allows workers who ask": a clause, not a subject
    head = plain_head or lows[-1]
    if len(words) == 1 and head in _BARE_QUANTIFIERS:
        # "Others say ...", "some said ...": a group the sentence does not name.
        a = text.find(first, start, cue)
        span = Span(a, a + len(first), "group", first, name=first, role=head)
        span.entity_kind = "group"
        return span
    if not head.isalpha() or head in lx.PREPOSITIONS or head in _NP_FIRST or head in _CONJUNCTIONS:
        return None
    a = text.find(first, start, cue)
    b = text.rfind(words[-1], a, cue) + len(words[-1])
    plural = head.endswith("s") and not head.endswith("ss") or head in lx.BARE_SPEAKER_PLURALS
    plural = plural or bool(plain_head)
    anonymous = lows[0] in _NP_FIRST and lows[0] not in ("the", "my", "his", "her", "their", "its", "our")
    span = Span(a, b, "desc", text[a:b], role=head, role_words=frozenset(lows[1:]))
    span.entity_kind = "group" if plural or anonymous else "person"
    if span.entity_kind == "group":
        span.kind = "group"
        # Leading determiners and quantifiers go ("Many of the pilots" -> "pilots"); inner words stay.
        k = 0
        while k < len(words) - 1 and (lows[k] in _NP_FIRST or lows[k] == "of"):
            k += 1
        span.name = " ".join(words[k:])
    return span


_IF_WHETHER = re.compile(r"\b(?:if|whether)\b")
_SAID_AMOUNT_ABOUT = re.compile(
    r"[ \t]+(?:(?:almost|very|relatively|so|too)[ \t]+)?(?:little|nothing|much|more|less|a[ \t]+lot|plenty)"
    r"(?:[ \t]+publicly)?[ \t]+(?:about|of|on)[ \t]+"
)


_QUOTE_IN = re.compile(r"[\"“]")


def _after_cue(text: str, pos: int, right: int, lemma: str) -> int:
    ab = cx.ABOUT.match(text, pos, right) if lemma in ("talk", "speak") else None
    if ab:
        return ab.end()
    if lemma in ("boast", "comment"):
        ab = cx.ABOUT_OR_ON.match(text, pos, right)
        if ab:
            return ab.end()
    if lemma == "say":
        q = _SAID_AMOUNT_ABOUT.match(text, pos, right)
        if q:
            return q.end()  # "said little about the tolls": the tolls are the topic
    if lemma == "refer":
        t = cx.TO.match(text, pos, right)
        if t:
            return t.end()  # "referred to Varga as “...”": Varga as “...”
    if lemma == "call":
        f = cx.CALL_FOR.match(text, pos, right)
        if f:
            return f.end()  # "called for the overthrow of ...": what was called for
    that = cx.that_possible(text, pos, right)
    if lemma == "write" and that and not _QUOTE_IN.search(text, pos, right):
        w = cx.WRITE_TO.match(text, pos, right)
        if w:
            return w.end()  # a clause with a quotation in it is taken, "that" and all, with the quotation
    m = (cx.THAT.match(text, pos, right) if that else None) or cx.TO_WHOM.match(text, pos, right)
    if m:
        return m.end()
    if lemma in lx.OBJECT_VERBS:
        far = cx.THAT_FAR.match(text, pos, right) if that else None
        if far:
            q = _IF_WHETHER.search(text, pos, far.end()) if lemma == "ask" else None
            return far.end() if q is None else q.start()  # "asked if the raids meant that ...": the question
        o = cx.OBJECT.match(text, pos, right)
        if o:
            return o.end()
    return pos


def _is_quote_piece(text: str, p: Piece, passages: list[QuotedPassage]) -> bool:
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
                while qa > 0 and text[qa - 1] in _MARKS:
                    qa -= 1
                if qb <= a or qa >= b:
                    continue
                used.add(id(q))
                st.direct = True
                inner = trim(text, a, b, keep_stop=True)
                if inner[0] >= qa and inner[1] <= qb + 1:
                    # The piece is the quotation (or its last paragraph): take all its spans.
                    new.extend(trim(text, x, y, keep_stop=True) for x, y in q.spans)
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


_OPENERS = frozenset(
    """As When While After Before Since Although Though If Because Once Until On At In During Early Later
    Earlier Instead Among Amid Finally""".split()
)
_OPENER_SKIP = frozenset("But And Yet Still So".split())
_FIRST_WORDS_RE = re.compile(r"([A-Za-z]+)[ \t,]+([A-Za-z]+)")


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
_NEW_CLAUSE = re.compile(
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
        comma = text[q.close_at - 2 : q.close_at - 1] == ","
        if a <= q.open_at + 1 and q.close_at < b and comma and _NEW_CLAUSE.match(text, q.close_at, b):
            if a >= q.open_at and len(q.spans) == 1:
                return trim(text, *q.spans[0], keep_stop=True)  # '“...,” which ...': the quotation alone
            return trim(text, a, q.close_at, keep_stop=True)
        if a <= q.open_at and q.close_at < b and _CIRC_AFTER.match(text, q.close_at, b):
            return trim(text, a, q.close_at, keep_stop=True)
        if a <= q.open_at + 1 and q.close_at < b:
            d = _DASH_AFTER.search(text, q.close_at, b) or _WHICH_AFTER.search(text, q.close_at, b)
            aside = d is not None and _DASH_AFTER.search(text, d.end(), b) is not None
            if d is not None and not aside and not _MARK.search(text, d.end(), b):
                # 'said he was “glad” about it — a change from May': the writer's words after the dash (but
                # not a pair of dashes around an aside: '“all of them” - even Lee - agreed ...').
                return trim(text, a, d.start(), keep_stop=True)
        cry = text[q.close_at - 2 : q.close_at - 1] in "!?"
        if cry and q.open_at <= a <= q.open_at + 1 and q.close_at < b:
            return trim(text, a, q.close_at, keep_stop=True)  # 'yelled “Stop!” at the mayor': the cry alone
    return a, b


_WHICH_NEXT = re.compile(r"[ \t]+which[ \t]")
_DASH_AFTER = re.compile(r"[ \t\xa0](?:[—–]|--?)[ \t\xa0]")
_WHICH_AFTER = re.compile(r",[ \t]+which\b")


# '... chanted “Not again” until the speaker left', '... “X” like Lee did', '... “X” and she left': what
# follows the quotation is the writer's (a time, a comparison, a new clause with its own subject).
_CIRC_AFTER = re.compile(
    r",?[ \t]+(?:after|during|until|like|(?:moments|minutes|hours)[ \t]+(?:after|before))\b"
    r"|,?[ \t]+(?:before[ \t]+[a-z]+ing|as[ \t]+(?:he|she|they))\b"
    r"|[ \t]+and[ \t]+(?:he|she|they)[ \t]"
    # '... “a fraud” and cast doubt on ...': the subject's next act.
    r"|[ \t]+and[ \t]+(?:(?:then|also|later|reportedly|even)[ \t]+)?"
    rf"(?:{_PAST}|[a-z]{{3,}}ing|cast|threw|stood|vowed)\b"
    r"(?![^\"“”\n]*(?:[\"“]|''))"
)


def _titled(text: str, spans: list[Piece]) -> bool:
    """A quoted title ("The Art of Making Deals"): its longer words all capitalised."""
    words = [w for a, b in spans for w in text[a:b].split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


# '... toasted the treaty as a “landmark”': a short quoted fragment that says what the subject called it.
_AS_BEFORE = re.compile(r"[ \t]as[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[a-z]+[ \t]+)?$")

# 'Lee argued that the deal was “unfair”': one or two quoted words in a clause after "that".
_THAT_BEFORE = re.compile(r"[ \t]that[ \t]")

# Two quoted words ending the clause: 'thinks the deal is “totally dead.”'.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?]|$)")
_END_MARKS = (".", ",", "!", "?")

_LEAD_WORDS = frozenset("But And Still Yet So Then Also Plus".split())  # 'But “...”': the quote carries on
_LABEL_HEAD = re.compile(r"[ \t]*[A-Z][A-Z0-9 '’&!?.,-]{1,40}[ \t]*[—–-]+[ \t]*")
_BYLINE_HEAD = re.compile(r"\bby[ \t][^:.;\"“”]{1,60}:[ \t]*$")  # '..., by the Courier's Ann Lee: “...”'
_INTRODUCED = re.compile(r"[a-z][,:][ \t]*$")


def _introduced(text: str, q: QuotedPassage, head: str, se: int) -> bool:
    """A quotation opening with a capital after a word and a comma or colon, ending its sentence."""
    first = text[q.spans[0][0] : q.spans[0][0] + 1]
    if not first.isupper() or _INTRODUCED.search(head) is None:
        return False
    return not _ALNUM.search(text, q.close_at, se)


_SIGN_WORDS = re.compile(
    r"\b(?:sign|hat|banner|placard|poster)s?[ \t]*[—–-]?[ \t]*(?:that[ \t]+|which[ \t]+)?"
    r"(?:read|reads|reading|saying)[ \t]*[,:]?[ \t]*$"
)
_CHANT_BEFORE = re.compile(
    r"\b(?:[Cc]hant(?:s|ed|ing)?(?:[ \t]+back(?:[ \t]+at[ \t]+\w+)?|[ \t]+of)?"
    r"|(?:cries|shouts|calls)[ \t]+of)[ \t]*[,:]?[ \t]*$"
)
_VERB_COLON = re.compile(r"(?:[ \t]+[a-z][\w’'-]*){1,5}[ \t]*")
_CHANTER_GAP = re.compile(r"(?:[ \t]+(?:[a-z]+ly|then|again|also|back))*[ \t]+")


def _chanter(text: str, head_start: int, head: str, ms: list[Span]) -> Span | None:
    """Who is written right before a chant verb ('Ann Lee loudly chanted', 'dockers chanted'), or None."""
    verb = _CHANT_BEFORE.search(head)
    if verb is None or not head[verb.start() : verb.start() + 5].lower().startswith("chant"):
        return None
    at = head_start + verb.start()
    for m in reversed(ms):
        if m.end <= at:
            if _CHANTER_GAP.fullmatch(text, m.end, at) is not None:
                return m if m.kind != "pron" and not m.quoted else None
            break
    np = np_subject(text, head_start, at)  # 'Outside, dockers chanted': the crowd as written
    return np if np is not None and len(np.text.split()) <= 3 else None


def leftover(
    text: str,
    q: QuotedPassage,
    ss: int,
    se: int,
    ms: list[Span],
    prev: Statement | None,
) -> Statement | None:
    """A quotation no cue claimed: colon or dash attribution, continuation, or nothing (scare quotes)."""
    spans = [trim(text, a, b, keep_stop=True) for a, b in q.spans]
    n_words = sum(_words(text, s) for s in spans)
    head_start = ss if ss <= q.open_at else q.open_at
    head = text[head_start : q.open_at]
    if n_words > 1 and (
        (("hant" in head or " of" in head) and _CHANT_BEFORE.search(head))
        or (("read" in head or "saying" in head) and _SIGN_WORDS.search(head))
    ):
        # 'the crowd broke into chants of “...”', 'fans were heard chanting “...”': the chant itself is the
        # statement. Its speaker is only a name or description right before the verb ('Lee chanted');
        # otherwise nobody, never the sentence's or the last speaker (a crowd's words are not the mayor's).
        at = (q.open_at, q.open_at)
        return Statement(spans, _chanter(text, head_start, head, ms), None, at, direct=True, passages=[q])
    has_colon = ":" in head  # the patterns below that end with a colon are searched for only then
    if _LABEL_HEAD.fullmatch(head) or has_colon and _BYLINE_HEAD.search(head):
        # 'HARBOUR NEWS—“Pier to close,” by the Courier's Ann Lee: “...”': a newsletter item's title and the
        # excerpt of the article it points to, nobody's statements.
        return None
    if has_colon and _COLON_HEAD.search(head):
        colon = head.rstrip().rfind(":") + head_start
        for m in reversed(ms):
            if m.end <= colon and not text[m.end : colon].strip() and not m.quoted:
                return Statement(spans, m, ":", (m.start, colon + 1), direct=True, passages=[q])
        # "Lee shot back sharply:" / "Lee merely grinned:": a subject, a few words of verb, the quotation.
        for m in reversed(ms):
            if m.end > colon or m.quoted or m.possessive:
                continue
            opens = _last_char(text, ss, _np_start(text, m.start)) in ("", ",")
            if opens and _VERB_COLON.fullmatch(text, m.end, colon):
                return Statement(spans, m, None, (m.start, colon + 1), direct=True, passages=[q])
            break
        if n_words >= FRAGMENT_MIN and not _ALNUM.search(text, q.close_at, se):
            np = opening_np(text, ss, colon)
            if np is not None and not _THAT_BEFORE.search(text, np.end, colon):
                # (not "The delay was so long that a clerk could only sigh:": the clause has its own subject)
                return Statement(spans, np, None, (np.start, colon + 1), direct=True, passages=[q])
    d = _DASH_TAIL.match(text, q.close_at, se)
    if d and d.end() > q.close_at:
        for m in ms:
            if m.start == d.end() and m.kind in ("name", "desc", "group"):
                return Statement(spans, m, None, (d.start(), m.end), direct=True, passages=[q])
    short_ok = (
        n_words >= FRAGMENT_MIN
        or _AS_BEFORE.search(text, ss, q.open_at) is not None
        or _THAT_BEFORE.search(text, ss, q.open_at) is not None
        or (
            n_words == FRAGMENT_MIN - 1
            and (
                text[q.close_at - 2 : q.close_at - 1] in _END_MARKS
                or _CLAUSE_END.match(text, q.close_at, se) is not None
            )
        )
    )
    if not short_ok and n_words > 0:
        short_ok = _speech_verb_before(text, q, ss, ms)  # a speech verb no cue claimed, then the fragment
    named = _named(text, q, ss, se, ms) if n_words > 0 and not short_ok else None
    short_ok = short_ok or named is not None  # 'calling the mayor a “liar” who ...': a name someone gave
    if (
        not short_ok
        and _quote_then_attribution(text, q, head, se, ms) is None
        and _np_attribution(text, q, head, se) is None
    ):
        return None
    lead = head.strip().rstrip(",")
    whole = (not lead or lead in _LEAD_WORDS) and (
        not _ALNUM.search(text, q.close_at, se)
        # '“A,” said Lee. “B,” which Lee thinks ...': the writer's relative clause after a quotation that
        # carries on a quotation before it.
        or (not lead and prev is not None and prev.direct and bool(_WHICH_NEXT.match(text, q.close_at, se)))
    )
    if not whole:
        if _titled(text, spans) and not (n_words <= AS_NAME_MAX and _AS_BEFORE.search(text, ss, q.open_at)):
            # (but '... toasted the ferry as “Unsinkable”': one or two capitalised words after "as" are what
            # the subject called something, not a title)
            if text[q.close_at - 2 : q.close_at - 1] not in ("!", "?"):
                return None
            # '“Never!” the crowd roared.': an exclamation with its attribution, not a title.
            who = _quote_then_attribution(text, q, head, se, ms)
            if who is not None:
                return Statement(spans, who, None, (who.start, who.end), direct=True, passages=[q])
            np = _np_attribution(text, q, head, se)
            if np is not None:
                return Statement(spans, np[0], np[1], (np[0].start, np[0].end), direct=True, passages=[q])
            return None
        if "read" in head and _SIGN_READ.search(head):
            return None  # 'Lee wore a shirt that read “...”': the words on a thing, not Lee's
        clause = _fragment_clause(text, q, ss, se, ms)
        if named is None and n_words > 0:
            named = _named(text, q, ss, se, ms)
        if named is not None and not _introduced(text, q, head, se):
            # '... and Lee called the plan “a slow poison”': the statement is what is named and its name.
            piece, namer = named
            if namer is not None:
                return Statement([piece], namer, None, (namer.start, namer.end), direct=True, passages=[q])
            at = (q.open_at, q.open_at)
            st = Statement([piece], None, None, at, direct=True, from_subject=True, embedded=True)
            st.subject = _fragment_subject(text, q, ss, ms)
            st.passages.append(q)
            return st
        if clause is not None and _introduced(text, q, head, se):
            # 'As the crowd booed, Mayor Lee shouted, “Sit down!”': a whole quotation brought in by a comma or
            # colon at the end of a longer sentence is the statement, not the clause around it.
            at = (q.open_at, q.open_at)
            st = Statement(spans, None, None, at, direct=True, from_subject=True, embedded=True)
            st.passages.append(q)
            return st
        if clause is not None and short_ok:
            # '... blamed the law on “careless politicians.”': the subject's statement is the clause around
            # the quoted words (the corpus marks the clause, not just the quotation).
            at = (q.open_at, q.open_at)
            st = Statement([clause], None, None, at, direct=True, from_subject=True, embedded=True)
            st.subject = _fragment_subject(text, q, ss, ms)
            st.passages.append(q)
            return st
        who = _quote_then_attribution(text, q, head, se, ms)
        if who is not None:
            return Statement(spans, who, None, (who.start, who.end), direct=True, passages=[q])
        np = _np_attribution(text, q, head, se)
        if np is not None:
            return Statement(spans, np[0], np[1], (np[0].start, np[0].end), direct=True, passages=[q])
        if n_words >= EMBED_MIN:
            # A long quotation inside someone's sentence: "Trump vowed to “...”".
            at = (q.open_at, q.open_at)
            st = Statement(spans, None, None, at, direct=True, from_subject=True, embedded=True)
            st.passages.append(q)
            return st
        if short_ok and clause is None:
            that = _that_clause(text, q, ss, se)
            if that is not None:
                # 'Lee backed the deal, though she made it clear that it is “far from perfect”': no clause
                # after the subject's own verb, but a "that" clause holds the fragment.
                at = (q.open_at, q.open_at)
                st = Statement([that], None, None, at, direct=True, from_subject=True, embedded=True)
                st.subject = _that_subject(text, that[0], ms)
                st.passages.append(q)
                return st
        return None
    st = Statement(spans, None, None, (q.open_at, q.open_at), direct=True, continued=True, passages=[q])
    if prev is not None:
        # "Lee said the pier would close. “We have no money.”": the quotation carries on her statement;
        # after "released a statement on Friday:" it is the statement.
        if not prev.direct and len(prev.pieces) == 1 and cx.SAID_THING.fullmatch(text, *prev.pieces[0]):
            prev.pieces = []
        prev.direct = True
        prev.pieces.extend(spans)
        prev.passages.append(q)
        return None
    return st



def _that_clause(text: str, q: QuotedPassage, ss: int, se: int) -> Piece | None:
    """The clause after the last "that" before a quoted fragment, to the fragment's clause end."""
    that = text.rfind(" that ", ss, q.open_at)
    if that < 0 or _in_quotation(text, ss, that):
        return None
    a, b = trim(text, that + 6, _fragment_end(text, q, se))
    if a > q.open_at or b < q.close_at - 1:
        return None
    if _CLAUSE_CUT.search(text, a, q.open_at) or _QUOTE_MARK.search(text, a, q.open_at):
        return None  # the writer's clause after a "though", or another quotation's statement
    return a, b


_QUOTE_MARK = re.compile(r"[“”\"]|''")
_OWNER_NOUN = re.compile(r"(?:[’']s?)?(?:[ \t]+[a-z]+){1,3}[ \t]*")


def _that_subject(text: str, at: int, ms: list[Span]) -> Span | None:
    """The last mention before the "that" opening a clause at ``at``; an owner only right before its noun
    ("Lee's claim that")."""
    best = None
    for m in ms:
        if m.start >= at:
            break
        if m.quoted:
            continue
        if not m.possessive or _OWNER_NOUN.fullmatch(text, m.end, at - 5):
            best = m
    return best


# A naming verb, what it names (a few words, no clause) and the opening of the quoted name: "called her “",
# "calling the deal a “", "dubbed the mayor “".
_NAMING_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|dubbed|dubbing|labeled|labelled|labeling|branded|branding|termed|deemed"
    r"|nicknamed"
    r"|(?P<as>described|describing|referred[ \t]+to|referring[ \t]+to|portrayed|portraying|characterized"
    r"|characterizing|hailed|hailing))[ \t]+"
    r"((?:(?!(?:that|who|which|for|on|by|to|in)\b)[\w’'.-]+,?[ \t]+){1,6})[\"“‘']?$"
)
_NAMING_HINT = re.compile("call|dub|label|brand|describ|referr|portray|characteriz|hail|term|deem|nickname")
_NAMED_FILLERS = frozenset("a an the as".split())
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_VERB_FORMS = frozenset(lx.CUE_FORMS).difference(lx.NOUNISH_FORMS)  # speech verbs that are no nouns
_CALLED_NOT_SO = re.compile(r"(?<!\bso-)(?<!\bso )(?<!\bso- )\bcalled\b")
_WHAT_NAMER = re.compile(r"\bwhat(?:[ \t]+[\w’'.-]+){1,4}[ \t]+$")
_NAMER_GAP = re.compile(r"(?:[ \t]+(?:[a-z]+ly|also|then|later|even|has|have|had|is|are|was|were))*[ \t]+")
_AFTER_FRAGMENT = re.compile(r",[ \t]|[ \t][—–][ \t]?|[ \t]--[ \t]|;|\([ \t]")
_VERB_SKIP = frozenset(
    """also both then later again recently previously repeatedly once even still just has have had was were
    is are will would could should may might did does do not never already further""".split()
)
_WORD = re.compile(r"[ \t]*([A-Za-z’'-]+)")
_SIGN_READ = re.compile(r"\b(?:that|which)[ \t]+reads?[ \t,]*$")
_CIRCUMSTANCE = frozenset("for with around at from".split())  # opening a fragment's clause: no statement


def _fragment_subject(text: str, q: QuotedPassage, ss: int, ms: list[Span]) -> Span | None:
    """The first mention before a quoted fragment that can be the subject of its sentence."""
    for m in ms:
        if m.start >= q.open_at:
            break
        if m.quoted or m.possessive:
            continue
        if _word_before(text, ss, _np_start(text, m.start)) in _NOT_SUBJECT_AFTER:
            continue
        return m
    return None


def _first_verb(text: str, pos: int, end: int) -> str:
    """The first word from ``pos``, past auxiliaries and adverbs (lower case), or ''."""
    while True:
        w = _WORD.match(text, pos, end)
        if w is None:
            return ""
        pos = w.end()
        low = w.group(1).lower()
        if low in _VERB_SKIP or low.endswith("ly"):
            continue
        return low


def _fragment_end(text: str, q: QuotedPassage, se: int) -> int:
    """Where the clause holding a quoted fragment ends: with the quotation's own (", saying ...",
    " — which ...", '“...,” but', '“...” and cast doubt on')."""
    if text[q.close_at - 2 : q.close_at - 1] == "," or _CIRC_AFTER.match(text, q.close_at, se):
        return q.close_at
    e = _AFTER_FRAGMENT.search(text, q.close_at, se)
    return e.start() if e is not None else se


def _named(text: str, q: QuotedPassage, ss: int, se: int, ms: list[Span]) -> tuple[Piece, Span | None] | None:
    """'... and called the plan “a slow poison”': what a naming verb right before a quoted fragment names,
    with the fragment, to the fragment's clause end; and who is written right before the verb."""
    lo = max(ss, q.open_at - 80)
    if _NAMING_HINT.search(text, lo, q.open_at) is None:
        return None  # (a cheap look for the verb before the full pattern)
    m = _NAMING_BEFORE.search(text, lo, q.open_at)
    if m is None or _in_quotation(text, ss, m.start()) or not set(m.group(2).split()) - _NAMED_FILLERS:
        return None  # (not 'a game many are calling an “instant classic”': the thing named comes first)
    if m.group("as") and _AS_BEFORE.search(text, m.start(2) - 1, q.open_at) is None:
        return None  # 'described the plan as “...”': only with the "as"
    if _WHAT_NAMER.search(text, max(ss, m.start() - 40), m.start()):
        return None  # 'what Lee calls the mayor's “folly”': the words after the verb are the name
    a, b = trim(text, m.start(2), _fragment_end(text, q, se))
    if b < q.close_at - 1 or _CLAUSE_CUT.search(text, a, b):
        return None
    namer = None
    for x in ms:
        if x.end > m.start():
            break
        if not x.quoted and not x.possessive and _NAMER_GAP.fullmatch(text, x.end, m.start()):
            namer = x if namer is None or namer.end < x.end else namer
    return (a, b), namer


def _speech_verb_before(text: str, q: QuotedPassage, ss: int, ms: list[Span]) -> bool:
    """Whether a speech verb comes between a quoted fragment's subject and the fragment: the subject's own
    ('Lee was said to be “livid”'), or one further on that is no noun-like form nor "so-called" ('Lee, back
    from the port, later told the crews it was “not over”')."""
    subj = _fragment_subject(text, q, ss, ms)
    if subj is None:
        return False
    if _first_verb(text, subj.end, q.open_at) in lx.CUE_FORMS:
        return True
    hits = _VERB_FORMS.intersection(_LOWER_WORD.findall(text, subj.end, q.open_at))
    if hits - {"called"}:
        return True
    return bool(hits) and _CALLED_NOT_SO.search(text, subj.end, q.open_at) is not None


def _fragment_clause(text: str, q: QuotedPassage, ss: int, se: int, ms: list[Span]) -> Piece | None:
    """The clause after the subject's verb that holds a quoted fragment, to the sentence's end."""
    subj = _fragment_subject(text, q, ss, ms)
    if subj is None:
        return None
    pos = subj.end
    if text.startswith(",", pos):
        j = text.find(",", pos + 1, q.open_at)
        if j < 0:
            return None
        pos = j + 1
    while True:
        w = _WORD.match(text, pos, q.open_at)
        if w is None:
            return None
        word = w.group(1)
        pos = w.end()
        low = word.lower()
        if low in _VERB_SKIP or low.endswith("ly"):
            continue
        if not word.islower() or low in lx.PREPOSITIONS or low in _DANGLING:
            return None
        break
    end = _fragment_end(text, q, se)
    cut = _CLAUSE_CUT.search(text, pos, end)
    that = text.rfind(" that ", pos, q.open_at)
    if that > pos and not _in_quotation(text, pos, that):
        pos = that + 1  # 'told her husband, Ed, that it would be “ugly”': the clause after "that"
    a, b = trim(text, pos, cut.start() if cut else end)
    if a > q.open_at or b < q.close_at - 1:
        return None
    w = _WORD.match(text, a, q.open_at)
    if w is not None and w.group(1) in _CIRCUMSTANCE:
        return None  # 'Lee campaigned for “real change”': a circumstance of the verb, not what was said
    return a, b


# Words an attribution after a short opening quotation may have: '“No,” Lee told reporters at the door.'
_ATTRIBUTION_MAX = 12
_INVERTED_VERB = re.compile(r"[ \t]+[a-z]+ed[ \t]+")


def _quote_then_attribution(text: str, q: QuotedPassage, head: str, se: int, ms: list[Span]) -> Span | None:
    """'“Go home,” barked Lee.' / '“This is great!” Lee beamed.': a short quotation opening the sentence,
    then a few words naming who said it, whatever the verb."""
    if head.strip() or text[q.close_at - 2 : q.close_at - 1] not in (",", "?", "!"):
        return None
    rest = text[q.close_at : se]
    if not _CLOSES.search(rest):
        return None
    if len(rest.split()) > _ATTRIBUTION_MAX:
        # '“What a night!” grinned Bo Hart of Dover, who ...': the verb, then the speaker, then about them.
        v = _INVERTED_VERB.match(text, q.close_at, se)
        return next(
            (m for m in ms if v and m.start == v.end() and m.kind == "name" and not m.quoted), None
        )
    return next(
        (m for m in ms if q.close_at <= m.start and m.end <= se and not m.quoted), None
    )


# '“...,” a startled boatman exclaimed.' / '“...,” said one member close to the talks, who ...': a quotation
# opening the sentence, then a speech verb and a plain noun phrase that no mention covers.
_NP_ATTR_END = re.compile(r"[,.;!?()—–\"“”]")
_NP_ATTR_MAX = 9
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")
_RELATIVE = re.compile(r"[ \t](?:who|whose|which|that)\b")


def _np_attribution(text: str, q: QuotedPassage, head: str, se: int) -> tuple[Span, str] | None:
    """The noun phrase and cue of an attribution after a quotation that opens its sentence."""
    if head.strip() or text[q.close_at - 2 : q.close_at - 1] not in (",", "?", "!"):
        return None
    if not _CLOSES.search(text, q.close_at, se):
        return None
    c = cx.CUE.search(text, q.close_at, min(se, q.close_at + 120))
    if c is None:
        return None
    form = _form(c)
    if form in lx.NOUNISH_FORMS:
        return None
    if text[q.close_at : c.start()].strip():
        start, end = q.close_at, c.start()
    else:
        e = _NP_ATTR_END.search(text, c.end(), se)
        start, end = c.end(), e.start() if e is not None else se
    if start > q.close_at:
        # "..., said one of the deckhands who saw it": the relative clause is about the speaker.
        rel = _RELATIVE.search(text, start, end)
        end = rel.start() if rel is not None else end
    words = text[start:end].split()
    if start == q.close_at and 0 < len(words) <= 2 and all(_CAPITAL_WORD.fullmatch(w) for w in words):
        if _CLOSES.match(text, c.end(), se):
            # '“...,” Varga wrote.': a bare name no mention took (also a word: "Will", "From", "May").
            a, b = text.find(words[0], start, end), end
            while text[b - 1].isspace():
                b -= 1
            span = Span(a, b, "desc", text[a:b], role="")
            return span, form
        return None
    while len(words) > 1 and words[-1].endswith("ly"):
        words.pop()  # "the crowd loudly chanted"
    if not words or len(words) > _NP_ATTR_MAX or words[0].lower() not in _NP_FIRST:
        return None
    lows = [w.lower().strip(",.'’") for w in words]
    if any(w in _NP_STOP or w in _AUX for w in lows):
        return None
    span = _np_from_words(text, start, end, words)
    return (span, form) if span is not None else None


# Verbs the colon subject's noun phrase ends before, besides auxiliaries, cue forms and "-ed" forms.
_COLON_VERBS = frozenset(
    "gave gives sent sends goes went had read wrote put ends began made took got".split()
)
_TOKEN = re.compile(r"\S+")


def opening_np(text: str, ss: int, colon: int) -> Span | None:
    """The plain noun phrase opening text[ss:colon], up to the verb after it: 'Another voter posted: “...”',
    'The flyer goes on to say: “...”' (a quotation after a colon whose sentence no mention is subject of)."""
    toks = list(_TOKEN.finditer(text, ss, colon))
    k = 0
    while k < len(toks) - 1 and toks[k].group().lower() in _OPENING_CONJ:
        k += 1
    if k >= len(toks) or toks[k].group().lower() not in _NP_FIRST:
        return None
    for i in range(k + 1, min(len(toks), k + 7)):
        low = toks[i].group().lower()
        if low in _AUX or low in lx.CUE_FORMS or low in _VERB_SKIP or low in _COLON_VERBS or low.endswith(
            ("ed", "ly")
        ):
            words = [t.group() for t in toks[k:i]]
            if any(w[-1:] in ",;" for w in words):
                return None
            return _np_from_words(text, toks[k].start(), toks[i].start(), words)
    return None
