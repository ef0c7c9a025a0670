"""Statements attributed by a cue in one sentence: each cue's speaker (before the cue, after it, or the
sentence's subject), then the content pieces it reports."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import cues as cx
from bot.extract import lexicon as lx
from bot.extract.according import according_statement, source_end
from bot.extract.content_bounds import after_cue, content_end, subordinate_end, svo_ok
from bot.extract.direct import QuotedPassage
from bot.extract.mentions import Span
from bot.extract.noun_phrases import LEAD_CONJ, np_subject, with_np
from bot.extract.quoted_pieces import introduced_quote, is_quote_piece, quote_before, quote_closing
from bot.extract.statement_base import (
    ALNUM,
    AUX,
    CLOSERS,
    CLOSES,
    MARKS,
    QUOTE_START,
    Piece,
    Statement,
    cue_form,
    has_words,
    in_quotation,
    is_title,
    last_char,
    np_start,
    trim,
    word_after,
    word_before,
)
from bot.extract.subjects import (
    POSSESSIVES,
    left_subject,
    opening_subject,
    owner_mention,
    relative_subject,
    right_subject,
    with_before,
)

_OPEN_ENDERS: Final = frozenset(",\"”’'“")  # (“: an opening mark typed for the closing one)
_PROGRESSIVE: Final = frozenset("is are was were been be s".split())

# "..., said Ann Lee, director of the county project.": the speaker's appositive closes the sentence.
_CLOSING_APPOSITIVE: Final = re.compile(
    r"[ \t]*,[ \t]*(?!(?:but|and|yet|so|or|as|because|although|though|while|if|then|adding|noting|saying)\b)"
    r"(?:[a-z]+|[A-Z][\w.-]*['’]s)[ \t][^\"“”;:]*?[.!?]?[\"”’']?[ \t]*$"
)
_RESUMED: Final = re.compile(
    r",[ \t]+(?=(?:would|will|is|was|are|were|has|have|had|could|should|can|may|might|must|does|did)\b)"
)

_CLOSER_TUPLE: Final = tuple(CLOSERS)  # for str.endswith

_QUOTE_UPPER: Final = re.compile(r"[ \t]*[\"“‘'«„‹]+[A-Z]")

_CONTINUED_TO: Final = re.compile(
    r"\b(?:continued|continues|continue|continuing|keeps|kept|(?:went|goes|go|going)[ \t]+on)[ \t]+to[ \t]+$"
)
_INDEFINITE_NP: Final = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w'’-]+[ \t]+){1,4}$")
_AND_AUX: Final = re.compile(
    r"[ \t](?:and|but)(?:[ \t]+(?:has|have|had|would|will|also|then|later|repeatedly|often|since|[a-z]+ly))+"
    r"[ \t]+$"
)
_PROGRESSIVE_ADV: Final = re.compile(
    r"\b(?:is|are|was|were|been|['’]s|['’]re)"
    r"(?:[ \t]+(?:also|now|still|again|already|repeatedly|not|[a-z]+ly))+[ \t]+$"
    r"|\b(?:is|are|was|were)n['’]t[ \t]+(?:(?:also|now|still|yet|[a-z]+ly)[ \t]+)?$"
)
_SAY_NOUN_BEFORE: Final = frozenset("a the final last no any greater bigger larger equal real".split())
_ING_ADVERBS: Final = frozenset("then also again later even first once still now repeatedly".split())
_ING_SKIP: Final = re.compile(r"[ \t]*(?:and[ \t]+)?\w+ing\b")
# "A, he said, replacing her would be harder": a gerund subject with its verb, the statement going on.
_GERUND_SUBJECT: Final = re.compile(
    r"[ \t]*\w+ing\b[^,;:.\"“”]{0,60}?[ \t](?:would|will|is|was|could|can|may|might|must|should)\b"
)

_TAIL_QUOTE: Final = re.compile(r"[^\"“”‘’«».;!?]{1,100}?,[ \t]*(?=[\"“‘«„])")
_CLAUSE_NEXT: Final = re.compile(
    r"[ \t]+(?:that|he|she|they|it|we|i|you|there|this|these|his|her|their|its|our|my)[ \t]"
)
_QUOTE_CHAR: Final = re.compile(r"[\"“”]")
_CLOSE_CHARS: Final = "".join(CLOSERS)


def _clause_after_cue(text: str, lo: int, attr_at: int, at: int, end: int) -> bool:
    """A clause after the cue ('... the mayor said her bid was strong'); one that quotes someone only when
    the quotation before the subject closes with a comma, inside the sentence ('To cries of “Lee!,” ...'),
    not with a full stop (a sentence the attribution was joined to)."""
    if not _CLAUSE_NEXT.match(text, at, end):
        return False
    if not _QUOTE_CHAR.search(text, at, end):
        return True
    before = text[lo:attr_at].rstrip().rstrip(_CLOSE_CHARS)
    return before.endswith(",")


_BARE_TAIL: Final = re.compile(r"[ \t]+[\"“‘«„]")


def _bare_tail_quote(text: str, before: Piece, at: int, passages: list[QuotedPassage]) -> bool:
    """'“A,” Lee said “B.”': after a quotation and its attribution, a quotation right after the cue with no
    comma before it, and no title ('told “Harbor Talk”')."""
    m = _BARE_TAIL.match(text, at)
    if m is None or not is_quote_piece(text, before, passages):
        return False
    q = next((q for q in passages if q.open_at == m.end() - 1), None)
    return q is not None and not is_title(text, q.spans)


_ASKED_BEFORE: Final = frozenset(("", "when", "was", "were", "after", "being", "been", "if", "is"))
_ASKED_Q: Final = re.compile(
    r"(?:[ \t]+(?:by|on|at|in|during|later|again|repeatedly|directly|recently|specifically)\b"
    r"[^,;:\"“”]{0,40}?)?"
    r"[ \t]+(?:about[ \t]+|(?=(?:if|whether|what|who|whom|why|how|which|when)\b))"
)

_AND_ING: Final = re.compile(r"[ \t][ \t]*and[ \t]+(?:then[ \t]+|also[ \t]+)?[a-z]{3,}ing\b")

_SHORT_ANSWER: Final = re.compile(
    r"(yes|no|so)\b(?=[ \t]*(?:[,;.]|$)|[ \t]+(?:in|while|but|when|after|before|on|last)\b)"
)

_NEST_KEEP: Final = frozenset(("say", "tell"))
_NAMING: Final = frozenset(("call", "describe", "dub", "label", "term"))
_RELATIVE_NAMING: Final = frozenset(("what",))
_NEST_BREAK: Final = re.compile(r"[,;:\"“”‘’«»—–()]|\b(?:and|but|while|whereas|as|because)\b")

# The forms whose first word is a participle ("saying", "pointing out").
_ING_FORMS: Final = frozenset(f for f in lx.CUE_FORMS if f.split(" ", 1)[0].endswith("ing"))
# The forms whose reading depends on an owner before them ("Lee's call for", "the union's demands").
_OWNED_FORMS: Final = frozenset(("call", "calls")) | lx.NOUNISH_FORMS

_CHARGED_AUX: Final = frozenset("is are was were been be being".split())

_CHARGE_END: Final = re.compile(r",|[ \t](?:after|before|in[ \t]+\d|and[ \t]+(?:has|was|is|faces))\b")
_ASKED_TO: Final = re.compile(r"[ \t]+(?=to[ \t]+[a-z]+)")
_WINNER: Final = re.compile(r"[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:winner|victor)\b")
_CHARGED_WITH: Final = re.compile(r"[ \t]+(of|with)\b")
# A written or posted message whose participle carries what it says: "mailed a note on Friday urging".
_DOC_SENT: Final = re.compile(
    r"\b(?:sent|issued|released|published|posted|put[ \t]+out|fired[ \t]+(?:off|back)|circulated|filed)"
    r"(?:[ \t]+out)?[ \t]+(?:(?:a|an|two|several|their|his|her|its|joint)[ \t]+)?(?:[\w$-]+[ \t]+){0,3}?"
    r"(?:statements?|letters?|tweets?|e-?mails?|memos?|responses?|messages?|notes?|(?:press[ \t]+)?releases?"
    r"|videos?|ads?|lawsuits?|petitions?|posts?|reports?)"
    r"(?:[ \t]+(?:on|this|last|late|early)?[ \t]*\w+(?:[ \t]+(?:morning|afternoon|evening|night))?)?,?[ \t]+$"
)
# Words before "<mention> <cue>ing" that make the participle that mention's act: "with Lee calling for",
# "a speech that included Lee vowing", "asked about Lee calling the plan a sham".
_SCENE_WORDS: Final = frozenset("with included includes featuring featured about".split())

_ASKED: Final = re.compile(r"(?:When|Asked|Pressed|Questioned|Speaking|Responding|Reacting|Addressing|In)\b")
# Cues whose subject may be a plain noun phrase no mention covers ("The early tallies suggest ...").
# Tried on train and dev and not kept: call (precision or speaker accuracy fell); promise, pledge, vow,
# predict, confirm, conclude, recall, dispute, complain, propose, stress, thank, highlight (as many wrong as
# right on train); deny, tout, lament, demand, testify, emphasize, recommend, estimate (no change).
_NP_CUES: Final = frozenset(
    "say tell add write note argue warn insist explain acknowledge admit contend maintain read chant shout"
    " yell suggest point ask criticize".split()
)
# The same, only in a form that cannot be a noun ("reported", not "reports"); claim, accuse, urge, question
# and announce gained nothing in all their forms, but do in these.
_NP_VERB_CUES: Final = frozenset(
    "condemn denounce praise decry blast slam reject describe report reveal respond reply declare claim"
    " accuse urge question announce dismiss mock reiterate cite".split()
)

_WITH_SHARE: Final = re.compile(
    r"\bwith[ \t]+((?:(?:about|nearly|almost|roughly|just|only|more[ \t]+than|fewer[ \t]+than)[ \t]+)?"
    r"(?:\d+(?:\.\d+)?[ \t]*(?:%|percent)|\w+[ \t]+in[ \t]+(?:10|ten|\d+|three|four|five)"
    r"|half|a[ \t]+majority)"
    r"(?:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+)?)[ \t]+$"
)

_ABOUT_ONLY: Final = re.compile(r"(?:about|of)\b(?:(?!\bthat\b)[^,;:\"“”])*$")
_WHAT_BEFORE: Final = frozenset(
    "what things everything anything nothing something much all remarks comments".split()
)

_EVERYTHING: Final = frozenset("everything anything nothing whatever".split())
_COPULA_NEXT: Final = re.compile(r"(?:is|was|are|were|has|had|will|would|can|could|must|should)\b")

_INTRO_PARTICIPLE: Final = re.compile(
    r"[ \t]*(?:In|On|From|Through|Via|With)[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[\w'’-]+[ \t]+){1,3}"
)
_INTRO_FIRST: Final = " \tIOFTVW"  # the characters _INTRO_PARTICIPLE can start with: a cheap test before it
_INTRO_ADVERBIAL: Final = re.compile(
    r"(?:In|On|At|Earlier|Later|Then|After|Before|During|Last|This)(?:,?[ \t]+[\w'’-]+){0,3}"
)
_FIRST_WORDS: Final = frozenset("first previously originally initially earlier".split())
_PASSIVE_REPORT: Final = frozenset("report announce reveal disclose".split())
_PASSIVE_AUX: Final = re.compile(
    r"\b(?:was|were|is|are|been)(?:[ \t]+(?:first|previously|originally|initially|earlier|\w+ly))*[ \t]+$"
)
_REDUCED_RELATIVE_NEXT: Final = frozenset("during in by on at for from since after before under over".split())
_PRIOR_PARTICIPLE: Final = re.compile(r"(?:,|\bby|\bwhile)[ \t]+[a-z]+ing\b[^.;:\"“”,]{0,80}[ \t]and[ \t]+$")
_ARTICLES: Final = frozenset(("the", "a", "an"))
_PLURAL_SUBJECT_BEFORE: Final = frozenset(
    "they we you i some many most both also may might would will can could should must did do not often still"
    .split()
)
_SAY_FINITE: Final = frozenset(
    """say says said told tells argued argues insisted insists warned warns added adds noted notes explained
    explains acknowledged admitted contended maintained wrote writes claimed suggested announced declared
    stressed criticized denied accused urged questioned blasted slammed dismissed revealed responded replied
    confirmed promised vowed recalled complained proposed demanded touted conceded asserted reiterated cited
    emphasized""".split()
)
# "the final say", "than, say, ...": no verb of speech.
_NOT_SAY_BEFORE: Final = frozenset(
    "than final the a an no any his her their its our your some much little more".split()
)


def _word_char(text: str, pos: int, hi: int) -> bool:
    """Whether text[pos] is a word character (\\w) before ``hi``."""
    if pos >= hi:
        return False
    c = text[pos]
    return c.isalnum() or c == "_"


def _owned_noun(text: str, ss: int, at: int) -> bool:
    """Whether a possessive stands right before text[at:], making what follows a noun phrase."""
    if at > ss and text[at - 1] == "-":
        return True  # "her anti-Harbour remarks"
    pre = text[max(ss, at - 12) : at].rstrip()
    return word_before(text, ss, at) in POSSESSIVES or pre.endswith(("'s", "’s"))


# Words a clause cannot end on: content cut before another attribution right after one of them runs on
# through it ("a deterrent to what the board called ...", "pointing out that the paper's Ann Lee wrote").
# Not "by", "when", "while", "before": the corpus mostly ends the statement there.
_DANGLING: Final = frozenset("of for from what whom whose his their its our my".split())
_ARTICLES_END: Final = re.compile(r"\w[ \t]+(?:the|a|an)$")


def _dangling(text: str, lo: int, at: int) -> bool:
    """Whether text[lo:at] ends on a word that needs what follows (a preposition, an owner, an article)."""
    pre = text[lo:at].rstrip()
    if not pre or not pre[-1].isalpha():
        return False
    if pre.endswith(("'s", "’s")):
        return True
    # "he had a source who told him ...": an article inside a clause (not "A, the Harbour Board said").
    if word_before(text, lo, lo + len(pre)) in _DANGLING:
        return True
    return _ARTICLES_END.search(pre, max(0, len(pre) - 12)) is not None


def _all_said(text: str, ss: int, subj_start: int, ce: int, se: int) -> bool:
    """Whether the cue is inside "everything <subject> says" followed by its verb ("... is wrong")."""
    k = ce
    while k < se and text[k] in " \t":
        k += 1
    if _COPULA_NEXT.match(text, k, se) is None:  # rare after a cue: tested first
        return False
    return word_before(text, ss, np_start(text, subj_start)) in _EVERYTHING


# What stands between a cue and a colon ending its paragraph when the words said come after it: "observing
# of the board:", "pointed out some figures:", "wrote the following:".
_COLON_LEAD: Final = re.compile(
    r"(?:(?:of|on|about)(?:[ \t]+\S+){1,5}|the[ \t]+following|(?:some|these|several)(?:[ \t]+\S+){1,4})$"
)


def _colon_lead(text: str, p: Piece, se: int) -> bool:
    """Whether text[p] only leads in to what follows a colon that ends its paragraph."""
    k = p[1]
    while k < se and text[k] in " \t":
        k += 1
    if k >= se or text[k] != ":":
        return False
    k += 1
    while k < len(text) and text[k] in " \t":
        k += 1
    if k < len(text) and text[k] != "\n":
        return False
    return _COLON_LEAD.match(text, p[0], p[1]) is not None


def _one_word(text: str, p: Piece) -> bool:
    """Whether text[p] is one word, without splitting all of a long content."""
    return len(text[p[0] : p[1]].split(None, 1)) == 1


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
        form = cue_form(c)
        lemma = lx.CUE_FORMS.get(form)
        if form.startswith(("according", "According")):
            src = next((m for m in ms if m.start == ce), None)
            found.append(("acc", c, src))
            continue
        if lemma in ("speak", "talk") and not cx.ABOUT.match(text, ce, se):
            continue  # "spoke to reporters", "when he speaks": speech, but not a statement of anything
        before_word = word_before(text, ss, cs)
        if form in _ING_FORMS or lemma is None and form.split(" ", 1)[0].endswith("ing"):
            if before_word in _PROGRESSIVE or _PROGRESSIVE_ADV.search(text, max(ss, cs - 40), cs) is not None:
                # "Clinton is calling for ...", "Lee is also asking ...": a finite verb after all.
                subj = left_subject(text, ms, cs, ss)
                if subj is None and (lemma in _NP_CUES or lemma in _NP_VERB_CUES) and word_after(
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
                and with_before(text, ss, np_start(text, subj.start), _SCENE_WORDS)
            ):
                found.append(("left", c, subj))  # "..., with Lee calling for a recount"
                continue
            doc = _DOC_SENT.search(text, max(ss, cs - 90), cs)
            if doc is not None:
                dsubj = left_subject(text, ms, doc.start(), ss) or np_subject(text, ss, doc.start())
                if dsubj is not None and (dsubj.kind != "pron" or doc.start() - dsubj.end < 12):
                    # "Lee issued a statement Tuesday saying ...": what the statement says is Lee's.
                    found[:] = [f for f in found if f[1].start() != doc.start()]
                    found.append(("left", c, dsubj))
                    continue
            near_with = text.find("with", max(ss, cs - 70), cs) >= 0
            np = with_np(text, ss, cs) if near_with else None
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
                before_word = word_before(text, ss, ss + len(pre))
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
                asker = _asker(ms, ce, q.end()) if text.startswith(" by ", ce) else None
                found.append(("q", c, asker))
            continue
        passive = form.endswith("ed") and word_after(text, ce, se) == "by"
        if passive and before_word in _FIRST_WORDS:
            gap_at = text.rfind(" ", ss, cs - 1)
            if word_before(text, ss, gap_at) == "as":
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
            subj = left_subject(text, ms, cs, ss) if win is not None else None
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
                stop = _CHARGE_END.search(text, after.end(), se)
                asked_ends[cs] = stop.start() if stop else se
                found.append(("q", c, None))
                continue
        at = cs
        if before_word == "to" and not passive:
            cont = _CONTINUED_TO.search(text, max(ss, at - 30), at)
            if cont is not None:
                # "Lee continued to insist that ...": the subject is before "continued".
                at = cont.start()
                before_word = word_before(text, ss, at)
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
            rel = relative_subject(text, ss, cs, ms)
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
        if form in ("call", "calls") and (owner or before_word in POSSESSIVES):
            o = owner_mention(text, ms, cs) if cx.CALL_FOR.match(text, ce, se) else None
            if o is not None:
                found.append(("left", c, o))  # "joined Lee's call for an audit", "renewed its calls for"
            continue
        if form in lx.NOUNISH_FORMS and (
            owner or before_word in lx.CUE_FORMS or word_after(text, ce, se) in AUX
        ):
            continue  # "the union's demands would make ...": a noun
        inv = form in lx.INVERTABLE and lemma != "tell"
        if inv and last_char(text, ss, cs) == ",":
            # "..., noted Dana Chin.": the attribution closes the sentence, whatever noun stands before it.
            r = right_subject(text, ms, ce, se)
            first = next((m for m in ms if m.start >= ce), None)
            if (
                r is not None
                and first is not None
                and first.kind == "name"
                and not text[ce : first.start].strip()
                and (CLOSES.match(text, r.end, se) or _CLOSING_APPOSITIVE.match(text, r.end, se))
            ):
                found.append(("right", c, r))
                continue
        subj = left_subject(text, ms, at, ss)
        if subj is not None and form in lx.NOUNISH_FORMS and _owned_noun(text, ss, subj.start):
            continue  # "her Harbour Board remarks": the noun, with a name as its modifier
        if subj is not None and _all_said(text, ss, subj.start, ce, se):
            continue  # "everything Lee says is false": a judgement of all she says, not a statement
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
        if form in lx.INVERTABLE and last_char(text, ss, cs) in _OPEN_ENDERS:
            subj = right_subject(text, ms, ce, se)
            if subj is not None and subj.kind == "pron" and word_after(text, subj.end, se):
                subj = None  # "Lund, ..., said she would go": the pronoun begins what was said
            if (
                subj is not None
                and subj not in ms
                and not any(ch in MARKS for ch in text[ss:at])
                and opening_subject(text, ss, at, ms) is not None
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
                and word_after(text, ce, se) not in _REDUCED_RELATIVE_NEXT
            )
            # '"...," said the man': the quotation is the statement (but not a quoted title in an appositive)
            and not (
                text[ss:at].rstrip(" \t,").endswith(_CLOSER_TUPLE)
                and (
                    text[ss:at].lstrip()[:1] in MARKS
                    or form == "said"
                    and word_after(text, ce, se) in _ARTICLES
                )
            )
            and text[ce : ce + 1] != ","
            and not text[max(ss, at - 12) : at].rstrip().endswith("those who")
        ):
            # "Lund -- co-author of a book on the bay, its ports and dredging -- said": the sentence's opening
            # mention, further back than an appositive the gap grammar takes.
            subj = opening_subject(text, ss, at, ms)
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
            end = source_end(text, ce, se, subj)
            regions.append((pas_starts.get(cs, cs), end))
        elif kind == "pas":
            regions.append((pas_starts[cs], source_end(text, ce, se, subj)))
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
            and lx.CUE_FORMS.get(cue_form(found[j][1])) in _NAMING
            and found[j][2] is not None
            and word_before(text, ss, found[j][2].start) in _RELATIVE_NAMING  # type: ignore[union-attr]
        )
    out: list[Statement] = []
    for k, (kind, c, subj) in enumerate(found):
        ra, rb = regions[k]
        cs, ce = c.span()
        cue = cue_form(c)
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
                    if r[0] >= rb
                    and not (kind == "left" and j in nested)
                    and not (kind in ("left", "ing") and _dangling(text, rb, r[0]))
                ]
            )
        lemma = lx.CUE_FORMS.get(cue, cue)
        if kind == "q":
            q = _ASKED_Q.match(text, ce, rb) or _CHARGED_WITH.match(text, ce, rb)
            p = trim(text, q.end() if q else ce, rb)
            if has_words(text, p, 2) and not cx.PRONOUN_TOPIC.match(text, p[0], p[1]):
                out.append(Statement([p], subj, cue, (ra, ra), aside=subj is not None))
            continue
        if kind == "win":
            a, gap, b = win_parts[cs]
            pieces = [trim(text, a, gap), trim(text, ce, min(b, right_bound))]
            out.append(Statement(pieces, None, cue, (gap, ce)))
            continue
        if kind == "pas":
            k = max(text.rfind(ch, left_bound, ra) for ch in ",;:(")
            p = trim(text, max(left_bound, k + 1), ra)
            if has_words(text, p, 2):
                out.append(Statement([p], subj, cue, (ra, rb)))
            continue
        if kind == "acc":
            st = according_statement(text, ss, ra, rb, left_bound, right_bound, subj, cue)
            if st is not None:
                out.append(st)
            continue
        if kind == "ing":
            if text[ce:se].strip() == ":":
                out.append(Statement([], None, cue, (ra, rb), from_subject=True, pending=True))
                continue
            if not svo_ok(text, lemma, ce, right_bound):
                continue
            right_bound = subordinate_end(text, ss, -1, ce, right_bound)
            a = after_cue(text, ce, right_bound, lemma)
            e = content_end(text, a, right_bound, lemma)
            for g in _AND_ING.finditer(text, a, e) if text.find("and", a, e) >= 0 else ():
                if not in_quotation(text, a, g.start()):
                    e = g.start()  # "proposing a ban and taunting a rival": each participle its own
                    break
            p = introduced_quote(text, trim(text, a, e), passages)
            if _colon_lead(text, p, se):
                out.append(Statement([], None, cue, (ra, rb), from_subject=True, pending=True))
                continue
            if has_words(text, p, 2) and not cx.CIRCUMSTANCE_ONLY.match(text, p[0], p[1]):
                out.append(Statement([p], None, cue, (ra, rb), from_subject=True))
            continue
        obj_end = rb
        if kind == "left" and lemma in lx.OBJECT_VERBS:
            obj = cx.OBJECT.match(text, rb, right_bound)
            if obj and not (
                cx.that_possible(text, rb, right_bound) and cx.THAT_FAR.match(text, rb, right_bound)
            ):
                obj_end = obj.end()
                while obj_end > rb and text[obj_end - 1] in ",:":
                    obj_end -= 1
        # "said that ...": "that" opens none of the phrases AFTER_EMPTY takes, nor ends the clause.
        that_next = text.startswith(" that", obj_end, right_bound)
        that_next = that_next and not _word_char(text, obj_end + 5, right_bound)
        after = None if that_next else cx.AFTER_EMPTY.match(text, obj_end, right_bound)
        attr_at = (
            quote_before(text, left_bound, subj.start)
            if kind == "left" and subj is not None and cs not in relative
            else -1
        )
        quote_first = attr_at >= 0
        clause_next = quote_first and after is None
        if clause_next and _clause_after_cue(text, left_bound, attr_at, obj_end, right_bound):
            # 'To chants of “Lee!,” the mayor said her bid was strong': the clause after the cue is what she
            # said, the quotation before her someone else's.
            quote_first = False
        if (
            after is None
            and not quote_first
            and kind == "left"
            and subj is not None
            and lemma in ("say", "add", "tell")
            and last_char(text, left_bound, subj.start) == ","
            and cx.CIRCUMSTANCE.fullmatch(text, obj_end, right_bound)
        ):
            quote_first = True  # "A, he said after meeting aides on Thursday."
            attr_at = subj.start
        if kind == "right" or after is not None or quote_first:
            before = trim(text, left_bound, attr_at if quote_first else ra, keep_stop=True)
            before = quote_closing(text, before, passages)
            min_words = 1 if is_quote_piece(text, before, passages) else 2
            pieces = [before] if has_words(text, before, min_words) and ALNUM.search(text, *before) else []
            if pieces and _INTRO_ADVERBIAL.fullmatch(text, *before):
                pieces = []  # "Earlier in 2012, the envoy wrote to her.": when, not what
            if pieces and out and any(p[0] <= before[0] < p[1] for p in out[-1].pieces):
                prev = out[-1].pieces
                if _inside_trailing(text, left_bound, out[-1], subj, after) and not _OPENS_SUBORDINATE.match(
                    text, max([ss] + [r[1] for r in regions[:k] if r[1] <= out[-1].attr[0]])
                ):
                    # "Ray did not object when A, a Norvish official said": the words before the comma, the
                    # earlier attribution in them included, are the official's (the corpus marks the outer).
                    inner = out[-1]
                    inner.mention, inner.cue, inner.attr = subj, cue, (ra, rb)
                    pieces = []
                elif min_words == 1 and len(prev) == 1 and _colon_before(text, prev[0][0]):
                    out.pop()  # "the plan it said would fail: “...,” the union wrote": the quotation is his
                else:
                    pieces = []  # "He said A, but B, he said, C": A and B are the first statement's
            elif pieces and out and _quotation_next(text, kind, after) and _overlaps(before, out[-1].pieces):
                pieces = []  # 'When Lind noted that A, Lee boasted, “B.”': A is the noting's, B is Lee's
            if not pieces:
                if kind == "left" and after is not None and after.group("end") in (",", ":"):
                    # "He said, ..." with the statement after a comma.
                    p = trim(text, after.end(), right_bound)
                    quoted = QUOTE_START.match(text, after.end()) is not None  # 'she said, “Perhaps.”'
                    if has_words(text, p, 1 if quoted else 2):
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
                    if v is not None and not is_quote_piece(text, before, passages):
                        tail_start = v.start() + 1  # "The plan, said Ann Lee, a pilot, would fail": goes on
            elif after is not None and after.group("end") == ",":
                tail_start = after.end()
                if quote_first and not QUOTE_START.match(text, tail_start):
                    tail_start = right_bound
            elif quote_first and (t := _TAIL_QUOTE.match(text, obj_end, right_bound)) is not None:
                tail_start = t.end()  # '"A," she said during a rally in Town, "B."'
            elif quote_first and _bare_tail_quote(text, before, obj_end, passages):
                tail_start = obj_end  # '"A," she said "B."': the comma left out
            else:
                tail_start = right_bound
            if tail_start < right_bound:
                rest = trim(text, tail_start, right_bound)
                before_is_quote = is_quote_piece(text, before, passages)
                rest_is_quote = bool(QUOTE_START.match(text, tail_start))
                ing_tail = _ING_SKIP.match(text, tail_start) is not None
                if ing_tail and _GERUND_SUBJECT.match(text, tail_start, right_bound):
                    ing_tail = False
                if has_words(text, rest, 1) and not ing_tail and (
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
        if not svo_ok(text, lemma, obj_end, right_bound):
            continue
        right_bound = subordinate_end(text, ss, ra, rb, right_bound)
        a = after_cue(text, rb, right_bound, lemma)
        p = introduced_quote(text, trim(text, a, content_end(text, a, right_bound, lemma)), passages)
        short = _SHORT_ANSWER.match(text, p[0], p[1]) if lemma == "say" else None
        if short is not None:
            # "half said so in May", "most said yes, but ...": the answer alone is what they said.
            out.append(Statement([(short.start(1), short.end(1))], subj, cue, (ra, rb)))
            continue
        one_word = _one_word(text, p)
        if one_word and text[p[0] : p[1]].lower() not in LEAD_CONJ and a > rb and cx.THAT.match(
            text, rb, right_bound
        ):
            # "rejected that plan": a determiner, not a clause
            p = trim(text, rb, content_end(text, rb, right_bound, lemma))
        if (
            subj is not None
            and _ABOUT_ONLY.match(text, p[0], p[1])
            and word_before(text, ss, np_start(text, subj.start)).lower() in _WHAT_BEFORE
        ):
            continue  # "what Lee said about the tolls": the thing said stands before, unquoted
        if cx.NOT_CONTENT.match(text, p[0], p[1]) and not (
            text.startswith("by", p[0]) and cx.THAT.match(text, rb, right_bound)
        ):
            continue  # but "argued that by May the cranes ..." is what was said
        if cx.CIRCUMSTANCE_ONLY.match(text, p[0], p[1]):
            continue  # "Lee testified before the panel": where or when, not what
        if lemma == "ask" and cx.PRONOUN_TOPIC.match(text, p[0], p[1]):
            continue
        if _colon_lead(text, p, se):
            out.append(Statement([], subj, cue, (ra, rb), pending=True))
            continue
        one_object = lemma in lx.NP_OBJECT_CUES and _one_word(text, p) and text[p[0]].isupper()
        if has_words(text, p, 2) or (has_words(text, p, 1) and QUOTE_START.match(text, a)) or one_object:
            out.append(Statement([p], subj, cue, (ra, rb)))
    return out


# A clause opening with these is not the main clause a closing "..., X said" attributes.
_OPENS_SUBORDINATE: Final = re.compile(
    r"[ \t\"“]*(?:After|Before|When|While|As|Since|If|Although|Though|Because|Once|Until|Unless)\b"
)


def _asker(ms: list[Span], after: int, before: int) -> Span | None:
    """Who asked in "Lee was asked by host Ray Dunn whether ...": the last person named between "by" and
    the question (the host, not the programme before the name)."""
    people = [m for m in ms if after < m.start and m.end <= before and not m.possessive]
    named = [m for m in people if m.entity_kind == "person"]
    return named[-1] if named else people[0] if people else None


def _inside_trailing(
    text: str, left_bound: int, inner: Statement, subj: Span | None, after: re.Match[str] | None
) -> bool:
    """Whether a cue closing its sentence after a comma ("..., a Norvish official said.") takes in the
    statement an earlier cue of someone else found in the words before it."""
    if subj is None or after is None or inner.from_subject or inner.mention is None:
        return False
    if inner.mention.kind == "pron" or subj.kind == "pron" or inner.mention.text == subj.text:
        return False  # "He said A, but B, he said": one speaker's statement, as before
    if after.group("end") == "," and QUOTE_START.match(text, after.end()):
        return False  # "..., Lee shot back, “...”": the cue opens its own quotation
    return last_char(text, left_bound, subj.start) == ","


def _colon_before(text: str, at: int) -> bool:
    return text[max(0, at - 6) : at].rstrip(" \t\"“‘'«„‹").endswith(":")


def _quotation_next(text: str, kind: str, after: re.Match[str] | None) -> bool:
    """Whether a quotation follows the cue after a comma ('Lee said, “...”')."""
    return kind == "left" and after is not None and after.group("end") == "," and bool(
        QUOTE_START.match(text, after.end())
    )


def _overlaps(p: Piece, pieces: list[Piece]) -> bool:
    return any(a < p[1] and p[0] < b for a, b in pieces)


def _nested(text: str, cue_end: int, inner: int) -> bool:
    """Whether the attribution at ``inner`` is part of what was said after ``cue_end``: "X said Y asked Z"."""
    return inner - cue_end < 60 and _NEST_BREAK.search(text, cue_end, inner) is None
