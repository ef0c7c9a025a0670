"""Word lists as trie-shaped regular expressions: re tries alternatives one by one, a trie does not."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words (spaces match runs of blanks)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(root)


def _node(node: dict[str, dict]) -> str:
    end = "" in node
    alts = [_char(ch) + _node(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def _char(ch: str) -> str:
    return r"[ \t]+" if ch == " " else re.escape(ch)


def word_regex(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Whole words from the list, found quickly."""
    words = list(words)
    # Checking the first letter before entering the trie makes misses cheap.
    first = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return re.compile(r"\b(?=[" + first + r"])" + trie_pattern(words) + r"\b", flags)
