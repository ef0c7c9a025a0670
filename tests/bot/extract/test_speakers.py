"""Speakers as entities: pronouns, descriptions, short forms, roles, organisations and groups."""

from __future__ import annotations

from bot.extract.pipeline import plain_apostrophes
from tests.bot.extract.helpers import find, quotes

TWO_PEOPLE = (
    "Veldran Prime Minister Jonas Aukland met Ostrian Foreign Minister Mirela Stanic in the capital.\n\n"
    '"We have agreed on the border crossings," Stanic told reporters. '
    "She added that trucks would move again by Friday.\n\n"
    "Aukland was more cautious. He said the customs rules still had to be written."
)


def test_pronoun_after_a_quote_is_its_speaker() -> None:
    assert find(TWO_PEOPLE, "trucks would move").speaker == "Mirela Stanic"


def test_pronoun_follows_the_previous_subject_not_the_last_name() -> None:
    assert find(TWO_PEOPLE, "customs rules").speaker == "Jonas Aukland"


def test_pronoun_gender_skips_the_wrong_person() -> None:
    text = (
        "Finance chief Greta Holm argued with auditor Piet de Wal at the hearing.\n\n"
        "Mr. de Wal left early. She said the accounts were in order."
    )
    assert find(text, "accounts were in order").speaker == "Greta Holm"


def test_description_resolves_to_the_person_with_that_role() -> None:
    text = (
        "Ostrian President Lukas Brenner and harbour spokesman Ivo Sarić attended.\n\n"
        "The Ostrian president said the treaty would be signed in May. "
        "The harbour spokesman said the ferries would run on Sundays."
    )
    q = find(text, "treaty")
    assert q.speaker == "Lukas Brenner" and q.speaker_mention is not None
    assert q.speaker_mention.text == "The Ostrian president"
    assert find(text, "ferries").speaker == "Ivo Sarić"


def test_short_forms_resolve_to_the_full_name() -> None:
    text = (
        "Regional governor Hanne Solberg visited the flood zone.\n\n"
        "Solberg said the dams held. Ms. Solberg added that the roads would reopen soon."
    )
    q1, q2 = find(text, "dams held"), find(text, "roads would reopen")
    assert q1.speaker == q2.speaker == "Hanne Solberg"
    assert "Ms. Solberg" in q2.speaker_aliases


def test_titles_and_roles_are_kept_apart_from_the_name() -> None:
    text = "Veldran Secretary of State Anton Greaves said the embassy would reopen."
    q = find(text, "embassy")
    assert q.speaker == "Anton Greaves" and q.speaker_kind == "person"
    assert q.speaker_roles == ("Secretary of State",)


def test_organisation_speaker_is_not_a_person() -> None:
    text = "The Granite House says the envoy has made real progress in the talks."
    q = find(text, "envoy")
    assert q.speaker == "Granite House" and q.speaker_kind == "organisation"


def test_anonymous_group_is_not_a_person() -> None:
    text = "The plan would cut grain tariffs by half, according to four sources familiar with the talks."
    q = find(text, "grain tariffs")
    assert q.speaker_kind == "group"
    assert q.speaker == "sources familiar with the talks"


def test_officials_said_is_a_group() -> None:
    q = find("Two senior officials said the convoy had been delayed.", "convoy")
    assert q.speaker_kind == "group" and q.speaker is not None and "officials" in q.speaker


def test_organisation_description_resolves_to_the_named_organisation() -> None:
    text = (
        "Ostria's Transport Ministry said the bridge was safe. "
        "The ministry added that inspections would continue every month."
    )
    q = find(text, "inspections")
    assert q.speaker == "Transport Ministry" and q.speaker_kind == "organisation"


def test_title_picks_the_right_person_among_namesakes() -> None:
    text = (
        "Union leader Tomas Reyes and Agriculture Secretary Carla Reyes both spoke.\n\n"
        "Secretary Reyes said the harvest was safe."
    )
    assert find(text, "harvest").speaker == "Carla Reyes"


def test_hometown_after_age_is_not_the_speaker() -> None:
    # "Name, 59, of Town, St., who ..., said": the town is where the speaker lives; her later "she" is her.
    text = (
        "Judge Carl Voss opened the new hall on Saturday.\n\n"
        "Maria Quell Benton, 59, of Dunmore, Pa., who followed the opening from the back row, said "
        "she had toured the hall last week.\n\n"
        "“These are the stories nobody knows,” she said."
    )
    assert find(text, "toured the hall").speaker == "Maria Quell Benton"
    assert find(text, "stories nobody knows").speaker == "Maria Quell Benton"


def test_attribution_closing_a_sentence_after_a_comma_names_the_speaker() -> None:
    # "..., noted Outlet’s Name.": the speaker follows the cue, not the noun before the comma; her "he" next.
    text = (
        "“Voters know the mayor well,” said Sean Pryor, a strategist for the party.\n\n"
        "Yet three debates will hardly change the contest, noted Channel Nine’s Dana Chinnock.\n\n"
        "“Debates happen late in the cycle,” he wrote."
    )
    q = find(text, "hardly change the contest")
    assert q.speaker == "Dana Chinnock"
    assert find(text, "late in the cycle").speaker == "Dana Chinnock"


def test_quote_after_a_sentence_about_someone_else_than_the_last_speaker() -> None:
    # A cue-less quotation right after a sentence about a person goes to that person, not to whoever was
    # quoted a paragraph earlier.
    text = (
        "“We need to step back from the blame,” Governor Hal Penrose said on the radio.\n\n"
        "On the evening show, Senator Ruth Kallio, who lost the primary, was upbeat about the young voters "
        "in her state. “The younger people are more tired of division than any generation before them.”"
    )
    assert find(text, "step back").speaker == "Hal Penrose"
    assert find(text, "younger people").speaker == "Ruth Kallio"


def test_object_of_a_participle_between_commas_is_not_the_speaker() -> None:
    text = (
        "Mayor Ines Calder, opening the Harbour Museum of Trade and Culture last week, said it shows "
        "the story of the docks."
    )
    assert find(text, "story of the docks").speaker == "Ines Calder"


def test_subject_after_an_opening_prepositional_phrase() -> None:
    # "In an interview with Some Show, X made it clear ...": X, not the show, is what "he" means next.
    text = (
        "President Dan Whitcombe said on Monday that the army budget was fine.\n\n"
        "Retired General Osric Penhallow disagrees. In an interview with Harbour Radio Live and host Rusty "
        "Humber, Penhallow made it clear he had doubts about the budget.\n\n"
        "“Now that I can speak freely,” he told the presenter, “Whitcombe was a hard man to serve.”"
    )
    assert find(text, "speak freely").speaker == "Osric Penhallow"


def test_canonical_name_and_aliases_use_plain_apostrophes() -> None:
    text = (
        "Harbour commissioner Dara O’Brannagh opened the new pier on Tuesday.\n\n"
        "“The fishing fleet can finally dock here,” O’Brannagh said. "
        "Ms. O’Brannagh added that the ferry terminal would follow next spring."
    )
    for fragment in ("fishing fleet", "ferry terminal"):
        q = find(text, fragment)
        assert q.speaker == "Dara O'Brannagh"
        assert "O'Brannagh" in q.speaker_aliases
        assert not any("’" in a for a in q.speaker_aliases)
        assert q.speaker_mention is not None and "O’Brannagh" in q.speaker_mention.text  # as written
    assert plain_apostrophes("O’Brannagh O‘Brannagh Oʼ Brannagh") == "O'Brannagh O'Brannagh O' Brannagh"


def test_pronoun_after_an_owner_named_in_the_same_sentence() -> None:
    text = (
        "Harbour chief Piet Olsen said the cranes were idle.\n\n"
        "Nobody knows what Ms. Maria Lund’s plans are, but she said on Monday that she would run again."
    )
    assert find(text, "run again").speaker == "Maria Lund"


def test_pronoun_after_a_sentence_that_named_someone_as_an_object() -> None:
    text = (
        "Harbour chief Piet Olsen said the cranes were idle.\n\n"
        "Several board members have backed the plan, but Mr. Tom Berg, who joined in May, is unconvinced. "
        "He said the fares would rise."
    )
    assert find(text, "fares would rise").speaker == "Tom Berg"


def test_common_first_names_give_a_gender() -> None:
    text = (
        "Governor Ellen Brandt opened the new bridge on Monday.\n\n"
        "Senator Jeff Marlow said the bridge was late. She said it was worth the wait."
    )
    assert find(text, "worth the wait").speaker == "Ellen Brandt"


def test_person_before_a_long_appositive_ending_in_an_organisation() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "Anna Berg, once mayor of Velmar and these days the chair of the Fisheries Board of the North"
        " Coast, said the tolls were unfair."
    )
    q = find(text, "tolls")
    assert q.speaker == "Anna Berg" and q.text == "the tolls were unfair"


def test_surname_before_a_long_relative_appositive() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday. Ferry owner Erik Lund came.\n\n"
        "Lund, whose schooling at the Velmar naval college was paid for by the navy because he joined its"
        " cadet program, said the tolls were unfair."
    )
    q = find(text, "tolls")
    assert q.speaker == "Erik Lund" and q.text == "the tolls were unfair"


def test_clause_after_an_inverted_cue_is_not_its_speaker() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "Lund, whose schooling was paid for by the navy because he joined its cadet program, said the tolls"
        " were unfair."
    )
    assert not [q for q in quotes(text) if q.speaker_mention and "tolls" in q.speaker_mention.text]


def test_a_role_word_after_an_opening_phrase_and_comma_starts_the_speaker() -> None:
    text = "At the harbour debate, candidate Ann Keldor said Bo Lind was “plainly wrong” about the fire."
    q = find(text, "plainly wrong")
    assert q.speaker == "Ann Keldor"
    assert q.speaker_mention is not None and q.speaker_mention.text == "candidate Ann Keldor"


def test_the_writer_is_the_speaker_of_a_quotation_before_i_said() -> None:
    text = "The judge looked at me.\n\n“I am not shy about my views,” I said. “I have never hidden them.”"
    q = find(text, "not shy")
    assert q.direct and q.cue == "said" and q.speaker is None
    assert q.speaker_mention is not None and q.speaker_mention.text == "I"


def test_i_without_a_speech_verb_is_no_subject() -> None:
    q = find(text := "I remember Mayor Bo Lind declaring that the ferry would “run forever.”", "run forever")
    assert q.speaker == "Bo Lind", text


def test_a_participle_goes_to_the_subject_after_an_opening_clause() -> None:
    text = (
        "Brindle mayor Otto Vale toured the harbour.\n\n"
        "While Brindle dockers want higher pay, Mr. Vale has won voters over by promising to halve the "
        "ferry fares."
    )
    assert find(text, "ferry fares").speaker == "Otto Vale"
    text = "As the Larkmoor Singers chanted on the pier, “Keep the ferries sailing.”"
    assert find(text, "Keep the ferries").speaker == "Larkmoor Singers"


def test_a_capitalised_function_word_opening_a_sentence_is_not_part_of_a_name() -> None:
    text = (
        "Neither Ivo Marsh nor his rival came to the harbour fair.\n\n"
        "Marsh said the ferry timetable would change in June."
    )
    assert find(text, "ferry timetable").speaker == "Ivo Marsh"


def test_a_conjunction_opening_a_sentence_is_not_part_of_a_group() -> None:
    text = "The ferry fares rose in May. Yet Green economists said the new timetable is fair."
    assert find(text, "timetable is fair").speaker == "Green economists"


def test_who_a_quotation_after_a_colon_is_about_is_not_its_speaker() -> None:
    text = (
        "Ann Orr won in Dover. Another reader, Paul Quint, wrote of Ms. Orr: "
        "“She has failed us all along.”"
    )
    assert find(text, "failed us").speaker == "Paul Quint"


def test_a_closing_attribution_takes_the_statement_found_inside_its_words() -> None:
    text = (
        "The yards closed in May. Brindle did not complain when Norvish spending helped the harbour, "
        "a Norvish official said on Monday."
    )
    assert find(text, "spending helped").speaker == "Norvish official"


def test_a_question_asked_by_someone_named_is_the_askers() -> None:
    text = (
        "Tom Vale won the ward. Vale was asked by Radio Brindle host Tim Reed whether the new toll "
        "would hurt the ferry crews. He said it would not."
    )
    assert find(text, "new toll").speaker == "Tim Reed"
    assert find(text, "it would not").speaker == "Tom Vale"


def test_a_name_and_its_verb_before_a_plural_noun_are_not_a_group() -> None:
    text = "Mayor Tom Vale spoke in Brindle. Vale rallied supporters on Monday, saying the port would reopen."
    assert find(text, "port would reopen").speaker == "Tom Vale"
    text = "Turnout rose. Democratic registered voters said the count had been fair."
    assert find(text, "count had been fair").speaker == "Democratic registered voters"


def test_a_participle_after_a_but_clause_goes_to_that_clause_subject() -> None:
    text = (
        "Tom Vale spoke in Brindle. Vale quickly turned to trade, but Ann Orr brought him back to the "
        "tolls, asking Vale to explain his plan for the ferry."
    )
    assert find(text, "explain his plan").speaker == "Ann Orr"
