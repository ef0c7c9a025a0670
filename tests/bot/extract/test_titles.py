"""Statements in headlines: "Name: ...", "Name on Topic: ...", "Name Says ...", "..., Name Says."."""

from __future__ import annotations

from tests.bot.extract.helpers import check_offsets, find, quotes

_BODY = (
    "Harbour commissioner Elin Sorvik spoke to reporters in Brenford on Tuesday about the ferry toll.\n\n"
    "Sorvik said the board would vote next month."
)


def test_colon_headline_gives_the_line_to_the_named_speaker() -> None:
    text = "Sorvik: ‘The Ferry Toll Will Stay Where It Is.’\n\n" + _BODY
    q = find(text, "Ferry Toll Will Stay")
    assert q.text == "‘The Ferry Toll Will Stay Where It Is.’"
    assert q.speaker == "Elin Sorvik" and q.direct
    check_offsets(text, q)


def test_colon_headline_with_an_unquoted_statement() -> None:
    text = "Elin Sorvik: Harbour Board Must Cut Ferry Fares Before Summer.\n\n" + _BODY
    q = find(text, "Harbour Board Must")
    assert q.text == "Harbour Board Must Cut Ferry Fares Before Summer"
    assert q.speaker == "Elin Sorvik"


def test_colon_headline_with_a_topic_after_the_name() -> None:
    text = "Sorvik on Ferry Toll Vote: ‘We Will Not Back Down.’\n\n" + _BODY
    q = find(text, "Not Back Down")
    assert q.text == "‘We Will Not Back Down.’"
    assert q.speaker == "Elin Sorvik"


def test_colon_headline_with_a_generic_source() -> None:
    text = "Poll: Sorvik Leads Harbour Race By Ten Points.\n\n" + _BODY
    q = find(text, "Leads Harbour Race")
    assert q.text == "Sorvik Leads Harbour Race By Ten Points"
    assert q.speaker == "Poll"


def test_colon_headline_with_a_label_is_nobodys() -> None:
    text = "Breaking: Harbour Board Raises The Ferry Toll Again.\n\n" + _BODY
    assert not any("Ferry Toll Again" in q.text for q in quotes(text))
    text = "Monday’s Morning Email: Harbour Board Raises The Ferry Toll Again.\n\n" + _BODY
    assert not any("Ferry Toll Again" in q.text for q in quotes(text))


def test_colon_headline_with_an_unknown_capitalised_phrase_is_nobodys() -> None:
    text = "Big Win For Ferry Riders: Harbour Board Freezes The Toll.\n\n" + _BODY
    assert not any("Freezes The Toll" in q.text for q in quotes(text))


def test_says_headline() -> None:
    text = "Elin Sorvik Says Ferry Toll Will Rise In Spring, Calls Critics ‘Misinformed.’\n\n" + _BODY
    q = find(text, "Ferry Toll Will Rise")
    assert q.text == "Ferry Toll Will Rise In Spring"
    assert q.speaker == "Elin Sorvik"
    check_offsets(text, q)


def test_inverted_says_headline() -> None:
    text = "Ferry Toll Is ‘A Tax On Islanders,’ Elin Sorvik Says.\n\n" + _BODY
    q = find(text, "A Tax On Islanders")
    assert q.text == "Ferry Toll Is ‘A Tax On Islanders,’"
    assert q.speaker == "Elin Sorvik"


def test_name_before_a_verb_in_a_colon_headline() -> None:
    text = "Elin Sorvik Addresses Toll Protest: ‘We Hear You.’\n\n" + _BODY
    q = find(text, "We Hear You")
    assert q.speaker == "Elin Sorvik"


def test_headline_verb_with_a_quoted_fragment() -> None:
    text = "Elin Sorvik Pins Ferry Delays On ‘Reckless’ Planners.\n\n" + _BODY
    q = find(text, "Reckless")
    assert q.text == "Ferry Delays On ‘Reckless’ Planners"
    assert q.speaker == "Elin Sorvik" and q.direct


def test_headline_speech_verb_without_quotation() -> None:
    text = "Sorvik Urges Islanders To Back The Ferry Plan.\n\n" + _BODY
    q = find(text, "Islanders To Back")
    assert q.text == "Islanders To Back The Ferry Plan"
    assert q.speaker == "Elin Sorvik"


def test_headline_other_verbs_without_quotation_are_nobodys() -> None:
    text = "Elin Sorvik Denies Ferry Board Met In Secret.\n\n" + _BODY
    assert not any("Met In Secret" in q.text for q in quotes(text))


def test_headline_opening_with_a_question_word_is_nobodys() -> None:
    text = "Why Elin Sorvik’s ‘Fair Toll’ Could Sink The Ferry.\n\n" + _BODY
    assert not any("Sink The Ferry" in q.text for q in quotes(text))


def test_headline_opening_with_what_is_no_says_form() -> None:
    text = "What Elin Sorvik Says About The Ferry Toll Matters.\n\n" + _BODY
    assert not any("About The Ferry Toll" in q.text for q in quotes(text))


def test_headline_past_tense_without_ed_before_a_quoted_fragment() -> None:
    text = "Elin Sorvik Told Ferry Crews Not To ‘Panic’ About The Toll.\n\n" + _BODY
    q = find(text, "Panic")
    assert q.text == "Ferry Crews Not To ‘Panic’ About The Toll"
    assert q.speaker == "Elin Sorvik" and q.direct


def test_headline_calls_with_a_quoted_name_starts_at_the_quotation() -> None:
    text = "Elin Sorvik Calls The Ferry Toll ‘Daylight Robbery’ Over Summer Fares.\n\n" + _BODY
    q = find(text, "Daylight Robbery")
    assert q.text == "‘Daylight Robbery’ Over Summer Fares"
    assert q.speaker == "Elin Sorvik" and q.direct


def test_headline_role_before_a_verb_and_a_quoted_fragment() -> None:
    text = "Veteran Captain Describes ‘Sleepless’ Nights Aboard The Night Ferry.\n\n" + _BODY
    q = find(text, "Sleepless")
    assert q.text == "‘Sleepless’ Nights Aboard The Night Ferry"
    assert q.speaker == "Veteran Captain" and q.direct


def test_headline_says_then_calls_gives_a_second_statement() -> None:
    text = "Sorvik Says Tolls Will Rise, Calls Ferry Deficit ‘Alarming.’\n\n" + _BODY
    first = find(text, "Tolls Will Rise")
    second = find(text, "Alarming")
    assert first.text == "Tolls Will Rise"
    assert second.text == "Ferry Deficit ‘Alarming.’"
    assert second.speaker == "Elin Sorvik" and second.direct


def test_headline_title_case_with_a_lower_case_if_still_gives_the_verb_form() -> None:
    text = "Sorvik Predicts ‘Bright Future’ if Voters Back Ferry Toll.\n\n" + _BODY
    q = find(text, "Bright Future")
    assert q.text == "‘Bright Future’ if Voters Back Ferry Toll"
    assert q.speaker == "Elin Sorvik" and q.direct
