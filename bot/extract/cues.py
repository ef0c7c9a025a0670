"""Speech cues and the small grammar around them: what may stand between a subject and its verb, objects."""

from __future__ import annotations

import re
from typing import Final

from bot.extract import lexicon as lx
from bot.extract.trie import WordFinder, trie_pattern

CUE: Final = WordFinder(lx.CUE_FORMS)
ACCORDING: Final = re.compile(r"\b[Aa]ccording[ \t]+to[ \t]+")
ASKED: Final = re.compile(r"\bAsked\b")  # a sentence opening "Asked whether ..., she said"

_FILLER: Final = trie_pattern(lx.GAP_WORDS) + r"\b"


def _each(words: str, rest: str) -> str:
    """The alternatives "w1rest|w2rest" for "(?:w1|w2)rest": the same matches in the same order, but each
    alternative opens with a literal, which re tests before entering it (a group is entered every time)."""
    return "|".join(w + rest for w in words.split("|"))


_PROGRAMME_OPENERS: Final = r"[Oo]n|to|[Ii]n[ \t]+an[ \t]+interview[ \t]+with"
_PROGRAMME: Final = (
    r"[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,4}?"
    r"(?:(?:[A-Z][\w.&-]*|channel|network|station)['’]s[ \t]+)?"
    r"(?:(?:podcast|program|programme|show|radio[ \t]+show)[ \t]+)?"
)
_TIME: Final = (
    _each(
        "on|last|this|early|late|earlier|later",
        r"[ \t]+(?:this[ \t]+|last[ \t]+)?\w+(?:[ \t]+(?:morning|afternoon|evening|night))?",
    )
    + r"|in[ \t]+(?:a|an|the|his|her|its|their)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
    r"(?:[ \t]+(?:with|to|on)[ \t]+[\w.'’ -]{1,40}?)?"
    r"|at[ \t]+(?:a|an|the|his|her)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
    r"(?:[ \t]+in[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
    r"|during[ \t]+(?:a|an|the|his|her)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?"
    + "|"
    + _each(
        "on|in",
        r"[ \t]+(?:Twitter|Facebook|Instagram|television|TV|radio|CNN|MSNBC|Fox[ \t]+News|NBC|ABC|CBS|NPR)",
    )
    + r"|\w+ly|"
    + _each(
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
        r"(?:[ \t]+(?:morning|afternoon|evening|night))?",
    )
    + r"|yesterday|today|tonight"
    r"|in[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|\d{4})"
    r"|in[ \t]+(?:response|reply|part|turn|private|public|person|writing|court|Congress|Washington)"
    r"|response|reply|part|turn|private|public|person|writing|court|Congress|Washington"
    r"|with[ \t]+a[ \t]+(?:smile|laugh|smirk|shrug|chuckle)"
    r"|for[ \t]+(?:days|weeks|months|years|decades)"
    r"|for[ \t]+(?:a|the|two|three|several)[ \t]+[\w-]+[ \t]+(?:days|weeks|months|years)"
    # A programme named in quotation marks: "on Planet News's “Morning Coffee,”", "on the podcast “Tea Time”".
    + "|"
    + _each(_PROGRAMME_OPENERS, _PROGRAMME + r"(?:[\"“]|'')[A-Z][^\"“”]{0,60}?[,.]?(?:[\"”]|'')")
)
# What stands before a programme's quoted name (the name itself is not a quotation of anyone).
PROGRAMME_BEFORE: Final = re.compile(f"(?:{_PROGRAMME_OPENERS}){_PROGRAMME}$")
# Between a subject and its cue: an appositive or parenthesis, then adverbs and time phrases (blanks may be
# no-break spaces).
# Its optional parts are written "(?:X|)", the same as "(?:X)?" but cheaper where X cannot start: re tests
# the first character of each alternative before entering it, where a "?" group is always entered.
GAP: Final = re.compile(
    r"(?:['’](?:s|d|ll|ve)\b|)"
    r"(?:[ \t\xa0]+of[ \t\xa0]+[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*)?|)(?:[ \t\xa0]*\([^)]{0,60}\)|)"
    # An appositive may hold a short quoted name ("wearing “Vote Lee” pins").
    # Each comma-ended part is at most 90 items, a quoted name counting as one: plain characters are taken
    # in one run, the item by item form only where a quotation mark opens within 90 characters.
    r"(?:[ \t\xa0]*,(?:[^,\"“”;]{1,90}+,"
    r"|(?=[^,\"“”;]{0,89}[\"“])(?:[^,\"“”;]|[\"“][^,\"“”;]{1,30}[\"”]){1,90}?,){1,3}"
    r"|[ \t\xa0]+(?:[—–]|--?)[ \t\xa0][^—–\"“”;]{1,100}?[ \t\xa0](?:[—–]|--?)|)"
    rf"(?:[ \t\xa0]+(?:{_FILLER}|{_TIME}))*[ \t\xa0]*,?[ \t\xa0]*"
)
LONG_APPOSITIVE: Final = re.compile(
    r"[ \t]*,[^\"“”;]{1,250}?,[ \t\xa0]*(?:(?:also|has|have|had|now|then|later)[ \t]+)*"
)
# After a cue when the statement came before it: only a time phrase, then the sentence or clause ends.
AFTER_EMPTY: Final = re.compile(
    rf"(?:[ \t\xa0]+(?:{_FILLER}|{_TIME}"
    r"|to[ \t]+(?:reporters|journalists|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)"
    # "said Tuesday in Dover": where.
    r"|in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?![\w'’-]|[ \t]*,[ \t]*[A-Z])))*"
    r"[ \t]*(?P<end>[.!?;]|,|[—–-]{1,2}(?!\w)|$)"
)
THAT: Final = re.compile(
    rf"(?:[ \t]+(?:{_FILLER}|{_TIME}))*[ \t]*,?[ \t]*(?:that|:)(?=[ \t]|[\"“‘])",
)
THAT_FAR: Final = re.compile(r"[^.;:\"“”]{0,90}?[ \t,](?:that|:)(?=[ \t]|[\"“])")


def that_possible(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] has a "that" or a colon, without which THAT and THAT_FAR cannot match (two
    str.find calls cost less than one failed match of either)."""
    return text.find("that", pos, end) >= 0 or text.find(":", pos, end) >= 0


OBJECT: Final = re.compile(
    r"[ \t]+(?:(?:the|a|an|his|her|their)[ \t]+)?(?:[A-Z][\w.'’&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.'’&-]*)*"
    r"(?:['’]s[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?"
    # "told the Vik Herald newspaper": the medium after its name
    r"(?:[ \t]+(?:news[ \t]+agency|newspaper|magazine|television|radio|network|daily|show|program))?"
    r"|\w+(?:[ \t]+(?:in|at|from)[ \t]+[A-Z][\w.]*)?)"
    rf"(?:[ \t]+(?:{_TIME}))*[ \t]*[,:]?"
)
CONTENT_TRIM: Final = " \t\n\xa0,;:—–-"
_CLAUSE_START: Final = (
    r"(?:[ \t]+(?:in|on|at|during)[ \t]+(?:a|an|the|his|her|their|its)?[ \t]*[\w-]+(?:[ \t]+[\w-]+){0,3}?"
    r"|[ \t]+(?:on|last|this)[ \t]+\w+|[ \t]+\w+ly"
    r"|[ \t]+to[ \t]+(?:his|her|their|its|the)[ \t]+(?:[\w,.’'-]+[ \t]+){0,3}?[\w’'-]+(?=,|:))*"
    r"[ \t]*(?:,|:|[\"“‘']|[ \t]that\b|that\b)"
)
# "wrote to her followers, “...”": whom it was said to, before the quotation.
TO_WHOM: Final = re.compile(
    r"[ \t]+to[ \t]+(?:his|her|their|its|the)[ \t]+(?:[\w.’'-]+(?:,\d+)?[ \t]+){0,3}?[\w’'-]+"
    r"(?:[ \t]*,[^,\"“”]{1,40},)?[ \t]*[,:]?[ \t]*(?=that\b|[\"“‘'])"
)
# Cues that are speech only when a clause or quotation follows ("continued:", not "continues to grow").
CLAUSE_REQUIRED: dict[str, re.Pattern[str]] = {
    lemma: re.compile(_CLAUSE_START)
    for lemma in "continue post maintain write conclude issue charge boast comment apologize release".split()
}
# "released a statement / its findings", "issued a warning", "posted a video", "wrote an op-ed": something
# said, without a clause after the verb.
_RELEASED: Final = re.compile(
    _CLAUSE_START + r"|[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:statements?|reports?|plans?|ads?|videos?|data|lists?|findings|details|letters?|e-?mails|transcripts?"
    r"|figures|polls?|proposals?|results|documents|memos?|warnings?|apolog(?:y|ies)|messages?|tweets?|photos?"
    r"|images?|op-eds?|columns?|essays?|blog(?:[ \t]+posts?)?)\b"
)
# "a statement on Friday evening": what was released, not what it says.
SAID_THING: Final = re.compile(
    r"(?:(?:a|an|the|its|his|her|their)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:statements?|letters?|messages?"
    r"|e-?mails?|tweets?|posts?|memos?|videos?)\b[^\"“”]*"
)
for _lemma in ("release", "issue", "post", "write"):
    CLAUSE_REQUIRED[_lemma] = _RELEASED
# "wrote to the board that ...", "wrote Ann Lee, the chair, that ...", "wrote the local paper that ...": whom
# it was written to, then the clause.
_READERS: Final = (
    r"(?:(?:the|a|an|his|her|their|its)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:newspaper|paper|magazine|editors?"
    r"|board|committee|council|judge|court|lawmakers|senators?|members|colleagues|supporters|followers|donors"
    r"|employees|staff|students|parents|readers|voters|residents|officials)"
)
WRITE_TO: Final = re.compile(
    r"[ \t]+(?:to[ \t]+(?:(?:the|a|an|his|her|their|its)[ \t]+)?(?:[\w.'’&-]+[ \t]+){0,4}?[\w.'’&-]+"
    r"|(?:[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,4}|" + _READERS + r"))"
    r"(?:[ \t\xa0]*,[^,\"“”;]{1,60},)?[ \t\xa0]*that(?=[ \t])"
)
CLAUSE_REQUIRED["write"] = re.compile(_RELEASED.pattern + "|" + WRITE_TO.pattern)
_VICTORY: Final = (
    r"(?:[ \t]+\S+){0,4}?[ \t]+(?:victory|victories|win|wins|title|prize|credit|seat|nomination|lead"
    r"|delegates|percent|spot|place|state|states)\b"
)
_BARE_STATEMENT: Final = re.compile(
    r"[ \t]+(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?statements?"
    rf"(?:[ \t]+(?:{_TIME}))*[ \t]*(?:[.;,]|$)"
)
# "The police released video of the arrest on Monday": a recording made public, not words of the police
# (unless the sentence says what it shows or claims).
_RELEASED_NOTHING: Final = re.compile(
    _BARE_STATEMENT.pattern
    + r"|[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:video|videos|footage|recording)\b"
    r"(?![^.;:\"“”]*\b(?:that|which|saying|showing|where|who)\b)"
)
NOT_SPEECH_AFTER: dict[str, re.Pattern[str]] = {
    "add": re.compile(
        r"[ \t]+(?:to|up|(?:a|an|another|one|more|its|around|nearly|over|some|\d[\d,.]*)\b"
        r"(?![^.;:\"“”]*[:\"“]))\b"
    ),
    "respond": re.compile(r"(?:[ \t]+\w+ly)?[ \t]+(?:to|by|as|first)\b"),
    "report": re.compile(
        r"[ \t]+(?:from|for|to|on[ \t]+the[ \t]+ground|(?:(?:a|an)[ \t]+)?(?:[\w-]+[ \t]+)?(?:profits?|loss"
        r"|losses|earnings|revenues?|sales|income|deficit|surplus)\b)|[ \t]+\$"
    ),
    "claim": re.compile(_VICTORY),
    "call": re.compile(
        r"[ \t]+(?:off|back|in|into|up)\b"
        # "Lee called Ann Berg.", "Lee called Ann Berg, a former aide, ...": a telephone call.
        r"|[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
        r"(?:[ \t]*[.;]?[ \t]*$|,[ \t]+(?:a|an|who)\b)"
        # "Lee called Ann Berg on Tuesday to congratulate her": a telephone call.
        r"|[ \t]+(?:him|her|them|both[ \t]+\w+|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
        r"(?:[ \t]+(?:on[ \t]+\w+|last[ \t]+\w+|\w+day(?:[ \t]+(?:morning|afternoon|evening|night))?"
        r"|(?:\w+[ \t]+)?(?:days|weeks|months)[ \t]+ago"
        r"|shortly|later|earlier|again|yesterday|today|tonight|after\b[^\"“”]*"
        r"|to[ \t]+(?:congratulate|concede|discuss|offer|thank|apologize)\b[^\"“”]*))+"
        # "... and was told", "... and asked her to run": the call's next act.
        r"[ \t]*(?:[.,;]|$|and[ \t]+(?:was|were|\w+ed)\b)"
    ),
    "declare": re.compile(
        r"[ \t]+(?:(?:the|a|an|his|her|its)[ \t]+)?(?:winner|victory|bankruptcy|war|emergency|for)\b"
    ),
    "concede": re.compile(
        r"(?:[ \t]+\S+){0,2}?[ \t]+(?:race|defeat|election|primary|nomination|contest|loss|seat)\b"
    ),
    "ask": re.compile(
        r"[ \t]+(?:(?:a|the|his|her|several|many|some|tough|pointed)[ \t]+)?questions?\b"
        r"|[ \t]*(?:(?:not[ \t]+)?to[ \t]+be[ \t]+(?:named|identified|quoted)|for[ \t]+anonymity"
        r"|to[ \t]+remain[ \t]+anonymous)"
    ),
    # "Lee issued a brief statement on Friday.": the statement's words, if any, come elsewhere.
    "release": _RELEASED_NOTHING,
    "issue": _BARE_STATEMENT,

}
# "asked about them at the hearing": a question on a topic only a pronoun names, not what was asked.
PRONOUN_TOPIC: Final = (
    re.compile(r"(?:it|them)(?:[ \t]+(?:in|during|after|at|on|before|last|this)\b[^,;:\"“”]*)?$")
)
# "talked about ...", "spoke at the town hall on Tuesday about ...", "spoke of ...".
ABOUT: Final = re.compile(
    r"(?:[ \t]+(?:\w+ly|more|out|up|at[ \t]+length|with[ \t]+admiration))*[ \t]+of\b"
    r"|(?:[ \t]+(?:\w+ly|more|out|up|at[ \t]+length))*"
    r"(?:[ \t]+(?:to|with|at|in|during|before|on)[ \t]+[^,.;:\"“”]{1,70}?)?[ \t]+about\b"
    r"|(?:[ \t]+\w+ly)*[ \t]+out(?:[ \t]+\w+ly)?[ \t]+(?:against|for|in[ \t]+favor[ \t]+of)\b"
)
CLAUSE_REQUIRED["talk"] = ABOUT
# "boasted of his record", "commented on the ruling": what it was about.
ABOUT_OR_ON: Final = re.compile(r"(?:[ \t]+\w+ly)?[ \t]+(?:of|about|on)\b")
for _lemma in ("boast", "comment", "remark"):
    CLAUSE_REQUIRED[_lemma] = re.compile(_CLAUSE_START + "|" + ABOUT_OR_ON.pattern)
CLAUSE_REQUIRED["speak"] = ABOUT
# After "X said" when the statement came before it: when and where it was said, no new clause.
CIRCUMSTANCE: Final = re.compile(
    r"[ \t]+(?:after|before|during|while|when|outside|inside|in[ \t]+(?:a|an|his|her|their)[ \t]+(?:interview"
    r"|statement|speech|email|e-mail|tweet|post|letter|call|telephone|phone)"
    r"|at[ \t]+(?:a|an|the|his|her)[ \t]+"
    r"(?:rally|event|news|press|campaign|town|forum|meeting|hearing|conference|luncheon|breakfast|dinner))\b"
    r"(?:(?!\bthat\b)[^\"“”:;])*[.!?]?[ \t]*"
)
QUOTE_NEXT: Final = re.compile(r"[ \t]*[,:]?[ \t]*[\"“‘'«„]")
# Naming verbs are statements only with the quoted name: "dubbed him “the little senator”",
# "referred to Varga as “a steady hand”".
NAMED_AS: Final = re.compile(
    r"(?:[ \t]+to)?[ \t]+[^.;:\"“”]{1,60}?[ \t]+(?:as[ \t]+)?(?:a[ \t]+|an[ \t]+|the[ \t]+)?[\"“‘']"
)
for _lemma in ("refer", "dub", "label", "brand"):
    CLAUSE_REQUIRED[_lemma] = NAMED_AS
TO: Final = re.compile(r"[ \t]+to\b")
for _lemma in lx.QUOTE_ONLY:
    CLAUSE_REQUIRED[_lemma] = QUOTE_NEXT
CALL_FOR: Final = re.compile(r"[ \t]+(?:for|on)\b")
# What a reported clause never is: a passive agent, a time or place alone, "about ..." after "what X said".
NOT_CONTENT: Final = re.compile(
    r"by\b"
    r"|(?:on|in|at|late|early|last|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today|tonight|this(?=[ \t]+(?:week|month|year|morning|afternoon|evening|spring|summer|fall"
    r"|autumn|winter|time|\w+day)\b))\b[^,;:\"“”]{0,30}$"
    r"|(?:(?:a|the)[ \t]+)?(?:few|\w+)[ \t]+(?:hours|days|weeks|months|years)[ \t]+(?:ago|later|earlier)$"
)
# "testified before the panel", "said on stage", "responded after the vote": a circumstance of the act, with
# no clause of its own (no subject, auxiliary or "that" anywhere in it).
CIRCUMSTANCE_ONLY: Final = re.compile(
    r"(?:on|before|after|under|into)[ \t]"
    r"(?:(?!\b(?:that|about|he|she|they|it|we|I|there|is|are|was|were|would|will|had|has|have|could|should|can"
    r"|did|does|do|may|might|must)\b)(?![\"“”‘]|(?<!\w)['’]).)*$"
)
