"""Folding and keys for names: one spelling-insensitive form for matching and merging speakers."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final

from anyascii import anyascii

_NON_WORD: Final = re.compile(r"[^a-z0-9]+")

# Honorifics and titles that may stand before a name but are never part of it.
HONORIFICS: Final = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady president vice prime minister sen senator rep "
    "representative gov governor mayor gen general col adm judge justice secretary chancellor king "
    "queen prince princess pope rev father sheikh ambassador congressman congresswoman".split()
)
SUFFIXES: Final = frozenset("jr sr ii iii iv".split())

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
_REPEATS: Final = re.compile(r"(.)\1+")
_FIRST_GROUP: Final = itemgetter(1)


def fold(text: str) -> str:
    """Lower-case plain letters and digits separated by single spaces (accents and scripts folded)."""
    if text.isascii():
        low = text.lower()
        # Most names are ASCII letters and single blanks already, which the substitution leaves as they are.
        if low.replace(" ", "").isalnum() and "  " not in low and low[0] != " " and low[-1] != " ":
            return low
        return _NON_WORD.sub(" ", low).strip()
    return _NON_WORD.sub(" ", anyascii(text).lower()).strip()


# The rules above in steps: the digraphs (which come first), then "x" (the one letter written as two), then
# the other single letters as one byte table: no letter a single-letter rule writes is one another rewrites.
_DIGRAPH_RULES: Final = tuple((old, new) for old, new in _SOUND_RULES if len(old) > 1)
_LETTERS: Final = [(old, new) for old, new in _SOUND_RULES if len(old) == 1 and old != "x"]
_LETTER_TABLE: Final = bytes.maketrans(
    "".join(old for old, _ in _LETTERS).encode(), "".join(new for _, new in _LETTERS).encode()
)


def sound_key(word: str) -> str:
    """A key under which spelling variants of one name word coincide: Zelenskyy, Selenskyj -> selenski."""
    key = fold(word).replace(" ", "")
    if "h" in key or "ck" in key:  # every digraph rule has one of them
        for old, new in _DIGRAPH_RULES:
            key = key.replace(old, new)
    if "x" in key:
        key = key.replace("x", "ks")
    key = key.encode().translate(_LETTER_TABLE).decode()
    # A search is much cheaper than a substitution, and most keys repeat no letter. The letter of a run comes
    # from a C callable: a template ("\\1") is parsed again on every call.
    return _REPEATS.sub(_FIRST_GROUP, key) if _REPEATS.search(key) else key


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


# Transliterations of one given name (Ukrainian, Russian, German and English spellings): the same
# person appears as Mykyta in one outlet and Nikita in another. Only true spelling variants belong
# here, never nicknames or merely similar names (Donald/Ronald).
_GIVEN_NAME_VARIANTS: Final = (
    "mykyta nikita mikita",
    "volodymyr vladimir wolodymyr",
    "oleksandr aleksandr alexander alexandr aleksander oleksander",
    "oleksiy oleksii aleksei alexei aleksey alexey",
    "andriy andrii andrei andrey",
    "serhiy serhii sergei sergey sergej",
    "dmytro dmitry dmitri dmitrij",
    "mykola nikolai nikolay nikolaj",
    "mykhailo mikhail michail",
    "hryhoriy hryhorii grigory grigori grigorij",
    "heorhiy heorhii georgy georgi georgij",
    "petro pyotr petr pjotr",
    "pavlo pavel",
    "yuriy yurii yuri juri",
    "vitaliy vitalii vitaly vitali",
    "yevhen yevgeny evgeny evgeni jewgeni",
    "anatoliy anatolii anatoly",
    "valeriy valerii valery",
    "oleh oleg",
    "ihor igor",
    "illia ilya",
    "maksym maksim maxim",
    "olena elena yelena jelena",
    "kateryna ekaterina yekaterina jekaterina",
    "tetiana tetyana tatiana tatyana",
    "iryna irina",
    "nataliia nataliya natalia natalya",
    "muhammad mohammed mohammad mohamed muhammed",
)
_GIVEN_NAME_KEYS: Final = {
    sound_key(variant): sound_key(group.split()[0])
    for group in _GIVEN_NAME_VARIANTS
    for variant in group.split()
}


def given_name_key(word: str) -> str:
    """``sound_key`` of a given name, with transliterations of one name mapped to one key."""
    key = sound_key(word)
    return _GIVEN_NAME_KEYS.get(key, key)


def person_key(name: str) -> str:
    """``name_key`` of a person with given names through ``given_name_key``: the identity of a person.

    ``Mykyta Schurawel`` and ``Nikita Zhuravel`` coincide; the last name word and suffixes are as in
    ``name_key``.
    """
    words = name_words(name)
    core = [i for i, w in enumerate(words) if w not in SUFFIXES]
    last = core[-1] if core else -1
    return " ".join(
        w if w in SUFFIXES else (given_name_key(w) if i < last else sound_key(w)) for i, w in enumerate(words)
    )
