"""Folding and keys for names: one spelling-insensitive form for matching and merging speakers."""

from __future__ import annotations

import re

from anyascii import anyascii

_NON_WORD = re.compile(r"[^a-z0-9]+")

# Honorifics and titles that may stand before a name but are never part of it.
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady president vice prime minister sen senator rep "
    "representative gov governor mayor gen general col adm judge justice secretary chancellor king "
    "queen prince princess pope rev father sheikh ambassador congressman congresswoman".split()
)
SUFFIXES = frozenset("jr sr ii iii iv".split())

# Spelling variants that transliterations and typos swap; applied in order.
_SOUND_RULES: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("ck", "k"),
    ("ch", "h"),
    ("sch", "sh"),
    ("tsch", "ch"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
)
_REPEATS = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case plain letters and digits separated by single spaces (accents and scripts folded)."""
    return _NON_WORD.sub(" ", anyascii(text).lower()).strip()


def sound_key(word: str) -> str:
    """A key under which spelling variants of one name word coincide: Zelenskyy, Selenskyj -> selenski."""
    key = fold(word).replace(" ", "")
    for old, new in _SOUND_RULES:
        key = key.replace(old, new)
    return _REPEATS.sub(r"\1", key)


def name_words(name: str) -> list[str]:
    """The folded words of a person's name without honorifics (suffixes such as Jr. are kept)."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return words


def name_key(name: str, kind: str = "person") -> str:
    """The identity key of a speaker: sound keys of the name words (persons) or the folded name."""
    if kind != "person":
        words = fold(name).split()
        if words and words[0] == "the":
            words = words[1:]
        return " ".join(words)
    return " ".join(w if w in SUFFIXES else sound_key(w) for w in name_words(name))
