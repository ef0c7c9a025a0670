"""Quotations no cue claimed: a colon or dash attribution, a chant or a sign, a quoted fragment in its
subject's clause or in a "that" clause, a quotation followed by who said it, the continuation of the
last speaker's quotation, or nothing (a scare quote or a title)."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import cues as cx
from bot.extract import lexicon as lx
from bot.extract.content_bounds import CIRC_AFTER, CLAUSE_CUT
from bot.extract.direct import QuotedPassage, close_punct
from bot.extract.mentions import Span
from bot.extract.noun_phrases import NP_FIRST, NP_STOP, VERB_SKIP, np_from_words, np_subject, opening_np
from bot.extract.statement_base import (
    ALNUM,
    AUX,
    CLOSES,
    DANGLING,
    WORD,
    Piece,
    Statement,
    cue_form,
    in_quotation,
    is_title,
    last_char,
    np_start,
    quote_words,
    trim,
    word_before,
    word_count,
)
from bot.extract.subjects import NOT_SUBJECT_AFTER, owner_mention

# Words a quotation inside a sentence, with no cue of its own, needs to be someone's statement (fewer:
# a scare quote or a title).
EMBED_MIN: Final = 5
# Words a quoted fragment needs for the clause around it to be taken as the subject's statement (fewer: too
# many scare quotes; one- and two-word fragments were right about 60% of the time on train).
FRAGMENT_MIN: Final = 3
# Capitalised words after "as" still read as a label, not a title (3 of 4 new statements right on train).
AS_NAME_MAX: Final = 2

_DASH_TAIL: Final = re.compile(r"[ \t]*[—–―-]{1,2}[ \t]*")
_COLON_HEAD: Final = re.compile(r"[ \t]*:[ \t\xa0]*$")

_WHICH_NEXT: Final = re.compile(r"[ \t]+which[ \t]")
_ON_PROGRAMME: Final = re.compile(
    r"\b[Oo]n[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,3}?[A-Z][\w.&-]*(?:['’]s)?[ \t]+"
    r"(?:(?:podcast|program|programme|show)[ \t]+)?$"
)
_DOUBLE_MARK: Final = re.compile("[\"“”]")

# '... toasted the treaty as a “landmark”': a short quoted fragment that says what the subject called it.
_AS_BEFORE: Final = re.compile(r"[ \t]as[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[a-z]+[ \t]+)?$")

# 'Lee argued that the deal was “unfair”': one or two quoted words in a clause after "that".
_THAT_BEFORE: Final = re.compile(r"[ \t]that[ \t]")

# Two quoted words ending the clause: 'thinks the deal is “totally dead.”'.
_CLAUSE_END: Final = re.compile(r"[ \t]*(?:[.,;:!?]|$)")
_END_MARKS: Final = (".", ",", "!", "?")

# 'But “...”': the quote carries on
_LEAD_WORDS: Final = frozenset("But And Still Yet So Then Also Plus".split())
_LABEL_HEAD: Final = re.compile(r"[ \t]*[A-Z][A-Z0-9 '’&!?.,-]{1,40}[ \t]*[—–-]+[ \t]*")
# '..., by the Courier's Ann Lee: “...”'
_BYLINE_HEAD: Final = re.compile(r"\bby[ \t][^:.;\"“”]{1,60}:[ \t]*$")
_INTRODUCED: Final = re.compile(r"[a-z][,:][ \t]*$")


def _introduced(text: str, q: QuotedPassage, head: str, se: int) -> bool:
    """A quotation opening with a capital after a word and a comma or colon, ending its sentence."""
    first = text[q.spans[0][0] : q.spans[0][0] + 1]
    if not first.isupper() or _INTRODUCED.search(head) is None:
        return False
    return not ALNUM.search(text, q.close_at, se)


_SIGN_WORDS: Final = re.compile(
    r"\b(?:sign|hat|banner|placard|poster)s?[ \t]*[—–-]?[ \t]*(?:that[ \t]+|which[ \t]+)?"
    r"(?:read|reads|reading|saying)[ \t]*[,:]?[ \t]*$"
)
_CHANT_BEFORE: Final = re.compile(
    r"\b(?:[Cc]hant(?:s|ed|ing)?(?:[ \t]+back(?:[ \t]+at[ \t]+\w+)?|[ \t]+of)?"
    r"|(?:cries|shouts|calls)[ \t]+of)[ \t]*[,:]?[ \t]*$"
)
_ANSWER_COLON: Final = re.compile(
    r"(?:[’']s?)?(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:response|reply|answer|retort|verdict|reaction|assessment)"
    r"(?:[ \t]+(?:was|is))?[ \t]*"
)
_ABOUT_WORDS: Final = frozenset("of about to on at for with".split())
_VERB_COLON: Final = re.compile(r"(?:[ \t]+[a-z][\w’'-]*){1,5}[ \t]*")
_CHANTER_GAP: Final = re.compile(r"(?:[ \t]+(?:[a-z]+ly|then|again|also|back))*[ \t]+")


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
    spans = [quote_words(text, a, b) for a, b in q.spans]
    n_words = sum(word_count(text, s) for s in spans)
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
    if prev is not None and _programme_name(text, q, prev, head_start):
        return None
    has_colon = ":" in head  # the patterns below that end with a colon are searched for only then
    if _LABEL_HEAD.fullmatch(head) or has_colon and _BYLINE_HEAD.search(head):
        # 'HARBOUR NEWS—“Pier to close,” by the Courier's Ann Lee: “...”': a newsletter item's title and the
        # excerpt of the article it points to, nobody's statements.
        return None
    if has_colon and _COLON_HEAD.search(head):
        colon = head.rstrip().rfind(":") + head_start
        verb_end = colon
        about: Span | None = None
        for m in reversed(ms):
            if m.end <= colon and not text[m.end : colon].strip() and not m.quoted:
                obj_at = np_start(text, m.start)
                if word_before(text, ss, obj_at) not in _ABOUT_WORDS:
                    return Statement(spans, m, ":", (m.start, colon + 1), direct=True, passages=[q])
                # "Lee wrote of Ray:": Ray is who it was written about; the verb ends before "of".
                verb_end = text.rfind(" ", ss, obj_at - 1)
                about = m
                break
        # "Lee shot back sharply:" / "Lee merely grinned:": a subject, a few words of verb, the quotation.
        for m in reversed(ms):
            if m.end > verb_end or m.quoted:
                continue
            if m.possessive:
                if _ANSWER_COLON.fullmatch(text, m.end, colon):
                    # "Lee's reply was:" / "Lee's final verdict:": what she answered.
                    return Statement(spans, m, None, (m.start, colon + 1), direct=True, passages=[q])
                continue
            opens = last_char(text, ss, np_start(text, m.start)) in ("", ",")
            gap_at = m.end + 1 if about is not None and text.startswith(",", m.end) else m.end
            if opens and _VERB_COLON.fullmatch(text, gap_at, verb_end):
                cue = ":" if about is not None else None  # as the label form would have had it
                return Statement(spans, m, cue, (m.start, colon + 1), direct=True, passages=[q])
            break
        # (a shorter quotation too when it ends its paragraph: 'The dockers had one demand: “More pay.”')
        whole_para = n_words >= FRAGMENT_MIN or text[se : se + 1] in ("\n", "")
        if whole_para and not ALNUM.search(text, q.close_at, se):
            np = opening_np(text, ss, colon)
            if np is not None and not _THAT_BEFORE.search(text, np.end, colon):
                # (not "The delay was so long that a clerk could only sigh:": the clause has its own subject)
                return Statement(spans, np, None, (np.start, colon + 1), direct=True, passages=[q])
    d = _DASH_TAIL.match(text, q.close_at, se)
    if d and d.end() > q.close_at:
        for m in ms:
            if m.start == d.end() and m.kind in ("name", "desc", "group"):
                return Statement(spans, m, None, (d.start(), m.end), direct=True, passages=[q])
    term = _term_used(text, q, ss, ms, spans)
    if term is not None:
        return term
    owned = _owned_call(text, q, ss, se, ms)
    if owned is not None:
        return owned
    passive = _passive_named(text, q, ss, se, ms)
    if passive is not None:
        return passive
    if _REMARK_AFTER.match(text, q.close_at, se):
        # 'Lee's “lazy sailors” remark': the quoted words of someone's remark, as theirs.
        has_owner = text[q.open_at - 3 : q.open_at].rstrip()[-1:] == "s"  # "Lee's", "his"
        owner = owner_mention(text, ms, q.open_at) if has_owner else None
        at = (q.open_at, q.open_at)
        return Statement(spans, owner, None, at, direct=True, passages=[q])
    short_ok = (
        n_words >= FRAGMENT_MIN
        or _AS_BEFORE.search(text, ss, q.open_at) is not None
        or _THAT_BEFORE.search(text, ss, q.open_at) is not None
        or (
            n_words == FRAGMENT_MIN - 1
            and (
                close_punct(text, q) in _END_MARKS
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
        not ALNUM.search(text, q.close_at, se)
        # '“A,” said Lee. “B,” which Lee thinks ...': the writer's relative clause after a quotation that
        # carries on a quotation before it.
        or (not lead and prev is not None and prev.direct and bool(_WHICH_NEXT.match(text, q.close_at, se)))
        or (not lead and prev is not None and prev.direct and _runs_on(text, q, se))
    )
    if not whole and lead and prev is not None and _goes_on(text, q, prev, lead, se):
        whole = True
        spans[0] = trim(text, ss, spans[0][1], keep_stop=True)
    if not whole:
        if is_title(text, spans) and not (n_words <= AS_NAME_MAX and _AS_BEFORE.search(text, ss, q.open_at)):
            # (but '... toasted the ferry as “Unsinkable”': one or two capitalised words after "as" are what
            # the subject called something, not a title)
            if close_punct(text, q) not in ("!", "?"):
                return None
            # '“Never!” the crowd roared.': an exclamation with its attribution, not a title.
            return _attributed_after(text, q, spans, head, se, ms)
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
        attributed = _attributed_after(text, q, spans, head, se, ms)
        if attributed is not None:
            return attributed
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


GO_ON_LEAD_MAX: Final = 8
# First words of a lead that brings in a subject of its own: the speaker's pronoun before a verb of the
# writer's ('She wants the board “to act now.”'), or a new noun phrase ('The ad targets a “...”').
_OWN_SUBJECT: Final = frozenset("He She They I We The A An".split())


def _goes_on(text: str, q: QuotedPassage, prev: Statement, lead: str, se: int) -> bool:
    """'“A,” said Lee, the port's pilot. Since May, “B.”': after a quotation and its attribution, a
    sentence of a few words ending in a quotation carries the quotation on (the corpus joins them)."""
    if not prev.direct or not prev.passages or prev.passages[-1].close_at > prev.attr[0]:
        return False
    words = lead.split()
    if len(words) > GO_ON_LEAD_MAX or words[0] in _OWN_SUBJECT:
        return False
    return not ALNUM.search(text, q.close_at, se)


def _programme_name(text: str, q: QuotedPassage, prev: Statement, head_start: int) -> bool:
    """'“A,” Lee said on Radio Vik's “Tide with Ola.”': after the attribution, a programme's name, nobody's
    words."""
    if prev.attr[1] > q.open_at:
        return False
    return _ON_PROGRAMME.search(text, max(head_start, q.open_at - 80), q.open_at) is not None


def _runs_on(text: str, q: QuotedPassage, se: int) -> bool:
    """'“A,” Lee said. “B” for the next ten years.': a sentence opening with a quotation that the writer's
    words finish, after a quotation of the same speaker: it carries that quotation on."""
    first = text[q.spans[0][0] : q.spans[0][0] + 1]
    if not first.isupper() or close_punct(text, q) in (",", ".", "!", "?"):
        return False
    return not _DOUBLE_MARK.search(text, q.close_at, se)


# 'Lee has used the phrase “harbour first” for years': the quoted words are what she says, whatever their
# length or case (a verb of saying or using, "the", a word for words).
_TERM_BEFORE: Final = re.compile(
    r"\b(?:use|uses|used|using|say|says|said|saying|utter|utters|uttered|uttering|repeat|repeats|repeated"
    r"|repeating|invoke|invokes|invoked|invoking|prefer|prefers|preferred|preferring)"
    r"[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:term|phrase|words?|expression)[ \t]*,?[ \t]*$"
)


def _term_used(
    text: str, q: QuotedPassage, ss: int, ms: list[Span], spans: list[Piece]
) -> Statement | None:
    """The quoted words after "used the term" / "say the words", as the subject's statement."""
    lo = max(ss, q.open_at - 60)
    if text.find("the ", lo, q.open_at) < 0:
        return None
    m = _TERM_BEFORE.search(text, lo, q.open_at)
    if m is None or in_quotation(text, ss, m.start()):
        return None
    st = Statement(spans, None, None, (q.open_at, q.open_at), direct=True, from_subject=True, embedded=True)
    st.subject = _fragment_subject(text, q, ss, ms)
    st.passages.append(q)
    return st


# "her call for a “full ban” on ...", "Lee's firm pledge to stay “impartial” in ...": a noun of speech
# owned by someone, then "for" or "to" (or "that") and words of its own holding the quotation.
_OWNED_CALL: Final = re.compile(
    r"(?:[’']s|\b(?P<pron>his|her|their|its))[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:(?:calls?|promises?|pledges?|vows?|threats?)[ \t]+(?P<prep>for|to)"
    r"|(?:assertions?|claims?|insistence|suggestions?|warnings?|arguments?|contention|accusations?)[ \t]+"
    r"(?P<that>that))[ \t]+[^.;:,\"“”]{0,60}$"
)


_OWNED_HINT: Final = (
    re.compile("call|promis|pledg|vow|threat|assert|claim|insist|suggest|warn|argu|conten|accus")
)
_SUBJECT_PRONOUN: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}


_REMARK_AFTER: Final = re.compile(r"[ \t]+(?:comment|comments|remark|remarks|quip|line)\b")


def _owned_call(text: str, q: QuotedPassage, ss: int, se: int, ms: list[Span]) -> Statement | None:
    """The owner's call, promise or pledge holding a quoted fragment, as the owner's statement: what
    follows "for" ("a “full ban” on ..."), or "to" and what follows it, to the fragment's clause end."""
    lo = max(ss, q.open_at - 90)
    if _OWNED_HINT.search(text, lo, q.open_at) is None:
        return None  # (a cheap look for the noun before the full pattern)
    m = _OWNED_CALL.search(text, lo, q.open_at)
    if m is None or in_quotation(text, ss, m.start()):
        return None
    if m.group("that"):
        start = m.start("that")  # "Lee's claim that the pier is “safe”"
    else:
        start = m.end("prep") + 1 if m.group("prep") == "for" else m.start("prep")
    end = q.close_at
    if text[q.close_at - 2 : q.close_at - 1] != ",":
        # ('... pledge to stay “impartial” through the talks': the circumstance is part of what was pledged)
        e = _AFTER_FRAGMENT.search(text, q.close_at, se)
        end = e.start() if e is not None else se
    a, b = trim(text, start, end)
    if b < q.close_at - 1 or CLAUSE_CUT.search(text, a, q.open_at):
        return None
    pron = m.group("pron")
    owner: Span | None
    if pron is not None:
        owner = pron_span = Span(m.start("pron"), m.end("pron"), "pron", pron)
        pron_span.gender = lx.PRONOUN_GENDER[_SUBJECT_PRONOUN[pron]]
    else:
        owner = owner_mention(text, ms, m.start() + 2)  # the name before "’s"
    at = (q.open_at, q.open_at)
    st = Statement([(a, b)], owner, None, at, direct=True, passages=[q])
    if owner is None:
        st.from_subject, st.embedded = True, True
        st.subject = _fragment_subject(text, q, ss, ms)
    return st


# "The ferry has been dubbed the “...”", "what was once termed the “...”": a name given in the passive.
_PASSIVE_NAMING: Final = re.compile(
    r"\b(?:is|are|was|were|been|being|be)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:called|dubbed|labeled|labelled|branded|termed|nicknamed)[ \t]+(?:(?:a|an|the)[ \t]+)?$"
)
_WHAT_PASSIVE: Final = re.compile(r"\bwhat[ \t]+(?:(?:has|had|have|was|is|would|will|could|might)[ \t]+)*$")
_LY_OPENER: Final = re.compile(r"[A-Z][a-z]+ly,[ \t]+")
_BY_AGENT: Final = re.compile(r"[ \t]+by[ \t]+")
_AND_BUT: Final = re.compile(r",?[ \t]+(?:and|but|or|yet)[ \t]")


def _passive_named(text: str, q: QuotedPassage, ss: int, se: int, ms: list[Span]) -> Statement | None:
    """A quoted name given in the passive, with what it names: from "what" before the verb, or from the
    sentence's start; spoken by the agent after "by" when there is one, else by nobody named."""
    lo = max(ss, q.open_at - 50)
    if text.find("ed ", lo, q.open_at) < 0:
        return None  # (every naming participle ends in -ed)
    m = _PASSIVE_NAMING.search(text, lo, q.open_at)
    if m is None:
        return None
    what = _WHAT_PASSIVE.search(text, max(ss, m.start() - 30), m.start())
    subj = next((x for x in reversed(ms) if x.end <= m.start()), None)
    if what is not None:
        start = what.start()
    elif text.startswith("being", m.start()):
        start = m.start()  # '... proud of being named the “...”'
    elif subj is not None and not text[subj.end : m.start()].strip():
        start = subj.start  # 'Lund is nicknamed “...”': the clause of the one named
    else:
        opener = _LY_OPENER.match(text, ss, m.start())
        start = opener.end() if opener is not None else ss
    if _QUOTE_MARK.search(text, start, q.open_at):
        return None  # another quotation before it: that one's statement
    by = _BY_AGENT.match(text, q.close_at, se)
    agent = next((x for x in ms if by is not None and x.start == by.end() and not x.quoted), None)
    if agent is not None or _AND_BUT.match(text, q.close_at, se):
        end = q.close_at  # (the agent who named it is not part of the statement)
    else:
        end = _fragment_end(text, q, se)
    a, b = trim(text, start, end)
    if b < q.close_at - 1:
        return None
    return Statement([(a, b)], agent, None, (q.open_at, q.open_at), direct=True, passages=[q])


def _that_clause(text: str, q: QuotedPassage, ss: int, se: int) -> Piece | None:
    """The clause after the last "that" before a quoted fragment, to the fragment's clause end."""
    that = text.rfind(" that ", ss, q.open_at)
    if that < 0 or in_quotation(text, ss, that):
        return None
    a, b = trim(text, that + 6, _fragment_end(text, q, se))
    if a > q.open_at or b < q.close_at - 1:
        return None
    if CLAUSE_CUT.search(text, a, q.open_at) or _QUOTE_MARK.search(text, a, q.open_at):
        return None  # the writer's clause after a "though", or another quotation's statement
    return a, b


_QUOTE_MARK: Final = re.compile(r"[“”\"]|''")
_OWNER_NOUN: Final = re.compile(r"(?:[’']s?)?(?:[ \t]+[a-z]+){1,3}[ \t]*")


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
_NAMING_BEFORE: Final = re.compile(
    r"\b(?:call|calls|called|calling|dubbed|dubbing|labeled|labelled|labeling|branded|branding|termed|deemed"
    r"|nicknamed"
    r"|(?P<as>described|describing|referred[ \t]+to|referring[ \t]+to|portrayed|portraying|characterized"
    r"|characterizing|hailed|hailing))[ \t]+"
    r"((?:(?!(?:that|who|which|for|on|by|to|in)\b)[\w’'.-]+,?[ \t]+){1,6})[\"“‘']?$"
)
_NAMING_HINT: Final = (
    re.compile("call|dub|label|brand|describ|referr|portray|characteriz|hail|term|deem|nickname")
)
_NAMED_FILLERS: Final = frozenset("a an the as".split())
_LOWER_WORD: Final = re.compile(r"\b[a-z]+\b")
# speech verbs that are no nouns
_VERB_FORMS: Final = frozenset(lx.CUE_FORMS).difference(lx.NOUNISH_FORMS)
_CALLED_NOT_SO: Final = re.compile(r"(?<!\bso-)(?<!\bso )(?<!\bso- )\bcalled\b")
_WHAT_NAMER: Final = re.compile(r"\bwhat(?:[ \t]+[\w’'.-]+){1,4}[ \t]+$")
_NAMER_GAP: Final = (
    re.compile(r"(?:[ \t]+(?:[a-z]+ly|also|then|later|even|has|have|had|is|are|was|were))*[ \t]+")
)
_AFTER_FRAGMENT: Final = re.compile(r",[ \t]|[ \t][—–][ \t]?|[ \t]--[ \t]|;|\([ \t]")

_SIGN_READ: Final = re.compile(r"\b(?:that|which)[ \t]+reads?[ \t,]*$")
# opening a fragment's clause: no statement
_CIRCUMSTANCE: Final = frozenset("for with around at from".split())


def _fragment_subject(text: str, q: QuotedPassage, ss: int, ms: list[Span]) -> Span | None:
    """The first mention before a quoted fragment that can be the subject of its sentence."""
    for m in ms:
        if m.start >= q.open_at:
            break
        if m.quoted or m.possessive:
            continue
        if word_before(text, ss, np_start(text, m.start)) in NOT_SUBJECT_AFTER:
            continue
        return m
    return None


def _first_verb(text: str, pos: int, end: int) -> str:
    """The first word from ``pos``, past auxiliaries and adverbs (lower case), or ''."""
    while True:
        w = WORD.match(text, pos, end)
        if w is None:
            return ""
        pos = w.end()
        low = w.group(1).lower()
        if low in VERB_SKIP or low.endswith("ly"):
            continue
        return low


def _fragment_end(text: str, q: QuotedPassage, se: int) -> int:
    """Where the clause holding a quoted fragment ends: with the quotation's own (", saying ...",
    " — which ...", '“...,” but', '“...” and cast doubt on')."""
    if close_punct(text, q) == "," or CIRC_AFTER.match(text, q.close_at, se):
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
    if m is None or in_quotation(text, ss, m.start()) or not set(m.group(2).split()) - _NAMED_FILLERS:
        return None  # (not 'a regatta locals are calling a “washout”': the thing named comes first)
    if m.group("as") and _AS_BEFORE.search(text, m.start(2) - 1, q.open_at) is None:
        return None  # 'described the plan as “...”': only with the "as"
    if _WHAT_NAMER.search(text, max(ss, m.start() - 40), m.start()):
        return None  # 'what Lee calls the mayor's “folly”': the words after the verb are the name
    a, b = trim(text, m.start(2), _fragment_end(text, q, se))
    if b < q.close_at - 1 or CLAUSE_CUT.search(text, a, b):
        return None
    namer = None
    for x in ms:
        if x.end > m.start():
            break
        if not x.quoted and not x.possessive and _NAMER_GAP.fullmatch(text, x.end, m.start()):
            namer = x if namer is None or namer.end < x.end else namer
    return (a, b), namer


# Verbs of thinking whose object is a clause: 'Lee thinks the plan is “dead”' reads as 'Lee says'.
_THINK_FORMS: Final = frozenset(
    """think thinks thought believe believes believed fear fears feared imply implies implied indicate
    indicates indicated assume assumes assumed figure figures figured hope hopes hoped worry worries
    worried expect expects expected feel feels felt""".split()
)


def _speech_verb_before(text: str, q: QuotedPassage, ss: int, ms: list[Span]) -> bool:
    """Whether a speech verb comes between a quoted fragment's subject and the fragment: the subject's own
    ('Lee was said to be “livid”'), or one further on that is no noun-like form nor "so-called" ('Lee, back
    from the port, later told the crews it was “not over”')."""
    subj = _fragment_subject(text, q, ss, ms)
    if subj is None:
        return False
    first = _first_verb(text, subj.end, q.open_at)
    if first in lx.CUE_FORMS or first in _THINK_FORMS:
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
        w = WORD.match(text, pos, q.open_at)
        if w is None:
            return None
        word = w.group(1)
        pos = w.end()
        low = word.lower()
        if low in VERB_SKIP or low.endswith("ly"):
            continue
        if not word.islower() or low in lx.PREPOSITIONS or low in DANGLING:
            return None
        break
    end = _fragment_end(text, q, se)
    cut = CLAUSE_CUT.search(text, pos, end)
    that = text.rfind(" that ", pos, q.open_at)
    if that > pos and not in_quotation(text, pos, that):
        pos = that + 1  # 'told her husband, Ed, that it would be “ugly”': the clause after "that"
    a, b = trim(text, pos, cut.start() if cut else end)
    if a > q.open_at or b < q.close_at - 1:
        return None
    w = WORD.match(text, a, q.open_at)
    if w is not None and w.group(1) in _CIRCUMSTANCE:
        return None  # 'Lee campaigned for “real change”': a circumstance of the verb, not what was said
    return a, b


# Words an attribution after a short opening quotation may have: '“No,” Lee told reporters at the door.'
_ATTRIBUTION_MAX: Final = 12
_INVERTED_VERB: Final = re.compile(r"[ \t]+[a-z]+ed[ \t]+")
_VERB_AFTER: Final = re.compile(r"[ \t]+[a-z]{2,}ed\b")


def _attributed_after(
    text: str, q: QuotedPassage, spans: list[Piece], head: str, se: int, ms: list[Span]
) -> Statement | None:
    """The quotation as the statement of who is written right after it: a mention, or a plain noun phrase."""
    who = _quote_then_attribution(text, q, head, se, ms)
    if who is not None:
        return Statement(spans, who, None, (who.start, who.end), direct=True, passages=[q])
    np = _np_attribution(text, q, head, se)
    if np is not None:
        return Statement(spans, np[0], np[1], (np[0].start, np[0].end), direct=True, passages=[q])
    return None


def _quote_then_attribution(text: str, q: QuotedPassage, head: str, se: int, ms: list[Span]) -> Span | None:
    """'“Go home,” barked Lee.' / '“This is great!” Lee beamed.': a short quotation opening the sentence,
    then a few words naming who said it, whatever the verb."""
    if head.strip() or close_punct(text, q) not in (",", "?", "!"):
        return None
    rest = text[q.close_at : se]
    if not CLOSES.search(rest):
        return None
    if len(rest.split()) > _ATTRIBUTION_MAX:
        # '“What a night!” grinned Bo Hart of Dover, who ...': the verb, then the speaker, then about them.
        v = _INVERTED_VERB.match(text, q.close_at, se)
        if v is None:
            # '“...,” the mayor riffed on the question, drawing laughs from ...': the speaker, then any verb.
            return next(
                (
                    m
                    for m in ms
                    if not text[q.close_at : m.start].strip()
                    and not m.quoted
                    and _VERB_AFTER.match(text, m.end, se) is not None
                ),
                None,
            )
        return next(
            (m for m in ms if m.start == v.end() and m.kind == "name" and not m.quoted), None
        )
    return next(
        (m for m in ms if q.close_at <= m.start and m.end <= se and not m.quoted), None
    )


# '“...,” a startled boatman exclaimed.' / '“...,” said one member close to the talks, who ...': a quotation
# opening the sentence, then a speech verb and a plain noun phrase that no mention covers.
_NP_ATTR_END: Final = re.compile(r"[,.;!?()—–\"“”]")
_NP_ATTR_MAX: Final = 9
_CAPITAL_WORD: Final = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")
_RELATIVE: Final = re.compile(r"[ \t](?:who|whose|which|that)\b")


def _np_attribution(text: str, q: QuotedPassage, head: str, se: int) -> tuple[Span, str] | None:
    """The noun phrase and cue of an attribution after a quotation that opens its sentence."""
    if head.strip() or close_punct(text, q) not in (",", "?", "!"):
        return None
    if not CLOSES.search(text, q.close_at, se):
        return None
    c = cx.CUE.search(text, q.close_at, min(se, q.close_at + 120))
    if c is None:
        return None
    form = cue_form(c)
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
        if CLOSES.match(text, c.end(), se):
            # '“...,” Varga wrote.': a bare name no mention took (also a word: "Will", "From", "May").
            a, b = text.find(words[0], start, end), end
            while text[b - 1].isspace():
                b -= 1
            span = Span(a, b, "desc", text[a:b], role="")
            return span, form
        return None
    while len(words) > 1 and words[-1].endswith("ly"):
        words.pop()  # "the crowd loudly chanted"
    if not words or len(words) > _NP_ATTR_MAX or words[0].lower() not in NP_FIRST:
        return None
    lows = [w.lower().strip(",.'’") for w in words]
    if any(w in NP_STOP or w in AUX for w in lows):
        return None
    np = np_from_words(text, start, end, words)
    return (np, form) if np is not None else None
