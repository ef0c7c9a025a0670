"""Who a speaker mention is: names via the entity index, descriptions via roles, pronouns via salience."""

from __future__ import annotations

import re
from typing import Final

from bot.extract.entities import Entity, EntityIndex, _org_name
from bot.extract.mentions import Span

_NAME_LIKE: Final = re.compile(r"(?!The |A |An )[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}")


_SUBJECT_FORM: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}


class Discourse:
    """Reading state: who was the subject of the last sentence, who spoke last, who was mentioned when."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index
        self.prev_subject: Entity | None = None
        self.sentence_subject: Entity | None = None
        self.last_speaker: Entity | None = None
        self.sentences_since_speaker = 99  # sentences read since a statement named its speaker
        self.last_entity: Entity | None = None  # the speaker of the latest statement, of any kind
        self.last_group: Entity | None = None
        self.before: list[Entity] = []  # people named earlier in the sentence of the mention being resolved
        self.named: list[Entity] = []  # people named in the sentence being read
        self.prev_named: list[Entity] = []  # and in the sentence before
        self.recent: dict[int, int] = {}
        self._by_id: dict[int, Entity] = {}
        self._groups: dict[str, Entity] = {}

    def seen(self, e: Entity, pos: int) -> None:
        self.recent[id(e)] = pos
        self._by_id[id(e)] = e

    def see_names(self, ms: list[Span]) -> None:
        """The people and organisations named (outside quotations) in the sentence just read."""
        recent, by_id, named = self.recent, self._by_id, self.named
        for m in ms:
            e = m.entity
            if e is not None and not m.quoted and m.kind == "name":
                recent[id(e)] = m.start
                by_id[id(e)] = e  # type: ignore[assignment]
                named.append(e)  # type: ignore[arg-type]

    def resolve(self, m: Span) -> Entity | None:
        if m.kind == "name":
            e = m.entity if isinstance(m.entity, Entity) else None
            if e is not None:
                self.seen(e, m.start)
            return e
        if m.kind == "desc":
            if m.text.split(" ", 1)[0].lower() in ("a", "an", "one", "another"):
                # "a senior official": anonymous, never one of the article's named people.
                return self._group(m.text.split(" ", 1)[1] if " " in m.text else m.text)
            if m.entity_kind == "person" and _NAME_LIKE.fullmatch(m.text):
                # A bare capitalised name taken as a plain subject ("Cruz openly admitted").
                e = self.index.by_name(m.text)
                self.seen(e, m.start)
                return e
            if m.entity_kind == "person":
                e = self.index.by_description(m, m.start, self.recent)
                if e is not None:
                    if e.gender is None and m.gender:
                        e.gender = m.gender
                    self.seen(e, m.start)
                elif org := _org_name(m.text):
                    # "The Brennan Center for Justice said": an institution's own name, not a role.
                    e = self.index.org(org)
                    self.seen(e, m.start)
                return e
            if m.name:
                return self.index.org(m.name)
            return self._recent_org(m.role)
        if m.kind == "group":
            return self._group(m.name)
        return self._pronoun(m)

    def _recent_org(self, head: str) -> Entity | None:
        """"The ministry" after "Korvath's Foreign Ministry": the latest organisation named with that word."""
        best: tuple[int, Entity] | None = None
        for eid, pos in self.recent.items():
            e = self._by_id[eid]
            if e.kind != "organisation" or e.name.lower().split()[-1:] != [head]:
                continue
            if best is None or pos > best[0]:
                best = (pos, e)
        return best[1] if best else None

    def _group(self, name: str) -> Entity:
        e = self._groups.get(name)
        if e is None:
            e = Entity(name, "group")
            self._groups[name] = e
        return e

    def _pronoun(self, m: Span) -> Entity | None:
        low = _SUBJECT_FORM.get(m.text.lower(), m.text.lower())  # "his call for": as "he"
        if low == "i":
            return None  # the writer
        if low in ("he", "she"):
            g = "m" if low == "he" else "f"
            # Someone of that gender named earlier in the sentence, even as an owner or an object, comes
            # before the subject of the sentence before.
            named = _first_of(self.before, g)
            cands: list[Entity | None] = [
                self.sentence_subject,
                named,
                self.prev_subject,
                _first_of(self.prev_named, g),  # "..., but Mr. Berg, who joined in May, objects. He said"
                self.last_speaker,
            ]
            e = None
            ranked: list[Entity] | None = None
            for strict in (True, False):
                # First someone plainly a person ("Ann Lee", or known to be a "she"), then anyone confirmed:
                # a lone capitalised word ("Springfield") is the weakest antecedent.
                e = next((c for c in cands if c is not None and _fits(c, g, strict)), None)
                if e is None:
                    if ranked is None:
                        by_id = self._by_id
                        ranked = [by_id[eid] for eid, _ in sorted(self.recent.items(), key=lambda kv: -kv[1])]
                    e = next((c for c in ranked if _fits(c, g, strict)), None)
                if e is not None:
                    break
            if e is not None:
                if e.gender is None:
                    e.gender = g
                self.seen(e, m.start)
            return e
        for e in (self.sentence_subject, self.prev_subject, self.last_group):
            if e is not None and e.kind != "person":
                return e
        return None

    def end_sentence(self) -> None:
        self.sentences_since_speaker += 1
        if self.sentence_subject is not None:
            self.prev_subject = self.sentence_subject
        self.sentence_subject = None
        self.prev_named, self.named = self.named, []


def _first_of(people: list[Entity], gender: str) -> Entity | None:
    """The first person in the list known to be a "he" (gender "m") or a "she" ("f")."""
    return next((e for e in people if e.gender == gender and e.kind == "person"), None)


def _fits(e: Entity, gender: str, strict: bool) -> bool:
    if e.kind != "person" or not e.confirmed or e.gender not in (None, gender):
        return False
    if not strict or e.gender == gender or e.roles:
        return True
    return e.count >= (2 if " " in e.name else 3) or e.spoke and " " in e.name
