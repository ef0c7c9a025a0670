"""The fast scans find exactly what the regular expressions they stand in for find."""

from __future__ import annotations

import re

from bot.extract import cues, direct, mentions
from bot.extract.trie import WordFinder
from bot.names import fold, sound_key

_TEXT = (
    "Mayor Ilse Varnholt pointed out that the front-runner, Sen. Oskar Mäki-Brandt, had said nothing. "
    "“We will,” she said. Officials  pointed\tout the cost; the council's point: the pointer pointed to it. "
    "Dr. A.B. McTavish of the Port Authority and O’Dell de la Cruz Jr. said so, said Ms. Renn."
)


def test_word_finder_matches_the_word_regex() -> None:
    finder = WordFinder(["said", "point out", "pointed out", "pointed to", "front-runner", "she", "council"])
    for text in (_TEXT, _TEXT.encode("ascii", "replace").decode(), "said", "x said", "unsaid saidx"):
        want = [(m.span(), m.group()) for m in finder.regex.finditer(text)]
        assert [(m.span(), m.group()) for m in finder.finditer(text)] == want
        assert [(m.span(), m.group()) for m in finder.find_outside(text, [])] == want


def test_name_sequences_match_the_plain_token_form() -> None:
    m = mentions
    plain = re.compile(
        rf"{m._TOK}(?:{m._JOIN}{m._TOK})*(?:,?[ \t]+(?:Jr\.|Sr\.|III|II|IV)(?![\w]))?"
    )
    text = _TEXT + " Gen. Lt. Col. MacLeod, USA-NATO iPhone MPs D’Arcy van der Berg."
    spans = [x.group() for x in m._NAME_SEQ.finditer(text)]
    assert spans == [x.group() for x in plain.finditer(text)]
    assert "Dr. A.B. McTavish of the Port Authority" in spans


def test_ascii_name_sequences_on_ascii_letters() -> None:
    m = mentions
    text = _TEXT.replace("ä", "a") + " Gen. Lt. Col. MacLeod, USA-NATO iPhone MPs D’Arcy van der Berg."
    assert m.ascii_words(text) and not m.ascii_words(_TEXT)  # curly quotes are no letters
    want = [x.span() for x in m._NAME_SEQ.finditer(text)]
    assert [x.span() for x in m._NAME_SEQ_ASCII.finditer(text)] == want
    text += " The former state senator, two senior officials familiar with the talks and Varnholt's aide."
    for plain, ascii_form in zip(m._FORMS, m._ASCII_FORMS, strict=True):
        assert [x.span() for x in ascii_form.finditer(text)] == [x.span() for x in plain.finditer(text)]
    names = [s.text for s in m._raw_names(_TEXT, 0, len(_TEXT), set())]
    assert "Sen. Oskar Mäki-Brandt" in names


def test_fold_and_sound_key() -> None:
    assert fold("Ilse Varnholt") == "ilse varnholt"
    assert fold("  O'Dell-Mäki  Jr. ") == "o dell maki jr"
    assert sound_key("Schmitt") == "shmit"
    assert sound_key("Varnholt") == "varnholt"


def test_quote_marks_found_as_the_mark_pattern_finds_them() -> None:
    texts = (
        _TEXT,
        "''Calm seas,'' said Brandt's mate. ‘Not now’ — '90s 'x' don’t é’é 3'4 _'_ '' ' '",
        "'",
        "a'",
        "'a",
    )
    for text in texts:
        want = [(m.start(), m.end() - m.start()) for m in direct._MARK.finditer(text)]
        assert direct._marks(text) == want


def test_that_after_a_cue_is_never_an_empty_tail() -> None:
    # analyse skips AFTER_EMPTY before " that": no phrase it takes may open with the word.
    for text in (" that the pier closes", " that", " that, he said", " that.", " that today"):
        assert cues.AFTER_EMPTY.match(text) is None
