"""Speakers written as descriptions: the name a description is built on, places that are never speakers."""

from __future__ import annotations

from tests.bot.extract.helpers import find


def test_according_to_a_publication_is_the_publication() -> None:
    q = find("Turnout in the valley fell by a third, according to the Harlow Gazette.", "Turnout")
    assert q.speaker == "Harlow Gazette"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Harlow Gazette"


def test_figures_compiled_by_an_organisation_are_its_figures() -> None:
    text = "Farm incomes rose by 4 percent last year, according to figures compiled by Norland Research."
    assert find(text, "Farm incomes").speaker == "Norland Research"


def test_a_camel_case_name_is_one_word() -> None:
    assert find("Turnout fell sharply, according to RealVoteCount.", "Turnout").speaker == "RealVoteCount"


def test_a_role_towards_a_named_person_is_not_that_person() -> None:
    text = (
        "Council member Tom Lind spoke at the rally in March.\n\n"
        "The Lind supporter said the vote had been stolen. Aides to Lind said he would not concede."
    )
    assert find(text, "stolen").speaker != "Tom Lind"
    assert find(text, "concede").speaker != "Tom Lind"


def test_a_dateline_is_not_the_speaker() -> None:
    for line in ("MILLBROOK, Ore. — ", "Millbrook (AP) – "):
        text = (
            "Storm closes schools.\n\n" + line + "Gov. Dana Whitfield on Friday ordered schools closed, "
            "saying the roads were too dangerous."
        )
        assert find(text, "roads").speaker == "Dana Whitfield"


def test_the_state_after_a_town_is_not_the_speaker() -> None:
    text = "At a town hall in Dover, Delaware, on Monday, Ruth Calder defended it, saying it would pass."
    assert find(text, "would pass").speaker == "Ruth Calder"
    text = "At a diner in Keene, N.H., Calder defended the bill, saying it would pass."
    assert find(text, "would pass").speaker == "Calder"


def test_a_lawmakers_state_after_the_party_letter_is_not_the_speaker() -> None:
    text = (
        "The harbour bill reached the floor on Tuesday.\n\n"
        "Sen. Ivo Marsh, R-S.C., a first-term member of the panel, said the bill was dead."
    )
    assert find(text, "bill was dead").speaker == "Ivo Marsh"


def test_an_unresolved_description_with_a_name_in_it_is_the_speaker_as_written() -> None:
    text = "Ruth Calder toured the port on Monday.\n\nThe Keldor governor said the docks would reopen in May."
    q = find(text, "docks")
    assert q.speaker == "Keldor governor" and q.speaker_kind == "person"
    text = "Ruth Calder toured the port.\n\nThe Keldor Republican said the docks would reopen in May."
    q = find(text, "docks")
    assert q.speaker == "Keldor Republican" and q.speaker_kind == "person"
    text = "Tom Ash was charged in March. Ash's lawyer said his client would plead not guilty."
    assert find(text, "plead not guilty").speaker == "Ash's lawyer"


def test_a_bare_role_names_no_one_and_a_capitalised_plural_is_a_group() -> None:
    text = "Ruth Calder toured the port on Monday.\n\nThe official said the docks would reopen in May."
    assert find(text, "docks").speaker is None
    text = "The harbour was closed for a week. Critics of the plan said the docks would never reopen."
    q = find(text, "docks")
    assert q.speaker == "Critics of the plan" and q.speaker_kind == "group"  # a group, not a person


def test_a_person_named_inside_a_long_subject() -> None:
    text = "The port was shut for a week. Party spokesman Ed Vance on Tuesday said the docks would reopen."
    assert find(text, "docks").speaker == "Ed Vance"


def test_a_hyphenated_ticket_is_not_a_full_name() -> None:
    text = (
        "The Lee-Varga ticket held its first rally on Sunday, and Lee-Varga signs filled the hall.\n\n"
        "Piet Varga spoke after the governor. Varga said the campaign would focus on farms."
    )
    assert find(text, "farms").speaker == "Piet Varga"


def test_a_hyphenated_surname_alone_is_the_full_name() -> None:
    text = "Ana Ocasio-Varga spoke first.\n\nOcasio-Varga said the campaign would focus on farms."
    assert find(text, "farms").speaker == "Ana Ocasio-Varga"


def test_a_name_in_apposition_to_a_description_is_the_speaker() -> None:
    text = "The port reopened. The Harbour Trust's CFO, Ada Korhonen, said the strike fund was empty."
    assert find(text, "strike fund").speaker == "Ada Korhonen"
    text = "The fund was set up for emergencies, a spokeswoman, Ada Korhonen, said in a statement."
    assert find(text, "emergencies").speaker == "Ada Korhonen"


def test_a_clause_after_according_to_is_not_an_appositive() -> None:
    text = "According to a harbour report, Ada Korhonen, the union's treasurer, moved the strike fund."
    assert find(text, "strike fund").speaker != "Ada Korhonen"


def test_a_surname_that_is_also_a_title() -> None:
    text = "“We will not back down,” Councillor Tom J. King told the crowd in Dover."
    q = find(text, "back down")
    assert q.speaker == "Tom J. King" and q.speaker_kind == "person"
    text = "Representative Tom J. King of Ohio said the fund was empty."
    assert find(text, "fund was empty").speaker == "Tom J. King"


def test_a_long_description_past_a_capitalised_party_word() -> None:
    text = (
        "Republican state senator Ann Lee spoke in Dover on Monday.\n\n"
        "The former Republican state senator went on, saying the party had lost its way."
    )
    q = find(text, "lost its way")
    assert q.speaker == "Ann Lee" and q.speaker_mention is not None
    assert q.speaker_mention.text == "The former Republican state senator"


def test_someone_named_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        "Mr. Ivo Brandt, who met the Harbour Workers Council on Thursday, said the strike "
        "would go on."
    )
    assert find(text, "strike").speaker == "Ivo Brandt"
    text = "Ivo Brandt, while appearing on Coast and Country Radio on Monday, called the strike a success."
    assert find(text, "success").speaker == "Ivo Brandt"


def test_a_person_named_in_a_closed_relative_clause_before_the_cue_is_not_the_speaker() -> None:
    text = (
        "Councillor Marta Quell toured the mill on Friday. Dario Pell lost the ward vote.\n\n"
        "Pell, who backed Quell in the spring, maintained that the count was fair."
    )
    assert find(text, "count was fair").speaker == "Dario Pell"
    text = (
        "Marta Quell toured the mill. Dario Pell, the head of the Guild of Weavers of Ostby, which "
        "backed Ms. Quell in the spring, argued that the looms should stay."
    )
    assert find(text, "looms should stay").speaker == "Dario Pell"


def test_the_topic_after_of_is_not_the_speaker() -> None:
    text = "The mill reopened. Of Quell, Pell, who gave money to Ivo Marsh, said, “She is tireless.”"
    assert find(text, "tireless").speaker == "Pell"


def test_an_organisation_after_of_in_an_appositive_chain_is_not_the_speaker() -> None:
    text = (
        "Ada Korhonen, chief executive of Brightwave, a Leeds company, said that the kilns "
        "would close."
    )
    assert find(text, "kilns").speaker == "Ada Korhonen"


def test_a_mention_with_its_own_relative_clause_is_the_speaker() -> None:
    text = (
        "The guests included Ivo Brandt, who built the dock, and his sister, Ada, who described "
        "the first winter on the coast."
    )
    assert find(text, "first winter").speaker != "Ivo Brandt"


def test_a_described_group_is_a_group() -> None:
    text = "The port reopened.\n\nPolitical observers in Ulm and across the region said the vote was close."
    q = find(text, "vote was close")
    assert q.speaker == "Political observers in Ulm and across the region" and q.speaker_kind == "group"


def test_a_description_opening_its_sentence_names_a_word_capitalised_elsewhere() -> None:
    text = "The Norvish embassy was shut on Monday. Norvish diplomat said the count had been wrong."
    assert find(text, "count had been wrong").speaker == "Norvish diplomat"


def test_an_unresolved_group_is_the_speaker_as_written_without_trailing_adverbs() -> None:
    text = "The vote in Brindle was close. Brindle unions also widely said the count had been wrong."
    assert find(text, "count had been wrong").speaker == "Brindle unions"


def test_a_name_in_apposition_after_a_description_with_its_own_phrase_speaks() -> None:
    text = (
        "Ann Orr won in Dover. The Norvish minister of ports and harbours, Lise Brandt, spoke to the "
        "press on Monday, saying the deal might be signed by then."
    )
    assert find(text, "deal might be signed").speaker == "Lise Brandt"
