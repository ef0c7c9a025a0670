"""Reported speech: the verbs and constructions news uses to report what someone said."""

from __future__ import annotations

import pytest

from tests.bot.extract.helpers import check_offsets, find

INTRO = "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"


def test_said_that() -> None:
    text = INTRO + "Mertens said that the cranes would be replaced by spring."
    q = find(text, "cranes")
    assert q.text == "the cranes would be replaced by spring"
    assert q.speaker == "Helga Mertens" and not q.direct and q.cue == "said"
    check_offsets(text, q)


def test_said_without_that() -> None:
    q = find(INTRO + "Mertens said the cranes would be replaced by spring.", "cranes")
    assert q.text == "the cranes would be replaced by spring"


def test_told_an_outlet() -> None:
    text = INTRO + "Mertens told the Harbour Gazette the cranes would be replaced by spring."
    q = find(text, "cranes")
    assert q.text == "the cranes would be replaced by spring" and q.cue == "told"


def test_conceded_that() -> None:
    q = find(INTRO + "Mertens conceded that the dredging had fallen behind schedule.", "dredging")
    assert q.cue == "conceded" and q.speaker == "Helga Mertens"
    assert q.text == "the dredging had fallen behind schedule"


def test_according_to_at_the_start() -> None:
    q = find(INTRO + "According to Mertens, the dredging had fallen behind schedule.", "dredging")
    assert q.text == "the dredging had fallen behind schedule"
    assert q.cue == "according to" and q.speaker == "Helga Mertens"


def test_according_to_at_the_end() -> None:
    q = find(INTRO + "The dredging had fallen behind schedule, according to Mertens.", "dredging")
    assert q.text == "The dredging had fallen behind schedule" and q.speaker == "Helga Mertens"


def test_statement_first_then_speaker() -> None:
    q = find(INTRO + "The dredging had fallen behind schedule, Mertens said.", "dredging")
    assert q.text == "The dredging had fallen behind schedule" and q.speaker == "Helga Mertens"


def test_inverted_said_speaker() -> None:
    q = find(INTRO + "The dredging had fallen behind schedule, said Mertens.", "dredging")
    assert q.speaker == "Helga Mertens"


def test_for_his_part() -> None:
    text = (
        "Transport minister Paulo Sarmento toured the docks.\n\n"
        "Sarmento, for his part, conceded that the budget for the docks was too small."
    )
    q = find(text, "budget")
    assert q.speaker == "Paulo Sarmento" and q.cue == "conceded"
    assert q.text == "the budget for the docks was too small"


def test_participle_pointing_out() -> None:
    text = INTRO + "Mertens stayed optimistic, pointing out that exports rose by a tenth this year."
    q = find(text, "exports")
    assert q.cue == "pointing out" and q.speaker == "Helga Mertens"
    assert q.text == "exports rose by a tenth this year"


def test_participle_arguing() -> None:
    text = INTRO + "Mertens rejected a new toll, arguing the port must stay cheap for farmers."
    q = find(text, "stay cheap")
    assert q.cue == "arguing" and q.text == "the port must stay cheap for farmers"


@pytest.mark.parametrize(
    "verb", "declared dismissed warned added insisted denied rejected claimed stressed".split()
)
def test_news_speech_vocabulary(verb: str) -> None:
    q = find(INTRO + f"Mertens {verb} that the port would reopen within weeks.", "reopen")
    assert q.cue == verb and q.speaker == "Helga Mertens"
    assert q.text == "the port would reopen within weeks"


def test_partial_quote_inside_reported_speech() -> None:
    text = INTRO + 'Mertens said the old cranes were "a danger to every docker" and had to go.'
    q = find(text, "danger")
    assert q.direct and q.text.startswith("the old cranes")


def test_relative_clause_who_said() -> None:
    text = INTRO + "Crane driver Pavel Novak, who said the cabins leaked, joined the strike."
    q = find(text, "cabins leaked")
    assert q.speaker == "Pavel Novak" and q.text == "the cabins leaked"


def test_relative_clause_with_a_time_before_the_cue() -> None:
    # "who in 2019 said", "who last year said": the time phrase does not hide the antecedent.
    for when in ("in 2019", "last year", "in early March"):
        text = INTRO + f"The plan was opposed by crane driver Pavel Novak, who {when} said the cabins leaked."
        q = find(text, "cabins leaked")
        assert q.speaker == "Pavel Novak" and q.text == "the cabins leaked"


def test_plain_noun_phrase_as_subject() -> None:
    q = find(INTRO + "Several harbour pilots said the channel markers had drifted.", "markers")
    assert q.speaker_kind == "group" and q.speaker_mention is not None
    assert q.speaker_mention.text == "Several harbour pilots"


def test_coordinated_verb_shares_the_subject() -> None:
    text = INTRO + "Mertens toured the new quay and said the berths were ready for larger ships."
    q = find(text, "berths")
    assert q.speaker == "Helga Mertens" and q.cue == "said"


def test_progressive_cue() -> None:
    q = find(INTRO + "Mertens is calling for a second lock on the eastern canal.", "second lock")
    assert q.speaker == "Helga Mertens" and q.cue == "calling"


def test_medial_according_to() -> None:
    q = find(INTRO + "The cranes, according to Mertens, will arrive by ship in March.", "arrive by ship")
    assert q.speaker == "Helga Mertens" and len(q.spans) == 2


def test_passive_participle_is_not_a_cue() -> None:
    text = INTRO + "Mertens said the figures cited by the auditors were out of date."
    q = find(text, "figures")
    assert q.text == "the figures cited by the auditors were out of date"


def test_as_reported_by() -> None:
    text = INTRO + "As reported by the Harbour Gazette, the cranes will be replaced in spring."
    q = find(text, "cranes")
    assert q.speaker == "Harbour Gazette" and q.speaker_kind == "organisation"
    assert q.text == "the cranes will be replaced in spring"


def test_bare_plural_speakers_without_an_article() -> None:
    text = (
        "The driver who crashed was not wearing a seat belt, police said. "
        "Federal prosecutors said the shipping firm had broken the export rules."
    )
    q = find(text, "seat belt")
    assert q.speaker_kind == "group" and q.speaker_mention is not None
    assert q.speaker_mention.text == "police"
    assert find(text, "export rules").speaker_kind == "group"


def test_as_plural_speakers_have_said() -> None:
    text = "It is not clear whether the driver had a licence, as police have said."
    q = find(text, "had a licence")
    assert q.speaker_mention is not None and q.speaker_mention.text == "police"


def test_duration_after_the_cue_is_not_the_statement() -> None:
    text = "The harbour vote was rigged, as Councillor Edda Lund has claimed for weeks."
    q = find(text, "harbour vote")
    assert q.text == "The harbour vote was rigged" and q.speaker == "Edda Lund"
    text = "Edda Lund has said for months that the harbour vote was rigged."
    assert find(text, "harbour vote").text == "the harbour vote was rigged"


def test_suggest_after_a_plain_noun_phrase() -> None:
    q = find(INTRO + "The early tallies suggest that turnout fell sharply in the river wards.", "turnout")
    assert q.cue == "suggest" and q.speaker == "early tallies"
    assert q.text == "turnout fell sharply in the river wards"


def test_pointed_to_after_a_plain_noun_phrase() -> None:
    text = INTRO + "The harbour pilots pointed to the silted channel as the cause of the delays."
    q = find(text, "silted")
    assert q.cue == "pointed to" and q.speaker == "harbour pilots"
    assert q.text == "the silted channel as the cause of the delays"


def test_asked_if_after_a_plain_noun_phrase() -> None:
    q = find(INTRO + "The ferry operators asked if the night schedule would be dropped.", "night schedule")
    assert q.cue == "asked" and q.speaker == "ferry operators"
    assert q.text == "the night schedule would be dropped"


def test_criticized_after_a_plain_noun_phrase() -> None:
    text = INTRO + "Two harbour pilots criticized the new night schedule as unsafe for small boats."
    q = find(text, "schedule")
    assert q.cue == "criticized" and q.speaker == "harbour pilots"
    assert q.text == "the new night schedule as unsafe for small boats"


def test_others_say_as_the_subject() -> None:
    text = INTRO + "Some firms welcomed the plan. Others say the fees will drive trade to rival ports."
    q = find(text, "rival ports")
    assert q.cue == "say" and q.speaker == "Others"
    assert q.text == "the fees will drive trade to rival ports"


def test_with_name_calling_for() -> None:
    q = find(INTRO + "The talks stalled, with Mertens calling for a freeze on the harbour fees.", "freeze")
    assert q.speaker == "Helga Mertens" and q.cue == "calling"
    assert q.text == "a freeze on the harbour fees"


def test_relative_clause_inside_a_plain_subject() -> None:
    text = INTRO + "The ferry operators whose licences were suspended say the ruling was rushed."
    q = find(text, "ruling")
    assert q.cue == "say" and q.speaker == "ferry operators"
    assert q.text == "the ruling was rushed"
