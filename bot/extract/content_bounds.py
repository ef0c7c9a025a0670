"""Where a cue's reported content begins and ends: the words after the cue that open it ("that",
"about", an object), and the cuts where the writer's own words take over (a "though" clause, a
closing participle, where or when it was said, the end of a subordinate clause)."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import cues as cx
from bot.extract import lexicon as lx
from bot.extract.statement_base import ANY_MARK, QUOTE_START, in_quotation

# Where a reported clause gives way to the writer's own: "..., though voters were unsure".
CLAUSE_CUT: Final = re.compile(
    # '... is “losing the war,” part of a week of attacks': the writer's description of what was said.
    r"(?<=,[”\"’])[ \t]+part[ \t]+of[ \t]+(?:a|an|the|his|her|their|its)\b"
    r"|,[ \t]+(?:though|although|even[ \t]+though|whereas|as[ \t]+(?:have|has|had|did|do|does)"
    r"|compared[ \t]+(?:to|with)|but[ \t]+(?:for|among|according[ \t]+to)[ \t]+\w+"
    # "..., but she has bristled at ...", "..., but there is anger ...": the writer goes on.
    r"|but[ \t]+(?:(?:she|he|they)[ \t]+(?:has|have)|there[ \t]+(?:is|are|was|were|has|have))[ \t]+\w+)\b"
)
# A verb in the past tense: a regular one, or a common irregular one.
_PAST: Final = r"[a-z]{2,}ed|said|told|made|went|took|gave|left|met|spoke|wrote|sent|held|got"
# Each alternative of its opening (",? and|but", or ",") starts with a character of its own, which lets the
# search skip to a comma or blank.
_NEXT_VERB: Final = re.compile(
    r"(?:,[ \t]+(?:and|but)| [ \t]*(?:and|but)|\t[ \t]*(?:and|but)|,)"
    r"[ \t]+(?:(?:then|also|later|instead|even|not|only|quickly|again)[ \t]+)*"
    rf"(?:{_PAST}|won)\b"
)
# The searched patterns below open with "[ \t][ \t]*" for "[ \t]+": a pattern opening with a character class
# lets the search skip to a blank, where one opening with a repeat is tried at every character.
_OBJECT_TAIL: Final = re.compile(
    r"[ \t][ \t]*(?:at|in|on|during)[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:[\w’'.-]+[ \t]+){0,4}?"
    r"(?:rally|interview|statement|speech|news[ \t]+conference|press[ \t]+conference|town[ \t]+hall|event"
    r"|appearance|debate|hearing|show|program|broadcast|podcast|op-ed|column|tweet|post|letter|video"
    r"|visit|stop|luncheon|dinner|forum|briefing|session|call|address|episode|segment|memo|email|report|book"
    r"|essay|article|piece)s?\b"
)

_AND_VERB: Final = re.compile(
    r"[ \t][ \t]*and[ \t]+(?:then[ \t]+|also[ \t]+|later[ \t]+)?"
    r"(?:[a-z]{2,}ed|was|were|went|took|made|left|led)\b"
)
# Cues whose clause often runs on past a comma and a participle ("said officers still patrol the pier, handing
# out fines"): no participle cut after them.
_ING_KEEP: Final = frozenset("say insist recall argue tell write claim".split())

_OBJECT_WHEN: Final = re.compile(
    r",[ \t]+but\b"
    r"|[ \t]+(?:(?:just|days|weeks|months|years|hours|shortly|soon|long)[ \t]+)?(?:before|after|because)\b"
)
_PRONOUN_CLAUSE: Final = re.compile(
    r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)[ \t]+)?"
    r"(?:that|he|she|they|it|we|I)\b"
)
# Cues whose object is a topic ("explained his reasoning in an interview"): the circumstance after it is not.
_TOPIC_CUES: Final = frozenset("explain recount reiterate talk speak".split())
_A_TAIL: Final = re.compile(r",[ \t]+(?:a|an)[ \t]+[^,;\"“”]*$")
# "..., forcing the council to ...": a participle after a comma is the writer's comment on what was said.
_ING_TAIL: Final = re.compile(
    r",[ \t]+(?!(?:includ|accord|exclud|dur|follow|regard|concern|notwithstand|pend|br|spr|str)ing\b)"
    r"[a-z]{2,}ing\b"
)
# Not a tail: "in fact, ...", "covering up, delaying, ..." (a list), "for all ..., managing costs ...".
_ING_TAIL_BEFORE: Final = re.compile(
    r"(?:\b(?:fact|instance|example|that|course|turn|short|all)|\w+ing(?:[ \t]+\w+)?)$"
)
# "the dockers, numbering nine, voted ...": a parenthetical participle before the clause's own verb.
_ING_FINITE_LATER: Final = re.compile(
    r",[ \t]+(?:[a-z]+ed|[a-z]+s|is|are|was|were|has|have|had|will|would)\b"
)
# "..., and he left for Veldt", "..., and delayed the vote": a new clause, or the subject's next deed.
_AND_CLAUSE: Final = re.compile(
    r",[ \t]+and[ \t]+(?:(?:he|she|they|we|I)[ \t]|(?:(?:has|have|had|also|then|later)[ \t]+)*[a-z]+ed\b)"
)
# A sentence opening with a subordinate clause: "As ...", "Even after ...", "Three years after ...".
_OPENING_SUB: Final = re.compile(
    r"[ \t\"“]*(?:(?:And|But|So|Yet)[ \t]+)?"
    r"(?:(?:Even|Just|Only|Shortly|Soon|Long|\w+[ \t]+(?:years|months|days|weeks))[ \t]+)?"
    r"(?:As|While|After|Although|Though|When|Whenever|If|Since|Because|Before|Until|Once|Whereas|Unless"
    r"|after|as|when|while|though|although|since|before|until|once|if)[ \t]"
)
_CLAUSE_BREAK: Final = re.compile(r"[;—–]|[ \t]--?[ \t]")
_MID_SUB: Final = re.compile(
    r"[ \t]+(?:(?:and|but|even|just|only)[ \t]+)?"
    r"(?:if|as|while|although|though|when|whenever|after|before|because|since|until|once|whereas|unless)[ \t]"
)
_ING_ADJ_LIST: Final = re.compile(r"[ \t]*(?:,|and\b|or\b)")  # "a kind, loving and able man": adjectives
_ING_NOUN: Final = re.compile(r"[ \t]+\w+[ \t]+(?:is|are|was|were|has|have|will|would)\b")
_NP_TAIL: Final = re.compile(r",[ \t]+(?:the|a|an)[ \t]+[^,;\"“”]*$")

_WHICH_TAIL: Final = re.compile(r",[ \t]+which\b[^,;\"“”]*$")


def _after_that(text: str, a: int) -> bool:
    return text.startswith("that", a) or text[max(0, a - 6) : a].rstrip(" \t,:").endswith("that")


def content_end(text: str, a: int, b: int, lemma: str) -> int:
    """Where a reported clause starting at ``a`` gives way to the writer's own words (``b`` at most)."""
    # The cut, tail and and-clause patterns all start with a comma: no comma, no search through the clause.
    comma = text.find(",", a, b) >= 0
    # The and-clause and and-verb patterns need an "and" (looked for before b is cut below: a stale yes only
    # costs a search).
    has_and = text.find("and", a, b) >= 0
    cut = CLAUSE_CUT.search(text, a, b) if comma else None
    if cut is not None:
        return cut.start()
    if comma:
        if text.find("ing", a, b) >= 0 and lemma not in _ING_KEEP:
            b = _ing_tail(text, a, b)
        for m in _AND_CLAUSE.finditer(text, a, b) if has_and else ():
            if m.start() - a > 10 and not in_quotation(text, a, m.start()):
                b = m.start()
                break
    if lemma not in lx.NP_OBJECT_CUES and lemma not in _ING_KEEP and not _after_that(text, a):
        # "admitted it lost the files and closed the office": the subject's next act, not what was said
        # (inside a that-clause the verbs share its subject: "clarified that she misspoke and meant ...").
        for v in _AND_VERB.finditer(text, a, b) if has_and else ():
            if not in_quotation(text, a, v.start()):
                b = v.start()
                break
    if lemma not in lx.NP_OBJECT_CUES:
        t = _A_TAIL.search(text, a, b) if comma else None
        if t is not None and not in_quotation(text, a, t.start()):
            return t.start()  # "vowed to repeal the act, a law that ...": the writer's description
        return _object_tail(text, a, b, lemma) if lemma in _TOPIC_CUES else b
    w = _WHICH_TAIL.search(text, a, b) if comma else None
    if w is not None:
        return w.start()  # "... criticized the plan, which the board adopted in May.": the writer's words
    for t in _NP_TAIL.finditer(text, a, b) if comma else ():
        if not in_quotation(text, a, t.start()):
            b = t.start()  # "praised the pact, the first of its kind, ...": the writer's description
            break
    # Every match opens with a comma, "and" or "but" (``comma`` was found before b was cut: it may be gone).
    verbs = comma or has_and or text.find("but", a, b) >= 0
    for v in _NEXT_VERB.finditer(text, a, b) if verbs else ():
        if in_quotation(text, a, v.start()):
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
    if t is not None and not in_quotation(text, a, t.start()) and text.find(" that ", a, t.start()) < 0:
        b = t.start()
    if lemma == "call" or ANY_MARK.search(text, a, b) or _PRONOUN_CLAUSE.match(text, a, b):
        return b
    lo = a + 3
    # Every match holds "but", "be(fore|cause)" or "after".
    when = text.find("be", lo, b) >= 0 or text.find("after", lo, b) >= 0 or text.find("but", lo, b) >= 0
    w = _OBJECT_WHEN.search(text, lo, b) if when else None
    return b if w is None else w.start()


def subordinate_end(text: str, ss: int, attr: int, cue_end: int, b: int) -> int:
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
    if k < 0 or in_quotation(text, cue_end, k) or text.startswith(" or ", k + 1):
        return b
    if QUOTE_START.match(text, k + 1):
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
            and not in_quotation(text, a, at)
        ):
            return at
    return b


def svo_ok(text: str, lemma: str, pos: int, end: int) -> bool:
    """Whether what follows a cue can be what was said ("added that ..." yes, "adding to his lead" no)."""
    bad = cx.NOT_SPEECH_AFTER.get(lemma)
    if bad is not None and bad.match(text, pos, end):
        return False
    need = cx.CLAUSE_REQUIRED.get(lemma)
    return need is None or bool(need.match(text, pos, end))


_IF_WHETHER: Final = re.compile(r"\b(?:if|whether)\b")
_SAID_AMOUNT_ABOUT: Final = re.compile(
    r"[ \t]+(?:(?:almost|very|relatively|so|too)[ \t]+)?(?:little|nothing|much|more|less|a[ \t]+lot|plenty)"
    r"(?:[ \t]+publicly)?[ \t]+(?:about|of|on)[ \t]+"
)


_QUOTE_IN: Final = re.compile(r"[\"“]")


def after_cue(text: str, pos: int, right: int, lemma: str) -> int:
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


# '... chanted “Not again” until the speaker left', '... “X” like Lee did', '... “X” and she left': what
# follows the quotation is the writer's (a time, a comparison, a new clause with its own subject).
CIRC_AFTER: Final = re.compile(
    r",?[ \t]+(?:after|during|until|like|(?:moments|minutes|hours)[ \t]+(?:after|before))\b"
    r"|,?[ \t]+(?:before[ \t]+[a-z]+ing|as[ \t]+(?:he|she|they))\b"
    r"|[ \t]+and[ \t]+(?:he|she|they)[ \t]"
    # '... “a fraud” and cast doubt on ...': the subject's next act.
    r"|[ \t]+and[ \t]+(?:(?:then|also|later|reportedly|even)[ \t]+)?"
    rf"(?:{_PAST}|[a-z]{{3,}}ing|cast|threw|stood|vowed)\b"
    r"(?![^\"“”\n]*(?:[\"“]|''))"
)
