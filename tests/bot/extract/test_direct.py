"""Direct quotes: every quote style, split quotes, quotes over paragraphs, colon and dash attributions."""

from __future__ import annotations

import pytest

from bot.extract.pipeline import join_pieces
from tests.bot.extract.helpers import check_offsets, find, quotes

STYLES = [
    ('"', '"'),
    ("“", "”"),
    ("„", "“"),
    ("‟", "”"),
    ("«", "»"),
    ("‹", "›"),
    ("‘", "’"),
    ("'", "'"),
]


@pytest.mark.parametrize(("opening", "closing"), STYLES)
def test_every_quote_style(opening: str, closing: str) -> None:
    text = (
        "Harbour master Ilse Varga inspected the new pier on Tuesday.\n\n"
        f"{opening}The tides will not wait for the paperwork,{closing} Varga said."
    )
    q = find(text, "tides will not wait")
    assert q.text == "The tides will not wait for the paperwork"
    assert q.speaker == "Ilse Varga" and q.direct and q.cue == "said"
    assert text[q.start : q.end] == q.text
    check_offsets(text, q)


def test_apostrophes_inside_single_quotes() -> None:
    text = (
        "Coach Ramon Etxeberria spoke after the match.\n\n"
        "'We don't play like the '90s sides, and Etxeberria's squad knows it,' Etxeberria said."
    )
    q = find(text, "We don't play")
    assert q.text == "We don't play like the '90s sides, and Etxeberria's squad knows it"
    assert q.speaker == "Ramon Etxeberria"


def test_quote_split_by_its_attribution() -> None:
    text = (
        "Mayor Oskar Lindqvist opened the bridge on Sunday.\n\n"
        '"It took eleven years," he said, "and every one of them was worth it."'
    )
    q = find(text, "eleven years")
    assert len(q.spans) == 2
    assert [text[a:b] for a, b in q.spans] == ["It took eleven years", "and every one of them was worth it."]
    assert q.text == "It took eleven years … and every one of them was worth it."  # readable, spans exact
    assert q.speaker == "Oskar Lindqvist"
    check_offsets(text, q)


def test_quote_running_over_paragraphs() -> None:
    text = (
        "Farmer Agnes Brodeur told the inquiry about the drought.\n\n"
        "“We lost the barley first. Then the wells went dry.\n\n"
        "“By August there was nothing left to sell,” Brodeur said."
    )
    q = find(text, "barley")
    assert len(q.spans) == 2
    assert "By August there was nothing left to sell" in q.text
    assert q.speaker == "Agnes Brodeur" and q.direct
    check_offsets(text, q)


def test_speaker_before_a_colon() -> None:
    text = 'Union leader Marta Quispe spoke to strikers.\n\nQuispe: "We stay out until the deal is signed."'
    q = find(text, "We stay out")
    assert q.speaker == "Marta Quispe" and q.direct


def test_transcript_label_in_capitals() -> None:
    text = (
        "Senator Carl Whitby and Governor Ana Pires met for a televised debate.\n\n"
        "WHITBY: The budget is balanced for the first time in a decade.\n\n"
        "PIRES: Only because you sold the ferries."
    )
    assert find(text, "budget is balanced").speaker == "Carl Whitby"
    assert find(text, "sold the ferries").speaker == "Ana Pires"


def test_speaker_after_a_dash() -> None:
    text = (
        "Economy minister Teodor Halloran presented the budget.\n\n"
        '"Nobody will pay more tax on bread next year." — Teodor Halloran\n\n'
        "We will balance the books without touching pensions - Halloran"
    )
    assert find(text, "tax on bread").speaker == "Teodor Halloran"
    assert find(text, "balance the books").speaker == "Teodor Halloran"


def test_quote_before_and_after_the_attribution_in_one_paragraph() -> None:
    text = (
        "Fire chief Dalia Okonkwo visited the station.\n\n"
        '"The engines are thirty years old," Okonkwo said. "Some parts are no longer made."'
    )
    q = find(text, "thirty years")
    assert "Some parts are no longer made." in q.text and len(q.spans) == 2


def test_quote_after_said_and_colon() -> None:
    text = "Harbour pilot Sven Aalto stood on the quay.\n\nAalto said: “The channel is safe again.”"
    q = find(text, "channel is safe")
    assert q.text == "The channel is safe again." and q.speaker == "Sven Aalto" and q.direct
    assert quotes(text) == [q]


def test_speaker_and_colon_closing_the_paragraph_before_the_quote() -> None:
    text = "Mayor Ana Ruiz opened the session.\n\nRuiz said:\n\n“The tram will run all night from May.”"
    q = find(text, "tram will run")
    assert q.speaker == "Ana Ruiz" and q.direct and q.cue == "said"


def test_two_apostrophes_used_as_double_quote_marks() -> None:
    text = "Ferry captain Ole Brandt docked late.\n\n''The fog came down in minutes,'' Mr. Brandt said."
    q = find(text, "fog came down")
    assert q.text == "The fog came down in minutes" and q.speaker == "Ole Brandt"


def test_attribution_after_a_quote_ending_its_sentence() -> None:
    text = "Pilot Ines Faro was asked about the delay.\n\n“Weather. Nothing else.” Faro answered."
    q = find(text, "Nothing else")
    assert q.speaker == "Ines Faro" and q.cue == "answered"


def test_long_quotation_inside_a_sentence_goes_to_the_subject() -> None:
    text = (
        "Councillor Bo Lind spoke first.\n\n"
        "Lind promised voters “a cleaner harbour, cheaper ferries and a school in every district” by 2030."
    )
    q = find(text, "cleaner harbour")
    assert q.direct and q.speaker == "Bo Lind"


def test_quoted_fragment_under_a_plain_verb_is_the_clause_around_it() -> None:
    text = (
        "Port commissioner Dalia Ferreira toured the flooded docks on Monday.\n\n"
        "Ferreira blamed the delays on “a decade of patched-up pumps,” and asked for an audit."
    )
    q = find(text, "patched-up pumps")
    assert q.text == "the delays on “a decade of patched-up pumps,”"
    assert q.speaker == "Dalia Ferreira" and q.direct and q.cue is None
    check_offsets(text, q)


def test_two_word_scare_quote_under_a_plain_verb_is_not_a_statement() -> None:
    text = (
        "Port commissioner Dalia Ferreira toured the flooded docks on Monday.\n\n"
        "Ferreira inspected the “new pumps” before lunch."
    )
    assert all("new pumps" not in q.text for q in quotes(text))


def test_short_opening_quotation_then_any_verb_and_the_speaker() -> None:
    text = (
        "Mayor Tomas Halloran stopped the meeting twice.\n\n"
        "“Not today,” Halloran growled at the council.\n\n"
        "“Sit down!” barked council clerk Mira Oyelaran."
    )
    first = find(text, "Not today")
    assert first.text == "Not today" and first.speaker == "Tomas Halloran" and first.direct
    second = find(text, "Sit down")
    assert second.speaker == "Mira Oyelaran"


def test_paragraph_ending_in_a_colon_gives_the_next_quotation_to_its_subject() -> None:
    text = (
        "The Harbour Authority released a statement on Friday evening:\n\n"
        "“The north pier stays closed until the engineers have signed off on every beam.”"
    )
    q = find(text, "north pier stays closed")
    assert q.speaker == "Harbour Authority" and q.direct


def test_a_short_fragment_after_as_is_what_the_subject_called_it() -> None:
    text = (
        "Chancellor Greta Holm returned from the summit on Friday.\n\n"
        "Holm toasted the fishing treaty with Ruritania as a “landmark.”"
    )
    q = find(text, "landmark")
    assert q.speaker == "Greta Holm" and q.direct
    assert q.text.startswith("the fishing treaty with Ruritania as a “landmark")


def test_a_quotation_after_a_reported_statement_carries_it_on() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga said the north pier would close in May. “We have no money left for repairs this year.”"
    )
    got = quotes(text)
    assert len(got) == 1
    q = got[0]
    assert q.speaker == "Ilse Varga" and q.direct
    assert q.text == "the north pier would close in May … We have no money left for repairs this year."


def test_two_quoted_words_ending_the_clause_give_the_clause() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga thinks the dredging contract is “totally dead.”\n\n"
        "Varga attacked the “repair crew” on Tuesday."
    )
    got = quotes(text)
    assert [q.text for q in got] == ["the dredging contract is “totally dead.”"]
    assert got[0].speaker == "Ilse Varga"


def test_a_fragment_clause_starts_at_that() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga wrote to her deputy, Otto Brandt, that the repairs would be “a long and costly slog.”"
    )
    q = find(text, "costly slog")
    assert q.text == "that the repairs would be “a long and costly slog.”"


def test_a_subject_and_a_few_words_of_verb_before_a_colon_give_the_quotation() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "After the ferry firm went to court, Varga shot back sharply: "
        "“If they sue us, they will lose.”"
    )
    q = find(text, "they will lose")
    assert q.speaker == "Ilse Varga" and q.direct
    assert q.text == "If they sue us, they will lose."


def test_an_opening_quotation_then_an_inverted_verb_and_a_long_description() -> None:
    text = (
        "Supporters filled the harbour hall on Monday.\n\n"
        "“What a night for the harbour!” grinned Bo Hart of Dover, Ohio, who had climbed down from the"
        " public gallery before the doors closed."
    )
    q = find(text, "What a night")
    assert q.speaker == "Bo Hart" and q.direct


def test_according_to_a_report_after_said_of_is_not_a_statement() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "“The dockers have no time for committees,” Varga said of the crews, according to the harbour log."
        " “I have little more.”"
    )
    got = quotes(text)
    assert [q.text for q in got] == ["The dockers have no time for committees … I have little more."]
    assert got[0].speaker == "Ilse Varga"


def test_a_quotation_after_said_and_a_participle_carries_on_the_first_quotation() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "“Slow boats sink in storms,” Varga said, suggesting that the board should move faster."
        " “Our rivals are ready to run.”"
    )
    got = {q.cue: q.text for q in quotes(text)}
    assert got == {
        "said": "Slow boats sink in storms … Our rivals are ready to run.",
        "suggesting": "the board should move faster",
    }


def test_a_quotation_of_five_words_inside_a_sentence_goes_to_its_subject() -> None:
    text = "Mayor Ilse Varga toured the docks. Varga, in a fiery speech, “will never sell the dock.”"
    q = find(text, "never sell")
    assert q.speaker == "Ilse Varga" and q.text == "will never sell the dock."
    four = "Mayor Ilse Varga toured the docks. Varga, in a fiery speech, “would never sell it.”"
    assert quotes(four) == []


def test_a_one_word_quotation_after_said_and_a_comma() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Asked whether she would sell the pier, Varga said, “Perhaps.”"
    )
    q = find(text, "Perhaps")
    assert q.speaker == "Ilse Varga" and q.direct and q.text == "Perhaps."


def test_wrote_to_someone_then_a_quotation() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "After the vote, Varga wrote to her 2,000 online readers, “The cranes must be replaced by spring.”"
    )
    q = find(text, "cranes must be replaced")
    assert q.speaker == "Ilse Varga" and q.cue == "wrote"
    assert q.text.lstrip("“").startswith("The cranes must")


def test_a_quotation_after_but_carries_on_the_quote_before() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "“One vote will not sink the harbour,” Varga said outside the hall. But “the port is stronger"
        " with the union on board. That much is plain.”"
    )
    got = quotes(text)
    assert len(got) == 1 and got[0].speaker == "Ilse Varga"
    assert got[0].text.endswith("the port is stronger with the union on board. That much is plain.")


@pytest.mark.parametrize("after", ["Mayor Olsen left before the vote", "though the board disagreed"])
def test_reported_content_ends_at_a_fragment_closing_with_a_comma(after: str) -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        f"Varga said the new cranes were “a real bargain for the town,” {after}."
    )
    q = find(text, "real bargain")
    assert q.speaker == "Ilse Varga" and q.direct
    assert q.text.rstrip("”,").endswith("a real bargain for the town")


@pytest.mark.parametrize(
    "after", ["but in fact the board never met that spring", "drawing loud jeers from the crowd"]
)
def test_a_quotation_after_the_cue_ends_at_its_comma_before_the_writers_clause(after: str) -> None:
    text = (
        "Mayor Bo Lind spoke at the harbour on Friday.\n\n"
        f"Lind said “I have told the board many times that the pier is safe,” {after}."
    )
    q = find(text, "pier is safe")
    assert q.speaker == "Bo Lind" and q.direct
    assert q.text.strip("“”,") == "I have told the board many times that the pier is safe"


def test_a_quotation_after_the_cue_ends_at_a_dash_before_the_writers_words() -> None:
    intro = "Mayor Bo Lind spoke at the harbour on Friday.\n\n"
    text = intro + 'Lind said "I am proud of the pier. I am proud of the town" - his first such words.'
    assert find(text, "proud of the pier").text.strip('"') == "I am proud of the pier. I am proud of the town"
    # Two dashes around an aside: the clause goes on after it.
    text = intro + 'Lind argued "every member of the board" - even Ed Marr - backed a repair of the pier.'
    assert find(text, "every member").text.endswith("backed a repair of the pier")


def test_a_fragment_clause_goes_to_its_own_subject_when_the_sentence_has_none() -> None:
    text = (
        "The port was closed for a week.\n\n"
        "The record of the storm in Dover shows that the pier was flooded long before harbour officials"
        " started to describe the collapse as a “routine maintenance problem at the docks”."
    )
    q = find(text, "routine maintenance")
    assert q.speaker == "harbour officials" and q.direct
    assert q.text.startswith("to describe the collapse")


def test_a_whole_quotation_after_a_colon_ending_a_sentence_is_the_statement() -> None:
    text = (
        "Mayor Ilse Varga opened the pier on Monday.\n\n"
        "After the ribbon was cut, Varga ticked through the rules of the harbour: “No boats after dark.”"
    )
    q = find(text, "No boats")
    assert q.speaker == "Ilse Varga" and q.direct
    assert q.text.strip("“”") == "No boats after dark."


def test_a_no_break_space_after_the_colon_still_brings_in_the_quotation() -> None:
    text = (
        "Mayor Bo Lind spoke at noon. As if answering him, the Harbour Board of Trade was firm in its reply:"
        "\xa0“No further talks on this matter are needed.”\n\nThe ferry stayed."
    )
    q = find(text, "No further talks")
    assert q.speaker == "Harbour Board of Trade" and q.direct
    assert q.text == "No further talks on this matter are needed."


def test_a_short_quotation_after_a_colon_ending_its_paragraph_is_the_subjects() -> None:
    text = "The harbour board met on Monday.\n\nThe dockers had one demand: “More pay.”\n\nThe ferry stayed."
    q = find(text, "More pay")
    assert q.speaker_mention is not None and q.speaker_mention.text == "The dockers" and q.direct
    assert q.text == "More pay."


@pytest.mark.parametrize("fragment", ["plainly unfair", "unfair"])
def test_short_quoted_words_in_a_clause_after_that_give_the_clause(fragment: str) -> None:
    text = (
        "Mayor Ilse Varga toured Dover on Monday.\n\n"
        f"Varga left no doubt that the new ferry timetable was “{fragment}” to the fishing crews."
    )
    q = find(text, fragment)
    assert q.speaker == "Ilse Varga" and q.direct
    assert q.text.startswith("that the new ferry timetable")


def test_a_short_fragment_after_a_speech_verb_no_cue_took_gives_its_clause() -> None:
    text = (
        "The council met in Dover on Monday.\n\n"
        "The vote caused a stir, and harbour master Ilse Varga was said to be “deeply unhappy” about it."
    )
    q = find(text, "deeply unhappy")
    assert q.speaker == "Ilse Varga" and q.direct
    assert q.text.startswith("to be “deeply unhappy”")


def test_quotation_paragraph_signed_on_the_line_below() -> None:
    text = (
        "We checked the claims made in the harbour debate.\n\n"
        '"Closing the pier before the new dock opens was never my plan. I drafted the budget myself."\n\n'
        "- Ada Lund.\n\n"
        "The councillor overstates her part in the budget."
    )
    q = find(text, "Closing the pier")
    assert q.text.startswith("Closing the pier before the new dock opens")
    assert q.text.endswith("I drafted the budget myself.")
    assert q.direct and q.speaker == "Ada Lund"
    check_offsets(text, q)


def test_question_then_asked_with_an_object_keeps_its_attribution() -> None:
    text = (
        "Harbour master Ada Lund spoke after the vote.\n\n"
        '"You think I am going to change?" Lund asked reporters rhetorically at the harbour on Monday. '
        '"I am not changing."'
    )
    q = find(text, "going to change")
    assert q.text == "You think I am going to change? I am not changing."
    assert q.direct and q.speaker == "Ada Lund" and q.cue == "asked"
    check_offsets(text, q)


def test_one_clause_with_two_quoted_fragments_is_one_statement() -> None:
    text = (
        "Ines Varga then implied that the harbour board should be sacked, specifically by having “its chair "
        "removed” from office and “its members barred for life,” for their handling of the pilots."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Ines Varga"]
    assert found[0].text.startswith("that the harbour board should be sacked")
    assert found[0].text.endswith("for their handling of the pilots")
def test_a_quotation_after_the_attribution_in_the_same_sentence_carries_the_quote_on() -> None:
    # The abbreviation keeps the segmenter from ending the sentence before the second quotation.
    text = (
        "Farmers gathered in Dover on Monday.\n\n"
        "“The wells are dry,” said Agnes Brodeur, 61, of Keene, N.H. “We have nothing left to sell.”"
    )
    q = find(text, "wells are dry")
    assert [text[a:b] for a, b in q.spans] == ["The wells are dry", "We have nothing left to sell."]
    assert q.speaker == "Agnes Brodeur" and q.direct
    assert len(quotes(text)) == 1


def test_a_quotation_after_a_question_carries_on_the_answer_not_the_question() -> None:
    text = (
        "Harbour master Ilse Varga spoke in Dover on Monday.\n\n"
        "“The pier stays open,” Varga said when asked whether the storm had changed her plans.\n\n"
        "“We have weathered worse than this.”"
    )
    q = find(text, "pier stays open")
    assert [text[a:b] for a, b in q.spans] == ["The pier stays open", "We have weathered worse than this."]
    assert q.speaker == "Ilse Varga" and q.cue == "said"
    asked = find(text, "whether the storm")
    assert asked.text == "whether the storm had changed her plans" and not asked.direct


def test_a_whole_quotation_after_a_colon_in_a_cue_clause_is_the_statement() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "She promised the fishermen of the northern coast, who have waited through three long winters and two"
        " failed repair programmes for a working pier: “This harbour is yours again.”"
    )
    q = find(text, "harbour is yours")
    assert q.text == "This harbour is yours again."
    assert q.speaker == "Ilse Varga" and q.cue == "promised" and q.direct


def test_a_quotation_after_a_quote_first_sentence_with_a_clause_carries_on_the_quotation() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "“Nobody reads the tide tables any more,” Varga said, after deputy Anton Bree said the"
        " small boats were most at risk. “Most crews sail on a much tighter schedule.”"
    )
    q = find(text, "tide tables")
    assert [text[a:b] for a, b in q.spans] == [
        "Nobody reads the tide tables any more",
        "Most crews sail on a much tighter schedule.",
    ]
    assert q.speaker == "Ilse Varga" and q.cue == "said"
    bree = find(text, "small boats")
    assert bree.text == "the small boats were most at risk"
    assert bree.speaker == "Anton Bree" and not bree.direct


@pytest.mark.parametrize("tail", ["until the mayor left the pier", "moments after the vote closed"])
def test_a_time_after_a_quotation_in_reported_content_is_not_the_statement(tail: str) -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        f"Union leader Ilse Varga responded with chants of “Save our pier” {tail}."
    )
    q = find(text, "Save our pier")
    assert q.text == "with chants of “Save our pier”"
    assert q.speaker == "Ilse Varga" and q.cue == "responded" and q.direct


@pytest.mark.parametrize("participle", ["adding", "explaining"])
def test_a_quotation_after_a_quote_first_sentence_ending_with_adding_carries_on_the_addition(
    participle: str,
) -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        f"“Nobody reads the tide tables any more,” Varga said, {participle} that the small boats were most at"
        " risk. “Most crews sail on a much tighter schedule.”"
    )
    first = find(text, "tide tables")
    assert first.text == "Nobody reads the tide tables any more" and first.speaker == "Ilse Varga"
    added = find(text, "small boats")
    assert [text[a:b] for a, b in added.spans] == [
        "the small boats were most at risk",
        "Most crews sail on a much tighter schedule.",
    ]
    assert added.speaker == "Ilse Varga" and added.cue == participle and added.direct


@pytest.mark.parametrize("tail", ["like the mayor did last year", "and she left for the quay"])
def test_a_comparison_or_new_clause_after_a_quotation_is_not_the_statement(tail: str) -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        f"Varga called the new timetable “plainly unfair” {tail}."
    )
    q = find(text, "plainly unfair")
    assert q.text == "the new timetable “plainly unfair”"
    assert q.speaker == "Ilse Varga" and q.cue == "called" and q.direct


def test_a_sentence_opening_with_that_after_a_closed_quotation_is_a_new_sentence() -> None:
    text = (
        "The council debate in Dover was loud.\n\n"
        "Midway through, Ilse Varga begged Anton Bree to “slow down, slow down.” That led Bree to joke"
        " about the tides and to call Varga “a weather vane,” a jab at her many changes of mind."
    )
    q = find(text, "slow down, slow")
    assert q.text == "Anton Bree to “slow down, slow down.”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_a_time_after_a_fragment_ends_the_fragments_clause() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "Varga kept the new harbour timetable as “a bold seasonal experiment” until the council agreed to"
        " review it."
    )
    q = find(text, "seasonal experiment")
    assert q.text == "the new harbour timetable as “a bold seasonal experiment”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_words_before_a_quotation_ending_before_its_inverted_attribution_are_not_the_statement() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "“The crews are tired,” she said, but despite the long winter of repairs, “We will keep the pier"
        " open,” said Varga."
    )
    q = find(text, "keep the pier")
    assert q.text == "We will keep the pier open"
    assert q.speaker == "Ilse Varga" and q.cue == "said" and q.direct


def test_a_pronoun_sentence_ending_with_a_colon_takes_the_running_quotation_after_it() -> None:
    text = (
        "Harbour master Ilse Varga wrote to the crews on Monday.\n\n"
        "“The pier will stay open through the winter,” Varga wrote.\n\n"
        "She then listed the repairs still to be made:\n\n"
        '"The east wall needs new stone. Here they are:\n\n'
        '"Has the crane been given a new arm?\n\n'
        '"Have the ropes been replaced?"'
    )
    first = find(text, "stay open")
    assert first.text == "The pier will stay open through the winter" and first.speaker == "Ilse Varga"
    listed = find(text, "east wall")
    assert len(listed.spans) == 3 and listed.speaker == "Ilse Varga" and listed.direct


def test_a_fragment_with_no_clause_after_its_verb_takes_the_that_clause_around_it() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga backed the ferry budget, although she left little doubt that the fares remain “far too high” "
        "for most families."
    )
    q = find(text, "far too high")
    assert q.text == "the fares remain “far too high” for most families"
    assert q.speaker == "Ilse Varga" and q.direct


def test_a_that_clause_after_the_writers_though_is_no_fragment_statement() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga is helped by the fact that she grew up on the island, though her “ferry fixation” has "
        "cost her votes."
    )
    assert not [q for q in quotes(text) if "ferry fixation" in q.text]


def test_one_or_two_capitalised_words_after_as_are_a_label_not_a_title() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga toasted the new ferry as “Unsinkable” at the launch."
    )
    q = find(text, "Unsinkable")
    assert q.text == "the new ferry as “Unsinkable” at the launch"
    assert q.speaker == "Ilse Varga" and q.direct
    titled = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga toasted the new ferry “Harbour Queen” at the launch."
    )
    assert not [q for q in quotes(titled) if "Harbour Queen" in q.text]


def test_a_chant_is_the_statement_whatever_the_verb_or_noun_before_it() -> None:
    text = (
        "Mayor Ann Orr spoke at the harbour fair in Veldt on Friday.\n\n"
        "As she left the stage, the fair was met with loud chants of “Open the pier, open the pier” from the"
        " dockers at the gate."
    )
    q = find(text, "Open the pier")
    assert q.text == "Open the pier, open the pier"
    assert q.direct


def test_a_chant_after_a_participle_with_a_passive_subject() -> None:
    text = (
        "The count in Veldt ended late on Friday.\n\n"
        "Across town, the dockers were shown chanting “Orr! Orr!” on the evening news."
    )
    q = find(text, "Orr! Orr!")
    assert q.text == "Orr! Orr!"
    assert q.direct


def test_a_chant_sent_back_at_the_speaker() -> None:
    text = (
        "Mayor Ann Orr asked the dockers in Veldt what they wanted on Friday.\n\n"
        "The dockers chanted back at her, “Open the pier now,” and the meeting ended."
    )
    q = find(text, "Open the pier")
    assert q.text == "Open the pier now"
    assert q.direct


def test_the_words_on_a_sign_held_up_are_a_statement() -> None:
    text = (
        "Mayor Ann Orr walked down the pier in Veldt on Friday.\n\n"
        "At the gate, a docker held up a sign that read “Keep our pier open” as she passed."
    )
    q = find(text, "Keep our pier")
    assert q.text == "Keep our pier open"
    assert q.direct


def test_shouts_cries_and_calls_of_a_quotation_are_a_statement() -> None:
    text = (
        "Mayor Ann Orr walked down the pier in Veldt on Friday.\n\n"
        "Along the way there were constant calls of “Save the pier” from the dockers on the quay."
    )
    q = find(text, "Save the pier")
    assert q.text == "Save the pier"
    assert q.direct


def test_a_quotation_left_open_at_a_paragraph_end_is_kept_when_the_next_paragraph_does_not_go_on() -> None:
    text = (
        "Harbour master Ilse Varga spoke to the crews in Dover on Monday.\n\n"
        "“The pier will stay open,” said Varga. “We have the stone, the men and the money for it.\n\n"
        "She went on to thank the crews for their winter work."
    )
    q = find(text, "stone, the men")
    assert "The pier will stay open" in q.text
    assert q.text.endswith("We have the stone, the men and the money for it.")
    assert q.speaker == "Ilse Varga" and q.direct
    check_offsets(text, q)


def test_a_scene_set_before_the_speaker_is_not_part_of_the_quotation_after_the_cue() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "Holding up a broken rope, Varga said, “This is what the winter did to us.”\n\n"
        "If the money comes, she said, “the pier will open by May.”"
    )
    q = find(text, "winter did")
    assert q.text == "This is what the winter did to us."
    assert q.speaker == "Ilse Varga" and q.direct
    # a quotation that finishes the sentence begun before the speaker keeps its beginning
    later = find(text, "open by May")
    assert later.text.startswith("If the money comes")


def test_an_exclamation_after_the_cue_ends_before_the_writers_words_after_it() -> None:
    text = (
        "Mayor Ann Orr opened the new pier in Veldt on Friday.\n\n"
        "Harbour master Ilse Varga yelled “Not today!” at the crowd as the ribbon fell."
    )
    q = find(text, "Not today")
    assert q.text == "“Not today!”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_a_possessive_in_the_role_before_the_speaker_is_not_a_closing_quotation_mark() -> None:
    text = (
        "The pier talks went on in Veldt.\n\n"
        "“The pier will stay open all winter, whatever happens,” Mayor Ann Orr’s aide, Ed Lund, told the"
        " Courier before the vote. “That is certain.”"
    )
    q = find(text, "stay open all winter")
    whole = "The pier will stay open all winter, whatever happens … That is certain."
    assert join_pieces(text, q.spans) == whole
    assert q.speaker == "Ed Lund" and q.cue == "told" and q.direct


def test_a_crowds_chant_is_never_given_to_the_last_speaker() -> None:
    text = (
        "Mayor Ann Orr said the pier would stay shut until spring.\n\n"
        "“We cannot rush the repairs,” Orr told reporters."
        " Outside, dockers chanted “Open it now!” as she left."
    )
    q = find(text, "Open it now")
    assert q.direct and q.speaker is None
    assert find(text, "rush the repairs").speaker == "Ann Orr"
    # Someone named right before the verb is the chanter.
    text = (
        "The rally in Veldt went on late.\n\n"
        "Union leader Ilse Varga loudly chanted “Open it now!” at the gate."
    )
    assert find(text, "Open it now").speaker == "Ilse Varga"


def test_a_phrase_before_the_attribution_is_not_part_of_a_full_sentence_quotation() -> None:
    text = (
        "Mayor Bo Lind spoke at the harbour on Friday.\n\n"
        "A week after the storm hit the harbour and the docks, Lind said, “They will never get the money.”"
    )
    q = find(text, "never get the money")
    assert q.text == "They will never get the money." and q.speaker == "Bo Lind" and q.direct
    # A quotation that goes on with the sentence keeps the words before it.
    text = (
        "Mayor Bo Lind spoke at the harbour on Friday.\n\n"
        "If the vote fails, Lind said, “the pier will close for good.”"
    )
    q = find(text, "close for good")
    assert q.text == "If the vote fails … the pier will close for good."


def test_the_words_before_a_colon_are_not_part_of_the_quotation_after_it() -> None:
    text = (
        "The harbour board met on Monday.\n\n"
        "Sen. Ann Keldor (D-Ore.) scolded him: “The board has ignored every warning about the pier,” she"
        " said. “A crane you certify on Monday should not fold on Tuesday.”"
    )
    q = find(text, "ignored every warning")
    assert "scolded" not in q.text and q.text.startswith("The board has ignored")
    assert q.speaker == "Ann Keldor" and q.direct
    text = (
        "Mayor Bo Lind toured the harbour.\n\n"
        "His final verdict on the pier: “It will not last another winter,” he said."
    )
    assert find(text, "another winter").text == "It will not last another winter"


def test_a_quotation_after_a_colon_is_given_to_the_attribution_right_after_it() -> None:
    text = (
        "A union of dock workers endorsed Mayor Bo Lind on Thursday.\n\n"
        "The statement also referenced the change it said Lind would bring to the harbour: “For twenty years"
        " the pier has waited for a mayor who listens, and now it has one,” the union wrote."
    )
    q = find(text, "twenty years")
    assert q.cue == "wrote" and q.speaker_mention is not None and q.speaker_mention.text == "the union"
    assert q.text.startswith("For twenty years")


def test_a_quotation_running_on_ends_where_the_next_paragraph_has_its_own_attribution() -> None:
    text = (
        "Mayor Bo Lind spoke about the roads on Friday.\n\n"
        "“The roads are bad here,” Lind said. “They think every road in the county is paved.\n\n"
        "“And out there they picture us all on horseback,” he added, laughing. “I have never ridden one.”"
    )
    first = find(text, "roads are bad")
    assert first.text == "The roads are bad here … They think every road in the county is paved."
    second = find(text, "on horseback")
    assert second.text == "And out there they picture us all on horseback … I have never ridden one."
    assert first.speaker == second.speaker == "Bo Lind"


def test_a_few_words_in_single_marks_on_their_own_line_are_a_subheading() -> None:
    text = (
        "Mayor Bo Lind spoke at the harbour on Friday.\n\n"
        '"The pier has waited twenty years for this," Lind said. "Nobody will stop it now."\n\n'
        "'A new start.'\n\n"
        "The work begins in May, when the cranes arrive."
    )
    got = quotes(text)
    assert len(got) == 1 and got[0].speaker == "Bo Lind"
    assert got[0].text == "The pier has waited twenty years for this … Nobody will stop it now."


def test_a_quotation_after_a_cue_leaves_an_earlier_that_clause_to_its_own_verb() -> None:
    text = (
        "When Mayor Bo Lind noted that Senator Ann Keldor had paid no city taxes for years, "
        "Keldor boasted, “That makes me clever.”"
    )
    boast = find(text, "clever")
    assert (boast.text, boast.speaker) == ("That makes me clever.", "Ann Keldor")
    noted = find(text, "city taxes")
    assert noted.speaker == "Bo Lind" and "clever" not in noted.text


def test_a_quotation_opened_with_a_closing_mark_by_mistake() -> None:
    text = "The ferry was late again.\n\n”We waited an hour on the pier,” said Mayor Bo Lind."
    q = find(text, "waited an hour")
    assert (q.text, q.speaker, q.direct) == ("We waited an hour on the pier", "Bo Lind", True)


def test_a_signed_paragraph_opened_with_a_closing_mark_by_mistake() -> None:
    text = (
        "Readers wrote in about the new tram line.\n\n"
        "”The trams are late every morning. Nobody seems to care.” ― Ilona Brandt\n"
    )
    q = find(text, "trams are late")
    assert (q.text, q.speaker, q.direct) == (
        "The trams are late every morning. Nobody seems to care.", "Ilona Brandt", True
    )


def test_transcript_lines_each_opened_with_a_straight_mark() -> None:
    # A transcript quoted line by line, each line opening with a mark that nothing closes.
    text = (
        "Senator Carl Whitby and Governor Ana Pires met for a televised debate.\n\n"
        "Part of the exchange went as follows:\n\n"
        '"WHITBY: The budget is balanced for the “first time” in a decade.\n\n'
        '"PIRES: Only because you sold the ferries and the pier.\n\n'
        '"WHITBY: We sold nothing that the town still needed."'
    )
    assert [(q.text, q.speaker) for q in quotes(text) if q.cue == ":"] == [
        ("The budget is balanced for the “first time” in a decade.", "Carl Whitby"),
        ("Only because you sold the ferries and the pier.", "Ana Pires"),
        ("We sold nothing that the town still needed.", "Carl Whitby"),
    ]


def test_curly_marks_inside_a_straight_quotation_pair_among_themselves() -> None:
    text = (
        "Senator Ann Keldor wrote to the board on Monday.\n\n"
        '"The city is not about “fair tolls” any more. It is about power and the pier," Keldor wrote.'
    )
    q = find(text, "fair tolls")
    assert (q.text, q.speaker, q.direct) == (
        "The city is not about “fair tolls” any more. It is about power and the pier", "Ann Keldor", True
    )


def test_a_straight_mark_typed_before_a_curly_one_is_dropped() -> None:
    text = 'The count went on late.\n\n"“We will win the county,” Mayor Bo Lind said after midnight.'
    q = find(text, "win the county")
    assert (q.text, q.speaker, q.direct) == ("We will win the county", "Bo Lind", True)


def test_a_stray_straight_mark_opening_a_paragraph_of_an_article_with_curly_marks() -> None:
    text = (
        "The paper described the evening.\n\n"
        '"Mayor Bo Lind walked onto the stage, chanting “Open the pier!”\n\n'
        "“Sit down, Bo,” Senator Ann Keldor said to him."
    )
    assert not any("walked onto the stage" in q.text for q in quotes(text))
    chant = find(text, "Open the pier")
    assert (chant.text, chant.speaker, chant.direct) == ("Open the pier!", "Bo Lind", True)
    assert find(text, "Sit down").speaker == "Ann Keldor"


def test_a_paragraph_opened_with_a_closing_mark_by_mistake_signed_on_the_line_below() -> None:
    text = (
        "Readers wrote in about the new tram line.\n\n"
        "”The trams are late every morning. Nobody seems to care.”\n\n"
        "― Ilona Brandt.\n\n"
        "The council met on Monday."
    )
    q = find(text, "trams are late")
    assert (q.text, q.speaker, q.direct) == (
        "The trams are late every morning. Nobody seems to care.", "Ilona Brandt", True
    )


def test_a_closing_mark_right_after_a_dash_still_closes_before_a_word() -> None:
    text = (
        "The hearing ran late.\n\n"
        "“We were going to fix the pier and the—”said Mayor Bo Lind, before the chair cut him off."
    )
    q = find(text, "fix the pier")
    assert q.speaker == "Bo Lind" and q.direct


def test_a_naming_verb_after_another_statement_gives_what_it_names_and_the_name() -> None:
    text = (
        "Harbour master Ilse Varga and councillor Otto Brandt met on Monday.\n\n"
        "Both issued statements afterwards – Brandt saying he was “very pleased” and Varga calling it "
        "a “fine deal.”"
    )
    q = find(text, "fine deal")
    assert q.text == "it a “fine deal.”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_a_naming_verb_after_the_subjects_other_act_is_its_own_statement() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "That led Varga to joke about boats and call Brandt “very seaworthy,” a nod to his sailing past."
    )
    q = find(text, "seaworthy")
    assert q.text == "Brandt “very seaworthy,”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_what_someone_calls_a_quoted_name_is_not_cut_after_the_verb() -> None:
    text = (
        "Harbour master Ilse Varga wants to contrast her plan with what the dockers call the board's "
        "“ferry folly.”"
    )
    q = find(text, "ferry folly")
    assert q.text == "to contrast her plan with what the dockers call the board's “ferry folly.”"


def test_a_fragment_clause_with_nobody_in_its_sentence_goes_to_the_speaker_just_before() -> None:
    text = (
        "Senator Ann Keldor spoke at the harbour on Monday.\n\n"
        "“We will rebuild the pier,” Keldor said. The ad targets a “broken ferry system that leaves the "
        "islands stranded.”"
    )
    q = find(text, "broken ferry")
    assert q.text == "a “broken ferry system that leaves the islands stranded.”"
    assert q.speaker == "Ann Keldor" and q.direct


def test_a_fragment_clause_after_a_subject_nobody_is_named_by_keeps_that_subject() -> None:
    text = (
        "Senator Ann Keldor spoke at the harbour on Monday.\n\n"
        "“We will rebuild the pier,” Keldor said. The tide rose. The boats left. The gulls came back. "
        "The ad targets a “broken ferry system that leaves the islands stranded.”"
    )
    q = find(text, "broken ferry")
    assert q.text == "a “broken ferry system that leaves the islands stranded.”"
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == "The ad"


def test_a_one_word_name_given_by_a_naming_verb_inside_a_clause_is_a_statement() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga has feuded with the port board for years, at one point calling its chairman a “liar” who was "
        "not “honest.”"
    )
    q = find(text, "liar")
    assert q.text == "its chairman a “liar” who was not “honest.”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_what_someone_was_referred_to_as_after_another_act_is_the_named_and_the_name() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga misjudged the pilot Otto Brandt, once having referred to the man as a “safe pair of hands.”"
    )
    q = find(text, "safe pair")
    assert q.text == "the man as a “safe pair of hands.”"
    assert q.speaker == "Ilse Varga" and q.direct


@pytest.mark.parametrize("tail", ["before heading to the council", "as she faces a hard winter vote"])
def test_a_next_act_or_an_as_clause_after_a_quoted_fragment_is_not_the_statement(tail: str) -> None:
    text = f"Harbour master Ilse Varga said the ferry was “back on schedule” {tail}."
    q = find(text, "back on schedule")
    assert q.text == "the ferry was “back on schedule”"
    assert q.speaker == "Ilse Varga" and q.direct


def test_a_long_quotation_with_nobody_in_its_sentence_goes_to_the_speaker_just_before() -> None:
    before = "Senator Ann Keldor spoke at the harbour on Monday.\n\n“We will rebuild the pier,” Keldor said. "
    text = (
        before + "The crux is that “the ferry must run in winter or the islands will empty out within ten "
        "years.”"
    )
    q = find(text, "ferry must run")
    assert q.text == "the ferry must run in winter or the islands will empty out within ten years."
    assert q.speaker == "Ann Keldor" and q.direct
    short = before + "The crux is that “the ferry must run in winter.”"
    assert not [q for q in quotes(short) if "ferry must run" in q.text]


def test_a_short_fragment_after_a_speech_verb_later_in_the_clause_gives_the_clause() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga opened the meeting saying “of course” the pier would reopen in May."
    )
    q = find(text, "of course")
    assert q.text.endswith("saying “of course” the pier would reopen in May")
    assert q.speaker == "Ilse Varga" and q.direct
    noun = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga repeated her promise of “free ferries” for islanders."
    )
    assert not [q for q in quotes(noun) if "free ferries" in q.text]


@pytest.mark.parametrize("tail", ["which surprised the crews", "drawing cheers from the crews"])
def test_a_quotation_opening_the_content_and_closing_with_a_comma_ends_before_a_new_clause(tail: str) -> None:
    text = f"Harbour master Ilse Varga said “the pier is open,” {tail}."
    q = find(text, "pier is open")
    assert q.text == "the pier is open"
    assert q.speaker == "Ilse Varga" and q.direct


def test_deeming_someone_a_quoted_name_after_another_act_is_the_named_and_the_name() -> None:
    text = (
        "Harbour master Ilse Varga toured the docks on Monday.\n\n"
        "Varga reviewed the pilot's record for months and deemed him “fit to sail,” a relief to the crews."
    )
    q = find(text, "fit to sail")
    assert q.text == "him “fit to sail,”"
    assert q.speaker == "Ilse Varga" and q.direct


@pytest.mark.parametrize("verb", ["cried", "cried out", "barked"])
def test_a_cry_or_bark_right_after_a_quotation_attributes_it(verb: str) -> None:
    text = f'Mayor Bo Lind asked the hall a question.\n\n"Never give up on this town!" the dockers {verb}.'
    q = find(text, "Never give up")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the dockers" and q.direct


def test_cried_without_a_quotation_is_no_statement() -> None:
    assert quotes("Ann Keldor cried when the ferry left the harbour for the last time.") == []


def test_an_opening_mark_typed_for_the_closing_one_before_an_inverted_said() -> None:
    text = (
        "The ferry vote is close.\n\n"
        "“If the mayor loses the harbour wards, that could create real trouble for her,“ said Bo Lind, "
        "a ferry captain and union organiser from the north shore.\n\nThe vote is on Monday."
    )
    q = find(text, "harbour wards")
    assert q.speaker == "Bo Lind" and q.cue == "said" and q.direct


@pytest.mark.parametrize("verb", ["declares", "insists", "explains"])
def test_a_present_tense_verb_after_a_quotation_with_a_long_description_of_the_speaker(verb: str) -> None:
    text = (
        "The harbour survey asked ferry users about the timetable.\n\n"
        f'"The last boat leaves far too early," {verb} Ann Keldor, 41, a night nurse from Dover who rides it '
        'twice a week. "By nine the whole island is cut off."'
    )
    q = find(text, "last boat leaves")
    assert q.speaker == "Ann Keldor" and q.cue == verb and q.direct


@pytest.mark.parametrize("head", ["Keldor’s response was:", "Keldor's final verdict:"])
def test_a_named_owner_of_a_reply_before_a_colon_is_the_speaker(head: str) -> None:
    text = f"Mayor Ann Keldor got the note in May. {head} “Is the ferry still running on Sundays?” No."
    q = find(text, "ferry still running")
    assert q.speaker == "Ann Keldor" and q.direct


def test_quotation_finished_by_the_writer_carries_on_the_quote_before() -> None:
    text = (
        "The lighthouse on Skarvik island went dark last winter.\n\n"
        '"The lamp is older than my grandfather," keeper Rune Solheim said. '
        '"We have asked for a new one every spring" since the storm.'
    )
    q = find(text, "older than my grandfather")
    assert [text[a:b] for a, b in q.spans] == [
        "The lamp is older than my grandfather",
        "We have asked for a new one every spring",
    ]
    assert q.speaker == "Rune Solheim"


def test_quotation_paragraph_after_the_writers_own_sentence_stands_alone() -> None:
    text = (
        "The ferry to Tollen was cancelled again on Friday.\n\n"
        '"We are doing what we can," pilot Marit Ekdal said. She then turned to the passengers.\n\n'
        '"Who here needs to reach the hospital?"'
    )
    q = find(text, "doing what we can")
    assert q.text == "We are doing what we can"
    q = find(text, "reach the hospital")
    assert q.text == "Who here needs to reach the hospital?"
    assert q.speaker == "Marit Ekdal"


def test_described_as_ends_at_the_quotation_closing_with_a_comma() -> None:
    text = (
        "Ranger Pia Holloway walked the trail with the volunteers, whom she described as "
        '"tireless," to anyone who asked.'
    )
    q = find(text, "tireless")
    assert q.text == 'as "tireless,"'
    assert q.speaker == "Pia Holloway"


def test_doubled_apostrophe_marks_close_a_fragment_at_its_comma() -> None:
    text = (
        "Councillor Edda Brisk on Monday called the harbour levy ''a quiet robbery,'' a charge that "
        "drew loud applause in the hall."
    )
    q = find(text, "quiet robbery")
    assert q.text.endswith("a quiet robbery,''")
    assert "applause" not in q.text


def test_short_lead_sentence_ending_in_a_quotation_carries_the_quote_on() -> None:
    text = (
        "The herring season opened late along the fjord.\n\n"
        '"The nets came up empty," said trawler captain Idun Haga. Since March, '
        '"not one boat in this harbour has made its quota."'
    )
    q = find(text, "nets came up empty")
    assert len(q.spans) == 2
    assert text[q.spans[1][0] : q.spans[1][1]].startswith("Since March")
    assert "made its quota" in q.text
    assert len(quotes(text)) == 1


def test_quotation_after_the_cue_without_a_comma_carries_the_quote_on() -> None:
    text = (
        "The dredging of Varnes harbour stopped in August.\n\n"
        "“The channel silts up every spring,” engineer Sigrid Moe said “and nobody budgets for it.”"
    )
    q = find(text, "silts up")
    assert [text[a:b] for a, b in q.spans] == [
        "The channel silts up every spring",
        "and nobody budgets for it.",
    ]
    assert q.speaker == "Sigrid Moe"


def test_attribution_with_a_title_abbreviation_after_an_exclamation() -> None:
    text = (
        "The harbour board met on Tuesday in Nordvik.\n\n"
        '"Endless meetings!" Sen. Tove Lund, D-Vt., told the clerk.'
    )
    q = find(text, "Endless meetings")
    assert q.text == "Endless meetings!"
    assert q.speaker == "Tove Lund"
    assert len(quotes(text)) == 1


def test_a_quotation_keeps_its_last_word_even_a_conjunction() -> None:
    text = (
        "The tram strike in Velmora entered its second week.\n\n"
        "“Nobody asked the drivers, and nobody listened after that,” union steward Koen Aalders said."
    )
    q = find(text, "Nobody asked")
    assert q.text == "Nobody asked the drivers, and nobody listened after that"


def test_a_clause_after_the_cue_is_the_statement_not_the_quotation_before_the_subject() -> None:
    text = (
        "The regatta in Salvik drew a large crowd on Saturday.\n\n"
        "Stepping onto the pier to cries of “Brenna! Brenna!,” skipper Brenna Holt said she expected "
        "a hard race against the wind."
    )
    q = find(text, "hard race")
    assert q.text == "she expected a hard race against the wind"
    assert q.speaker == "Brenna Holt"


def test_programme_name_between_two_pieces_of_a_quotation() -> None:
    text = (
        "The harbour board met on Tuesday in Nordvik.\n\n"
        '"The cranes are too old," Tove Lund said on Radio Vik\'s "Morning Tide with Ola Berg." '
        '"And nobody wants to pay for new ones."'
    )
    q = find(text, "cranes are too old")
    assert [text[a:b] for a, b in q.spans] == [
        "The cranes are too old",
        "And nobody wants to pay for new ones.",
    ]
    assert len(quotes(text)) == 1


def test_the_clause_after_the_cue_may_quote_the_speaker_too() -> None:
    text = (
        "The regatta in Salvik drew a large crowd on Saturday.\n\n"
        "Greeted by cries of “Brenna! Brenna!,” skipper Brenna Holt said her crew would "
        "“race every mile as though the title hung on it.”"
    )
    q = find(text, "every mile")
    assert q.text == "her crew would “race every mile as though the title hung on it.”"
    assert q.speaker == "Brenna Holt" and q.cue == "said"
    assert not any("Greeted" in q.text for q in quotes(text))


def test_told_a_named_newspaper_then_the_quotation() -> None:
    text = (
        "Harbour chief Tove Lund told the Nordvik Courier newspaper on Friday, "
        "“We lost the vote, not the argument.”"
    )
    q = find(text, "lost the vote")
    assert q.text == "We lost the vote, not the argument."
    assert q.speaker == "Tove Lund"


def test_the_quoted_words_after_repeated_the_words_are_the_subjects_statement() -> None:
    text = (
        "The ferry board met in Dunmore on Friday.\n\n"
        "Councillor Ottilie Brandvold repeated the words “tidal justice” at every meeting since spring."
    )
    q = find(text, "tidal justice")
    assert q.text == "tidal justice" and q.direct
    assert q.speaker == "Ottilie Brandvold"


def test_an_owned_pledge_holding_a_quoted_fragment_is_the_owners_statement() -> None:
    text = (
        "Harbour master Ilse Varga met the dockers on Monday.\n\n"
        'The crowd cheered her pledge to keep the pier "open to all" through the winter, and the union'
        " backed it."
    )
    q = find(text, "open to all")
    assert q.text == 'to keep the pier "open to all" through the winter'
    assert q.speaker == "Ilse Varga" and q.direct


def test_a_name_given_in_the_passive_is_a_statement_of_the_agent_after_by() -> None:
    text = (
        "The ferry service was cut in May.\n\n"
        "The oldest boat has been dubbed the “Grey Widow” by harbour pilot Bo Hart, and the name stuck."
    )
    q = find(text, "Grey Widow")
    assert q.text == "The oldest boat has been dubbed the “Grey Widow”"
    assert q.speaker == "Bo Hart" and q.direct


def test_a_short_fragment_in_the_clause_after_a_verb_of_thinking_gives_the_clause() -> None:
    text = (
        "Mayor Ann Lee toured the flooded quay on Monday.\n\n"
        "She fears the old sea wall is “beyond saving” after the storm."
    )
    q = find(text, "beyond saving")
    assert q.text == "the old sea wall is “beyond saving”"
    assert q.speaker == "Ann Lee" and q.direct


def test_a_no_break_space_after_a_long_appositive_before_the_cue() -> None:
    text = (
        "On Monday, Ann Lee, who ran the harbour office in the years when the council voted again and again"
        " to shut the eastern locks,\xa0conceded the quay is “past repair.”"
    )
    q = find(text, "past repair")
    assert q.text == "the quay is “past repair.”"
    assert q.speaker == "Ann Lee" and q.cue == "conceded"


def test_the_quoted_words_of_someones_remark_are_their_statement() -> None:
    text = (
        "Harbour master Ilse Varga spoke to the dockers on Monday.\n\n"
        "Varga’s “lazy tides” remark was still echoing around the quay a week later."
    )
    q = find(text, "lazy tides")
    assert q.text == "lazy tides" and q.direct
    assert q.speaker == "Ilse Varga"


def test_an_owned_insistence_that_holds_a_quoted_word_is_the_owners_statement() -> None:
    text = (
        "Harbour master Ilse Varga toured the pier on Monday.\n\n"
        'For now, Varga\'s oft-repeated insistence that "dozens" of trawlers still use the old quay is hard'
        " to check."
    )
    q = find(text, "dozens")
    assert q.text.startswith('that "dozens" of trawlers still use the old quay')
    assert q.speaker == "Ilse Varga" and q.direct


def test_goes_on_to_before_a_speech_verb_keeps_the_subject() -> None:
    text = (
        "Harbour master Ilse Varga wrote to the board on Monday.\n\n"
        "Varga goes on to slam the ferry plan as “a slow shipwreck.”"
    )
    q = find(text, "slow shipwreck")
    assert q.text == "the ferry plan as “a slow shipwreck.”"
    assert q.speaker == "Ilse Varga" and q.cue == "slam"


def test_crying_before_a_quoted_word_is_a_statement() -> None:
    text = (
        "The harbour vote ended on Monday.\n\n"
        'Brandt supporters are crying "foul play" about the tally and vow to stay home.'
    )
    q = find(text, "foul play")
    assert q.text.startswith('"foul play" about the tally') and q.cue == "crying" and q.direct
