"""The article's cast: people (with roles, aliases, gender), organisations and groups, and lookups into it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from bot.extract.mentions import STATE_ABBREV as _STATE_ABBREV
from bot.extract.mentions import STATES as _STATES
from bot.extract.mentions import Span
from bot.names import fold as _fold
from bot.names import sound_key as _sound_key

sound_key = lru_cache(maxsize=8192)(_sound_key)
fold = lru_cache(maxsize=8192)(_fold)


@dataclass(eq=False, init=False, slots=True)
class Entity:
    name: str
    kind: str  # person | organisation | group
    roles: list[str] = field(default_factory=list)
    role_words: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    count: int = 0
    first: int = 0
    confirmed: bool = False  # a full name, a title or a gender says this is a person
    spoke: bool = False  # named as the speaker of a statement

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)

    # Written out rather than generated: a compiled class runs its own __init__ natively, the one the
    # dataclass decorator would generate as Python (about 2k instructions a call).
    def __init__(
        self,
        name: str,
        kind: str,
        roles: list[str] | None = None,
        role_words: set[str] | None = None,
        aliases: list[str] | None = None,
        gender: str | None = None,
        count: int = 0,
        first: int = 0,
        confirmed: bool = False,
        spoke: bool = False,
    ) -> None:
        self.name = name
        self.kind = kind
        self.roles = [] if roles is None else roles
        self.role_words = set() if role_words is None else role_words
        self.aliases = [] if aliases is None else aliases
        self.gender = gender
        self.count = count
        self.first = first
        self.confirmed = confirmed
        self.spoke = spoke


def _key(words: list[str]) -> str:
    return " ".join(map(sound_key, words))


class EntityIndex:
    """Built from all name mentions of an article, so short forms find full names wherever they appear."""

    def __init__(self, mentions: list[Span]) -> None:
        self.people: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._by_word: dict[str, list[Entity]] = {}
        self._orgs: dict[str, Entity] = {}
        self._merged: dict[int, Entity] = {}
        singles: list[Span] = []
        names = [m for m in mentions if m.kind == "name"]
        for m in names:
            if m.entity_kind != "organisation" and " " in m.text and (org := _org_name(m.text)):
                m.entity_kind, m.name, m.role = "organisation", org, ""
            if m.entity_kind == "organisation":
                m.entity = self.org(m.name)
                continue
            words = fold(m.name).split()
            if len(words) >= 2 and " " not in m.name and "-" in m.name:
                # "Lee-Varga", "Varga-style": one word, not a first and last name.
                singles.append(m)
            elif len(words) >= 2:
                key = _key(words)
                e = self._by_key.get(key)
                if e is None:
                    e = Entity(m.name, "person", first=m.start)
                    self._by_key[key] = e
                    self.people.append(e)
                    last = words[-1] if words[-1] not in ("jr", "sr", "ii", "iii") else words[-2]
                    for k in {sound_key(last), sound_key(words[0])}:
                        self._by_word.setdefault(k, []).append(e)
                e.confirmed = True
                self._learn(e, m)
                m.entity = e
            elif words:
                singles.append(m)
        self._merge_short_forms()
        for m in singles:
            w = sound_key(m.name)
            cands = self._by_word.get(w)
            if not cands and "-" in m.name:
                # "Ocasio-Varga" for "Ana Ocasio-Varga", never "Varga" for the "Lee-Varga ticket".
                tail = fold(m.name)
                cands = [
                    c
                    for c in self._by_word.get(sound_key(tail.split()[-1]), ())
                    if (" " + fold(c.name)).endswith(" " + tail)
                ]
            if cands and len(cands) == 1:
                e = cands[0]
            elif cands:
                # "Secretary Reyes" is the Reyes with that title; "Ms. Reyes" the woman.
                e = max(
                    cands,
                    key=lambda c: (
                        bool(m.role_words & c.role_words),
                        m.gender is None or c.gender in (None, m.gender),
                        fold(c.name).split()[-1] == fold(m.name),
                        c.count,
                        -c.first,
                    ),
                )
            else:
                e = self._by_key.get(w)
                if e is None:
                    e = Entity(m.name, "person", first=m.start)
                    self._by_key[w] = e
                    self.people.append(e)
                    self._by_word.setdefault(w, []).append(e)
            self._learn(e, m)
            e.add_alias(m.text if m.role == "" and m.text != m.name else m.name)
            m.entity = e
        if self._merged:
            for m in names:
                if m.entity is not None and id(m.entity) in self._merged:
                    m.entity = self._merged[id(m.entity)]

    def learn_context(self, text: str, mentions: list[Span]) -> None:
        """Party and state written after a name ("Marco Rubio (R-Fla.)", "Tim Kaine of Virginia"), so that
        "the Florida Republican" finds him later."""
        for m in mentions:
            if m.kind != "name":
                continue
            after = text[m.end : m.end + 5]
            if "(" not in after and "of" not in after:
                continue
            e = m.entity
            if not isinstance(e, Entity) or e.kind != "person":
                continue
            p = _PARTY_STATE.match(text, m.end)
            if p is not None:
                e.role_words.add(_PARTIES[p.group(1)])
                state = _STATE_ABBREV.get(p.group(2).lower().rstrip("."), p.group(2).lower())
                e.role_words.update(state.split())
                continue
            o = _OF_PLACE.match(text, m.end)
            if o is not None and o.group(1).lower() in _STATES:
                e.role_words.update(o.group(1).lower().split())

    def _merge_short_forms(self) -> None:
        """"De Wal" and "Piet de Wal" are one person: a name whose words are part of a longer one."""
        split = {k: k.split() for k in self._by_key}
        by_last: dict[str, list[str]] = {}
        for k, ws in split.items():
            by_last.setdefault(ws[-1], []).append(k)
        for k in sorted(split, key=lambda k: len(split[k])):
            same_last = by_last[split[k][-1]]
            if len(same_last) < 2:
                continue
            words = set(split[k])
            longer = [self._by_key[k2] for k2 in same_last if k2 != k and words < set(split[k2])]
            if not longer:
                continue
            e = self._by_key[k]
            target = max(longer, key=lambda c: (c.count, -c.first))
            if target is e:
                continue
            target.count += e.count
            target.first = min(target.first, e.first)
            target.add_alias(e.name)
            for r in e.roles:
                target.add_role(r)
            target.role_words |= e.role_words
            target.gender = target.gender or e.gender
            self._by_key[k] = target
            if e in self.people:
                self.people.remove(e)
            self._merged[id(e)] = target
        if not self._merged:
            return  # the lists hold each person once already
        for lst in self._by_word.values():
            lst[:] = list(dict.fromkeys([self._merged.get(id(e), e) for e in lst]))

    def _learn(self, e: Entity, m: Span) -> None:
        e.count += 1
        if m.role or m.gender or m.entity_kind == "person":
            e.confirmed = True
        if m.role:
            e.add_role(m.role)
        e.role_words |= m.role_words
        if e.gender is None and m.gender:
            e.gender = m.gender
        if m.text != m.name and not m.role and m.text != e.name and m.text.endswith(m.name):
            e.add_alias(m.text)

    def by_name(self, name: str) -> Entity:
        """The person a bare name refers to: a known full name by its last word, or a new person."""
        words = fold(name).split()
        key = _key(words)
        e = self._by_key.get(key)
        if e is None:
            cands = self._by_word.get(sound_key(words[-1])) if words else None
            if cands:
                e = max(cands, key=lambda c: (c.count, -c.first))
            else:
                e = Entity(name, "person", first=0)
                self._by_key[key] = e
                self.people.append(e)
        return e

    def org(self, name: str) -> Entity:
        key = fold(name)
        e = self._orgs.get(key)
        if e is None:
            e = Entity(name, "organisation")
            self._orgs[key] = e
        return e

    def by_description(self, m: Span, before: int, recent: dict[int, int]) -> Entity | None:
        """The person an article introduced with the role a description names ("the Russian president")."""
        head = m.role
        mods = {w for w in m.role_words if w != head and w not in ("former", "then", "a", "an", "his", "her")}
        best: tuple[int, int] | None = None
        found: Entity | None = None
        heads = _SYNONYMS.get(head, (head,))
        loose = head in _PARTY_HEADS
        # "the Wisconsin Republican": a party label only points at someone carrying the state too.
        placed = loose and any(w[:1].isupper() for w in m.text.split()[1:-1])

        for e in self.people:
            if e.role_words.isdisjoint(heads):
                continue
            if e.first >= before and id(e) not in recent:
                continue
            hit = sum(1 for w in mods if w in e.role_words or _SAME_AS.get(w, "") in e.role_words)
            if loose and not hit and (placed or head not in e.role_words):
                continue  # "the Florida Republican" needs the state to match a senator or governor
            # A named modifier the person does not carry ("the Ukrainian president") rules them out.
            if mods and not hit:
                capital_mods = {w for w in mods if w in _DISTINCT}
                if capital_mods:
                    continue
            score = (hit, recent.get(id(e), -1))
            if best is None or score > best:
                best, found = score, e
        return found


# A description's head may name the role with another word: "the Halvanian leader" for a president.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leader": tuple("leader president premier chancellor prime king queen chairman chairwoman".split()),
    "head": ("head", "chief", "director", "president", "chairman", "chairwoman", "leader"),
    "chief": ("chief", "head", "director"),
    "official": ("official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "director"),
    "republican": tuple("republican senator governor congressman congresswoman representative".split()),
    "democrat": tuple("democrat senator governor congressman congresswoman representative".split()),
    "lawmaker": tuple("lawmaker senator congressman congresswoman representative".split()),
}
# Modifiers written either way: "the GOP nominee" for the "Republican nominee".
_SAME_AS: Final = (
    {"gop": "republican", "republican": "gop", "democratic": "democrat", "democrat": "democratic"}
)
_PARTY_HEADS: Final = frozenset("republican democrat lawmaker".split())
_DISTINCT: Final = frozenset(
    """russian ukrainian american u.s. us british french german chinese israeli iranian syrian european
    kremlin white house republican democratic gop state defense foreign presidential vice""".split()
)


# Heads that make a capitalised phrase an institution, never a person ("Bureau of Labor Statistics").
ORG_HEADS: Final = frozenset(
    """bureau department ministry committee agency office council commission administration association
    institute university college foundation center centre company corporation corp corp. inc inc.
    organization organisation federation coalition alliance embassy authority terminals industries systems
    technologies holdings partners laboratories institution academy""".split()
)
_ORG_JOINERS: Final = frozenset("of for and on the & de a an to".split())


@lru_cache(maxsize=4096)
def _org_name(text: str) -> str:
    """The name of an institution written as a capitalised phrase, or ''."""
    if " " not in text or ORG_HEADS.isdisjoint(text.lower().split()):
        return ""  # most phrases: no head word at all
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and not words[0][:1].isupper():
        words = words[1:]  # "the nonpartisan Congressional Budget Office"
    k = next((i for i, w in enumerate(words) if w.lower() in ORG_HEADS), -1)
    if len(words) < 2 or k < 0 or k + 1 < len(words) and words[k + 1].lower() not in _ORG_JOINERS:
        return ""  # "University President Ann Lee" is a person
    if not all(w[:1].isupper() or w.lower() in _ORG_JOINERS for w in words):
        return ""
    return " ".join(words)


_PARTY_STATE: Final = re.compile(r"[ \t]*,?[ \t]*\((R|D|I)[-–.,][ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)\)")
_OF_PLACE: Final = re.compile(r",?[ \t]+of[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")
_PARTIES: Final = {"R": "republican", "D": "democrat", "I": "independent"}
