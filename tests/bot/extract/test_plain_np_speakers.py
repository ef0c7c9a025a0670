"""Direct quotes whose speaker is a plain noun phrase that no mention covers."""

from __future__ import annotations

from tests.bot.extract.helpers import check_offsets, find


def test_quotation_then_noun_phrase_and_speech_verb() -> None:
    text = (
        "The harbour council met on Monday to debate the pier budget.\n\n"
        "“Goodness me, the tide is over the jetty,” a startled boatman exclaimed at the slipway."
    )
    q = find(text, "over the jetty")
    assert q.text == "Goodness me, the tide is over the jetty"
    assert q.direct and q.speaker == "startled boatman" and q.cue == "exclaimed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "a startled boatman"
    check_offsets(text, q)


def test_quotation_then_speech_verb_and_noun_phrase() -> None:
    text = (
        "Harbour treasurer Bo Lund met the council on Monday.\n\n"
        "“Since my first week, the pier came before everything,” the tall, 68-year-old treasurer said "
        "during a long talk with the Harlow Gazette."
    )
    q = find(text, "came before everything")
    assert q.text == "Since my first week, the pier came before everything"
    assert q.direct and q.speaker == "Bo Lund" and q.cue == "said"
    check_offsets(text, q)


def test_quotation_after_colon_with_noun_phrase_subject() -> None:
    text = (
        "The mayor wrote to the harbour board. The flyer goes on to say: "
        "“Lund wants to close the pier and it will damage our town.”"
    )
    q = find(text, "close the pier")
    assert q.text == "Lund wants to close the pier and it will damage our town."
    assert q.direct and q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "The flyer"
    check_offsets(text, q)


def test_quotation_right_after_speech_verb_with_no_named_speaker() -> None:
    text = (
        "The harbour board met on Monday. “The pier will stay open,” one member said. Yet another said, "
        "“Lund is in a five-way battle with Vance, Ortiz and Bell for the chair.”"
    )
    q = find(text, "five-way battle")
    assert q.text == "Lund is in a five-way battle with Vance, Ortiz and Bell for the chair."
    assert q.direct and q.speaker == "another"  # a bare "another", like "others" or "some"
    check_offsets(text, q)


def test_quotation_after_speech_verb_keeps_noun_phrase_before_the_verb() -> None:
    text = (
        "The ballot closed late. Before the count began, her committee mailed its volunteers a card "
        "saying: “Thanks to you, the ferry levy passed tonight.”"
    )
    q = find(text, "ferry levy passed")
    assert q.text == "Thanks to you, the ferry levy passed tonight."
    assert q.direct
    assert q.speaker_mention is not None and q.speaker_mention.text == "her committee"
    check_offsets(text, q)


def test_inverted_noun_phrase_speaker_stops_at_its_relative_clause() -> None:
    text = (
        "The harbour council met on Monday.\n\n"
        "“Lund kept trying to sink the nomination,” said one of three deckhands who watched the whole "
        "meeting from the back row."
    )
    q = find(text, "sink the nomination")
    assert q.text == "Lund kept trying to sink the nomination"
    assert q.direct and q.cue == "said"
    assert q.speaker_mention is not None and q.speaker_mention.text == "one of three deckhands"
    check_offsets(text, q)


def test_colon_quotation_not_given_to_a_noun_phrase_before_that_clause() -> None:
    text = (
        "The ferry timetable changed again. The delay was so long that a clerk for the harbour board "
        "could only sigh: “I guess the tide was booked.”"
    )
    q = find(text, "tide was booked")
    assert q.text == "I guess the tide was booked."
    assert q.direct
    assert q.speaker_mention is None or q.speaker_mention.text != "The delay"
    check_offsets(text, q)


def test_quotation_then_bare_name_that_is_also_a_word() -> None:
    text = (
        "Columnist Bo Will urged voters to look elsewhere.\n\n"
        "“The storm over the pier should warn every voter in town,” Will wrote."
    )
    q = find(text, "storm over the pier")
    assert q.text == "The storm over the pier should warn every voter in town"
    assert q.direct and q.speaker == "Bo Will" and q.cue == "wrote"
    check_offsets(text, q)


def test_sentence_opening_participle_and_quotation_go_to_the_sentence_before() -> None:
    text = (
        "Harbour master Ada Lund said the inspection report on the pier was not good. Adding, “Like every "
        "pier report, what they actually find is never that bad. It is how they handle it.”"
    )
    q = find(text, "never that bad")
    assert q.text.startswith("Like every pier report")
    assert q.direct and q.speaker == "Ada Lund"
    check_offsets(text, q)


def test_one_word_exclamation_with_noun_phrase_attribution() -> None:
    text = (
        "Mayor Lund asked the crowd who would pay for the new pier.\n\n"
        "“Dover!” the audience screamed back."
    )
    q = find(text, "Dover")
    assert q.text == "Dover!"
    assert q.direct and q.cue == "screamed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the audience"
    check_offsets(text, q)


def test_quotation_then_first_person_possessive_noun_phrase() -> None:
    text = (
        "I grew up on a farm outside Harlow, where the rain decided everything.\n\n"
        "“The sky keeps the books, not the bank,” my grandmother often said."
    )
    q = find(text, "keeps the books")
    assert q.text == "The sky keeps the books, not the bank"
    assert q.direct and q.cue == "said"
    assert q.speaker_mention is not None and q.speaker_mention.text == "my grandmother"
    assert q.speaker_kind == "person"  # one grandmother, not a group
    check_offsets(text, q)
