"""The speaker of a cue among the sentence's mentions: the subject before the cue, the name after it
("..., said Ann Lee"), the antecedent of "who said", the mention opening the sentence, the owner of
"Lee's call for"."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import cues as cx
from bot.extract import lexicon as lx
from bot.extract.mentions import Span
from bot.extract.noun_phrases import NP_FIRST, NP_STOP, OPENING_CONJ, np_from_words, np_subject
from bot.extract.statement_base import AUX, np_start, word_before

_ROLE_TOKEN: Final = re.compile(r"[A-Za-z]+|[\w/]*\d[\w/-]*")  # "party boss", "9/11 widow", "49-year-old"
_POSS_GAP: Final = re.compile(r"(?:['’]s)?[ \t]+(?:[a-z]+[ \t]+){0,2}")
_PARTICIPLE_AFTER_COMMA: Final = re.compile(r",[ \t]+[a-z]+ing[ \t]")
_RESIDENCE: Final = re.compile(r",[ \t]*of[ \t]+$")
# A mention after these is not the subject: "lawmakers in Marensk had demanded" ("half of voters said" is).
NOT_SUBJECT_AFTER: Final = frozenset(
    """in on at with by for from to about against into onto over under near toward towards through via per
    including among between like than without within""".split()
)

# "Of Lee, Ray said": the topic, not the speaker.
_NOT_FIRST_SUBJECT_AFTER: Final = NOT_SUBJECT_AFTER | {"of"}

_BARE_COMMA: Final = re.compile(r"[ \t]*,[ \t]*")

# A name then its appositive: "Ann Lee, ...", "Ann Lee (D-Md.), ...", "Ann Lee of Ohio, ...".
_APPOS_START: Final = re.compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?[ \t]*(?:\([^)]{0,60}\))?[ \t]*,[ \t]*"
)

_ROLE_AFTER: Final = re.compile(r"[ \t]+([a-z]+)")


def _gap_fits(text: str, gap: str, end: int, cue_start: int) -> bool:
    """Whether the gap text[end:cue_start] (``gap``) lets the mention ending at ``end`` head the cue."""
    if not gap.strip(" \t,") and gap.count(",") < 2:
        return True
    return cx.GAP.fullmatch(text, end, cue_start) is not None


# A relative clause closed by a comma right before the cue: "Ruiz, who backed Orr in May, said".
_REL_CLAUSE: Final = re.compile(r",[ \t]*(?:who|whom|whose|which)\b[^,;:()\"“”—–]{1,120},[ \t]*$")


def left_subject(text: str, ms: list[Span], cue_start: int, floor: int) -> Span | None:
    rel = _REL_CLAUSE.search(text, max(floor, cue_start - 130), cue_start)
    if rel is not None:
        # Someone named inside the clause is not its antecedent's subject: look before the clause, as if
        # its opening comma stood right before the cue.
        subj = _left_subject(text, ms, rel.start() + 1, floor)
        if subj is not None:
            # "Ann Lee, the head of the Guild of Bakers, which ..., said": whom the appositive describes.
            first = next((m for m in ms if m.start >= floor and not m.quoted), None)
            if (
                first is not None
                and first.kind == "name"
                and not first.possessive
                and first.entity_kind == "person"
                and first.end < subj.start
                and cx.LONG_APPOSITIVE.fullmatch(text, first.end, rel.start() + 1)
            ):
                return first
            return subj
    return _left_subject(text, ms, cue_start, floor)


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
        if word_before(text, floor, np_start(text, m.start)) in NOT_SUBJECT_AFTER:
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
                if not (found.kind == "name" and found.entity_kind == "person" and m.kind != "name") and (
                    word_before(text, floor, np_start(text, m.start)) != "of"
                ):
                    found = m  # not the topic in "Of Lee, Ray said"
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
                and word_before(text, floor, first.start) not in _NOT_FIRST_SUBJECT_AFTER
            )
            and first.kind in ("name", "desc")
            and cx.LONG_APPOSITIVE.fullmatch(text, first.end, cue_start)
        ):
            return first
    if found is None and blocked:
        # "lawmakers in Marensk had demanded": the subject is the phrase, not the place.
        return np_subject(text, floor, cue_start)
    return found


def right_subject(text: str, ms: list[Span], cue_end: int, se: int) -> Span | None:
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
    if words[0].lower() not in NP_FIRST or len(words) < 2 and words[0].lower() in ("the", "a", "an"):
        return None
    if any(w.lower() in NP_STOP or w.lower() in AUX for w in words[1:]):
        return None  # "..., said the tolls were unfair.": a clause, not who said it
    name = " ".join(words[1:]) or words[0]
    span = Span(t.start(1), t.end(1), "group", t.group(1), name=name, role=words[-1])
    span.entity_kind = "group"
    return span


POSSESSIVES: Final = frozenset("his her its their".split())


def owner_mention(text: str, ms: list[Span], at: int) -> Span | None:
    """The mention owning the noun at ``at``: "Lee's call", "her call" (the possessive right before it)."""
    before = [m for m in ms if m.end <= at and not m.quoted]
    if not before:
        return None
    m = before[-1]
    if text[m.end : at].strip() in ("", "’s", "'s"):
        return m
    # "Lee renewed her calls for": the possessive pronoun is the sentence's last person or body before it.
    return m if text[at - 6 : at].split()[-1:] and text[at - 6 : at].split()[-1] in POSSESSIVES else None


_WITH_MODIFIERS: Final = frozenset("former then fellow top senior rival longtime veteran".split())


def with_before(text: str, ss: int, at: int, words: frozenset[str] = frozenset(("with",))) -> bool:
    """Whether one of ``words`` stands before ``at``, past a few modifiers ("with former Gov. Lee")."""
    for _ in range(3):
        w = word_before(text, ss, at)
        if w in words:
            return True
        if w not in _WITH_MODIFIERS:
            return False
        at = text.rfind(w, ss, at)
    return False


_RIGHT_FILLER: Final = frozenset("the a an former then longtime veteran".split())
_RIGHT_NP: Final = re.compile(r"[ \t]+((?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+)[ \t]*(?=[.,;!?]|$)")

_MONTH: Final = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHO: Final = re.compile(
    r"(,[ \t]*)?\bwho(?:[ \t]+(?:has|have|had|also|later|previously|repeatedly|since|once|often|now|then"
    r"|still|earlier|recently|last[ \t]+(?:year|week|month|\w+day)|this[ \t]+(?:year|week|month)"
    r"|on[ \t]+\w+day|in[ \t]+(?:(?:early|late)[ \t]+)?(?:" + _MONTH + r"(?:[ \t]+\d{4})?|\d{4}))"
    r"|['’](?:ve|d|s))*[ \t]*$"
)


def relative_subject(text: str, ss: int, cue: int, ms: list[Span]) -> tuple[Span, bool] | None:
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
_ANTECEDENT_LINK: Final = re.compile(
    r"(?:^|[ \t,])(?:[a-z]{2,}ing|among|from|with|by|for|like|are|were|is|was|and|or)[ \t]+"
    r"((?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)[ \t]*$"
)


def _antecedent_after_link(text: str, ss: int, at: int) -> Span | None:
    m = _ANTECEDENT_LINK.search(text, max(ss, at - 50), at)
    if m is None:
        return None
    return np_from_words(text, m.start(1), at, text[m.start(1) : at].split())


_OPENING_STOP: Final = frozenset(
    """after before when while because since if although though as once until unless whether where
    alongside amid despite following unlike beyond besides throughout given""".split()
)

_OPENING_BREAK: Final = re.compile(
    r",[ \t]+(?:and|but|or)[ \t]|\b(?:after|before|when|while|because|since|although|though|if|unless|until"
    r"|whereas|whether|is[ \t]+that|was[ \t]+that)\b"
)
_OPENING_CLAUSE: Final = re.compile(
    r",[ \t]+(?:although|though|while|whereas|when|because|as(?![ \t]+well)|if|even[ \t]+as)[ \t]"
)
_OPENING_NP_END: Final = re.compile(
    r"[,;:()—–]|[ \t]-[ \t]|[ \t](?:who|whose|that|which|in|at|of|with|from|on|interviewed|including|like)\b"
)


def opening_subject(text: str, ss: int, cue: int, ms: list[Span]) -> Span | None:
    """The mention opening the sentence as the subject of a far "said", when nothing closer is: "Lund and
    other pilots opposed to the night shifts said"."""
    words = text[ss:cue].split()
    if not words or not words[0][:1].isalpha():
        return None
    k = 0
    while k < len(words) - 1 and words[k].lower().strip(",") in OPENING_CONJ:
        k += 1
    first = words[k]
    low = first.lower()
    if low in _OPENING_STOP or low in lx.PREPOSITIONS or low.endswith("ing") or (
        low in NP_STOP and low not in ("he", "she", "they")
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
