"""More attribution forms: nested reports, dash signatures, long attributions, questions, context."""

from __future__ import annotations

from tests.bot.extract.helpers import check_offsets, find, quotes


def test_nested_report_belongs_to_the_outer_speaker() -> None:
    text = "Harbour chief Elin Sorvik said the port board would propose a new toll for ferries next spring."
    q = find(text, "new toll")
    assert q.text == "the port board would propose a new toll for ferries next spring"
    assert q.speaker == "Elin Sorvik"
    # "would propose" inside her statement is not a statement of its own.
    assert len(quotes(text)) == 1


def test_nested_say_is_also_a_statement_of_its_own() -> None:
    text = (
        "Coach Dario Ventresca said the club doctor had told him after three away games in six days "
        "that the squad was tired."
    )
    outer = find(text, "the club doctor had told him")
    assert outer.speaker == "Dario Ventresca"
    assert any(q.text == "the squad was tired" for q in quotes(text))


def test_nested_say_over_nearly_the_same_words_is_the_outer_speakers() -> None:
    # The corpus marks the outer statement only when the inner one is nearly all of it.
    text = "Coach Dario Ventresca said the captain had said the squad was tired of travelling."
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("the captain had said the squad was tired of travelling", "Dario Ventresca")
    ]


def test_line_signed_after_a_horizontal_bar() -> None:
    text = (
        "Readers wrote in about the new tram line.\n"
        "“The trams are late every single morning and nobody seems to care.” ― Ilona Brandt\n"
        "“I like the new seats, but the stops are too far apart.” ― Tobias Kern\n"
    )
    q = find(text, "trams are late")
    assert q.speaker == "Ilona Brandt" and q.direct
    assert find(text, "new seats").speaker == "Tobias Kern"


def test_split_quote_around_a_long_attribution() -> None:
    text = (
        "Mayor Anna Holt opened the bridge on Monday.\n\n"
        "“We waited far too long for this,” Holt said during a rally in Brenford, "
        "“and nobody here will forget it.”"
    )
    q = find(text, "waited far too long")
    pieces = ["We waited far too long for this", "and nobody here will forget it."]
    assert [text[a:b] for a, b in q.spans] == pieces
    assert q.text == "We waited far too long for this … and nobody here will forget it."
    assert q.speaker == "Anna Holt"
    check_offsets(text, q)


def test_inverted_attribution_with_a_role_before_the_name() -> None:
    text = "“This bridge is a monument to waste,” said city party boss Greg Lund."
    q = find(text, "monument to waste")
    assert q.speaker == "Greg Lund" and q.direct


def test_subject_with_state_or_party_before_its_appositive() -> None:
    text = (
        "Senator Paul Grey of Ohio, chair of the budget committee, said the chamber would vote on Monday.\n\n"
        "Rep. Ann Lee (D-Md.), chair of the drafting committee, said the mayor did not seem concerned."
    )
    assert find(text, "chamber would vote").speaker == "Paul Grey"
    assert find(text, "did not seem concerned").speaker == "Ann Lee"


def test_question_put_to_the_speaker_is_not_their_statement() -> None:
    text = (
        "Mayor Anna Holt toured the depot. Asked whether she would run again, Holt said she had not decided."
    )
    answer = find(text, "had not decided")
    assert answer.text == "she had not decided" and answer.speaker == "Anna Holt"
    question = find(text, "would run again")
    assert question.text == "whether she would run again" and question.speaker is None


def test_institution_named_in_full_is_an_organisation() -> None:
    text = (
        "The Brennan Center for Justice said spending on the race had reached a record. "
        "The Bureau of Labor Statistics said wages rose in March."
    )
    q = find(text, "reached a record")
    assert q.speaker == "Brennan Center for Justice" and q.speaker_kind == "organisation"
    q = find(text, "wages rose")
    assert q.speaker == "Bureau of Labor Statistics" and q.speaker_kind == "organisation"


def test_state_and_party_written_after_a_name() -> None:
    text = (
        "Sen. Hal Brody (R-Fla.) and Sen. Nora Quist (D-Wis.) met on Tuesday.\n\n"
        "The Wisconsin Democrat said the talks had gone well. "
        "The Florida Republican said he was less sure about the timetable."
    )
    assert find(text, "talks had gone well").speaker == "Nora Quist"
    assert find(text, "less sure").speaker == "Hal Brody"


def test_sentence_ends_with_a_quotation() -> None:
    text = (
        "Per Lindahl, a novelist, said he carries his home town “with me in every chapter I write.” "
        "He said he recognises his neighbours in many of the characters."
    )
    assert find(text, "recognises his neighbours").speaker == "Per Lindahl"
    assert "recognises" not in find(text, "every chapter").text


def test_pronoun_prefers_a_person_to_a_lone_capitalised_word() -> None:
    text = (
        "Councillor Ruth Abara spoke after the vote.\n\n"
        "Brightwater said the fees were too high. She said the levy would be reviewed in June."
    )
    assert find(text, "levy would be reviewed").speaker == "Ruth Abara"


def test_comma_after_a_low_opening_quote_pair() -> None:
    text = (
        "„A truce without guarantees is only a pause before the next war“, Lorenz Abt said at a joint "
        "press conference."
    )
    q = find(text, "truce without guarantees")
    assert q.speaker == "Lorenz Abt" and q.direct
    assert not any("press conference" in x.text for x in quotes(text))


def test_anonymous_sources_who_asked_not_to_be_named() -> None:
    text = (
        "Two senior lawmakers from the ruling party, who asked not to be named, said the coalition had "
        "enough votes to pass the budget."
    )
    q = find(text, "enough votes")
    assert q.speaker_kind == "group" and "lawmakers" in (q.speaker or "")
    assert not any("named" in x.text for x in quotes(text))


def test_organisation_word_then_role_is_a_person() -> None:
    text = (
        "Transport Ministry spokeswoman Vera Lind spoke on Monday.\n\n"
        "The ministry spokeswoman dismissed reports that the fire had been started by striking workers."
    )
    q = find(text, "striking workers")
    assert q.speaker == "Vera Lind"
    assert q.text.startswith("reports that")


def test_participle_speaker_named_in_an_appositive() -> None:
    text = (
        "President Oskar Brandl spoke first.\n\n"
        "The conference host, Foreign Minister Maja Torvik, opened the session by reminding delegates that "
        "the town had hosted talks before."
    )
    assert find(text, "hosted talks before").speaker == "Maja Torvik"


def test_urged_keeps_whom_it_urged() -> None:
    text = "Agriculture Secretary Ines Varga urged both sides to return to talks."
    q = find(text, "return to talks")
    assert q.text == "both sides to return to talks" and q.speaker == "Ines Varga"


def test_six_word_quotation_inside_a_speakers_sentence() -> None:
    text = "Mayor Anna Holt has a plan to “fix every pothole in this town” before the winter."
    q = find(text, "fix every pothole")
    assert q.speaker == "Anna Holt" and q.direct


def test_quote_then_role_and_name_then_cue() -> None:
    text = (
        "The party met in the capital.\n\n"
        '"The donors are very worried about the party," spokesman Stuart Roe said.\n\n'
        '"The polls are moving our way," former party chair Herman Kane said, "and fast."'
    )
    q = find(text, "donors are very worried")
    assert q.text == "The donors are very worried about the party"
    assert q.speaker == "Stuart Roe" and q.speaker_mention is not None
    assert q.speaker_mention.text == "spokesman Stuart Roe"
    q = find(text, "polls are moving")
    assert q.text == "The polls are moving our way … and fast." and q.speaker == "Herman Kane"


def test_participle_after_a_quoted_fragment_starts_a_new_statement() -> None:
    text = "Mayor Anna Holt insisted she had “rebuilt the harbour,” claiming that trade had doubled in May."
    q = find(text, "rebuilt the harbour")
    assert "claiming" not in q.text and q.speaker == "Anna Holt"
    assert find(text, "trade had doubled").speaker == "Anna Holt"


def test_but_with_a_present_tense_cue_is_the_same_speaker() -> None:
    text = "Senator Ida Moss says she respects the plan but argues that it costs far too much."
    first = find(text, "respects the plan")
    assert "argues" not in first.text
    assert find(text, "costs far too much").speaker == "Ida Moss"


def test_participle_keeps_the_description_it_was_written_with() -> None:
    text = (
        "Lia Moreno spoke at the gala on Friday.\n\n"
        "The actress opened the evening, recalling that her first film had been cancelled."
    )
    q = find(text, "first film had been cancelled")
    assert q.speaker == "Lia Moreno"
    assert q.speaker_mention is not None and q.speaker_mention.text == "The actress"


def test_naming_verbs_with_the_quoted_name() -> None:
    text = (
        "Governor Ada Brook referred to her rival as “a tireless public servant” on Tuesday. "
        "She dubbed the bill “the harbour deal.” The crates were labeled in red."
    )
    q = find(text, "tireless public servant")
    assert q.text.startswith("her rival as") and q.speaker == "Ada Brook"
    assert find(text, "harbour deal").speaker == "Ada Brook"
    assert not any("crates" in x.text or "in red" in x.text for x in quotes(text))


def test_spoke_about_and_spoke_of() -> None:
    text = (
        "Mayor Anna Holt spoke at the town hall on Tuesday about repairs to the old harbour wall. "
        "She spoke of her faith in the dock workers. Her deputy spoke to reporters in the capital."
    )
    assert find(text, "harbour wall").text == "repairs to the old harbour wall"
    assert find(text, "faith in the dock workers").speaker == "Anna Holt"
    assert not any("reporters" in q.text for q in quotes(text))


def test_institution_after_an_adjective_and_party_synonyms() -> None:
    text = (
        "Republican nominee Carl Dorn toured the port. "
        "The nonpartisan Harbour Budget Office said the plan would cost more. "
        "The GOP nominee said he disagreed with the estimate."
    )
    q = find(text, "cost more")
    assert q.speaker == "Harbour Budget Office" and q.speaker_kind == "organisation"
    assert find(text, "disagreed with the estimate").speaker == "Carl Dorn"


def test_adverb_between_a_short_name_and_its_cue() -> None:
    text = "Governor Ada Brook toured the port on Monday. Brook now says she opposes the harbour deal."
    assert find(text, "opposes the harbour deal").speaker == "Ada Brook"


def test_attribution_with_circumstances_after_a_question_quote() -> None:
    # A quotation ending in "?" followed by its speaker and a longer attribution belongs to that speaker,
    # not to whoever spoke in the paragraph before.
    text = (
        "Councillor Maren Oduya said the budget was late.\n\n"
        "“Is this a priority because it is an election year?” Tobias Wren said at a news conference in "
        "Harlow on Tuesday.\n\n"
        "“Why would anyone trust the plan now?” Wren said about the delay."
    )
    q = find(text, "election year")
    assert q.speaker == "Tobias Wren" and q.direct
    assert find(text, "trust the plan").speaker == "Tobias Wren"
    assert not any(q.text.startswith("about the delay") for q in quotes(text))


def test_attribution_with_an_appositive_after_a_closed_quotation() -> None:
    # '“....” Name, the role, said.': the full stop inside the quotation does not cut off the attribution.
    text = (
        "Senator Ruth Kallio said the levy bill was finished.\n\n"
        "“We have to win this valley.” Karl Roe, the chairman of the valley party, said of the meeting."
    )
    q = find(text, "win this valley")
    assert q.speaker == "Karl Roe" and q.direct
    assert not any(q.text.startswith("of the meeting") for q in quotes(text))



def test_line_signed_after_a_bar_and_a_no_break_space() -> None:
    text = (
        "Readers wrote in about the new tram line.\n"
        "“The trams are late every single morning and nobody seems to care.” ―\xa0Ilona Brandt.\n"
        "“I like the new seats, but the stops are too far apart.” ―\xa0Tobias Kern\n"
    )
    q = find(text, "trams are late")
    assert q.speaker == "Ilona Brandt" and q.direct
    assert find(text, "new seats").speaker == "Tobias Kern"


def test_inverted_attribution_with_a_number_in_the_role() -> None:
    text = (
        "Governor Hal Penrose vetoed the bill.\n\n"
        "“His reasons do not hold water,” said 2019 flood widow Mara Vellin.\n\n"
        "She continued, “All we ask for is a hearing.”"
    )
    assert find(text, "hold water").speaker == "Mara Vellin"
    assert find(text, "ask for is a hearing").speaker == "Mara Vellin"


def test_two_labelled_quotations_in_one_transcript_line_are_two_statements() -> None:
    text = (
        "Harbour master Ilse Varga and Mayor Ann Orr disagree about the pier.\n\n"
        'Varga: "The pier must stay open all winter." Orr: "The pier will close in May, as planned."\n\n'
        "The crews went home."
    )
    first = find(text, "stay open")
    assert first.text == "The pier must stay open all winter." and first.speaker == "Ilse Varga"
    second = find(text, "close in May")
    assert second.text == "The pier will close in May, as planned." and second.speaker == "Ann Orr"


def test_quoted_name_inside_the_appositive_before_the_verb() -> None:
    text = (
        "Not everyone was pleased.\n\n"
        "“We have had better fairs than this one,” county delegate Ruth Amsel, wearing a straw hat and "
        "“Amsel First” campaign pins, said flatly."
    )
    q = find(text, "better fairs")
    assert q.text == "We have had better fairs than this one" and q.speaker == "Ruth Amsel" and q.direct


def test_quotation_after_a_second_speaker_cuts_in_is_not_the_first_speakers() -> None:
    text = (
        "Praise came fast.\n\n"
        "“Tell them I sent you,” Nadia Amsel said, and Piet Orlov cut in. "
        "“Do not forget the goat, it won twice.”"
    )
    first = find(text, "sent you")
    assert first.text == "Tell them I sent you" and first.speaker == "Nadia Amsel"
    second = find(text, "forget the goat")
    assert second.text == "Do not forget the goat, it won twice." and second.speaker == "Piet Orlov"


def test_quotation_followed_by_the_writers_which_clause_carries_on_the_quotation_before() -> None:
    text = (
        "Growers are upset.\n\n"
        "“Our growers are tired of the ministry,” said Pavel Drozd, a spokesman for the Valley Growers "
        "League, which represents 3,000 small farms. “It has been very harsh with the water rule,” which "
        "Drozd thinks will lead farms to cut back.\n\nNext."
    )
    q = find(text, "tired of the ministry")
    assert q.speaker == "Pavel Drozd" and q.direct
    assert q.text == "Our growers are tired of the ministry … It has been very harsh with the water rule"
    assert len([x for x in quotes(text) if "water rule" in x.text]) == 1


def test_a_signed_line_whose_inner_quote_marks_do_not_pair_is_one_quotation() -> None:
    text = (
        "Readers wrote in about the new tram line.\n\n"
        "“I like the seats. As my aunt says ‘Soft seats are the best.” That is “the whole point’.”"
        " ―\xa0Tobias Kern.\n"
    )
    q = find(text, "I like the seats")
    assert q.speaker == "Tobias Kern" and q.direct
    assert q.text == "I like the seats. As my aunt says ‘Soft seats are the best.” That is “the whole point’."
    assert len(quotes(text)) == 1


def test_a_signature_with_a_bare_middle_initial_names_who_ends_it() -> None:
    text = (
        "Readers wrote in about the new tram line.\n\n"
        "“The trams are late every morning. Nobody seems to care.” ―\xa0Ilona N Maren Brandt\n"
    )
    assert find(text, "trams are late").speaker == "Maren Brandt"


def test_a_question_then_a_name_and_any_past_tense_verb_is_that_persons_quote() -> None:
    text = (
        "Mayor Tilda Verrin spoke at the harbor on Monday.\n\n"
        "“Would the ferry run on Sundays again?” Verrin pressed. “Maybe the council could find the money?”"
    )
    q = find(text, "ferry run on Sundays")
    assert q.speaker == "Tilda Verrin" and q.direct
    assert "find the money" in q.text


def test_words_after_said_that_finish_the_quoted_sentence_belong_to_the_quote() -> None:
    text = "Harbor news.\n\n“Only a fool,” Verrin said, would sail out in such a storm."
    q = find(text, "Only a fool")
    assert q.speaker == "Verrin" and q.direct
    assert "would sail out in such a storm" in q.text


def test_a_quotation_after_said_citing_a_thing_goes_to_the_citing() -> None:
    text = (
        "Harbor news.\n\n"
        "“We have a long road ahead,” Verrin told the dockers, citing the new charter. "
        "“But the road leads home.”"
    )
    first = find(text, "long road ahead")
    assert "leads home" not in first.text
    cited = find(text, "leads home")
    assert cited.speaker == "Verrin" and cited.direct
    assert cited.text.startswith("the new charter")


def test_part_of_after_a_quoted_phrase_is_the_writers_description() -> None:
    text = (
        "Harbor news.\n\n"
        "Councillor Ines Brakel says the mayor is \"sinking the ferry line,\" part of a week of attacks "
        "on the harbor office since the storm."
    )
    q = find(text, "sinking the ferry line")
    assert q.speaker == "Ines Brakel"
    assert "week of attacks" not in q.text


def test_a_long_attribution_with_any_past_tense_verb_after_the_speaker_names_who_said_it() -> None:
    text = (
        "The harbor board met on Monday.\n\n"
        "“Captain Moll, let me answer for you - the ferry stays,” Mayor Tilda Verrin riffed on the captain's "
        "silence about the timetable, drawing laughs from the dockers. “And that is why we need a new pier.”"
    )
    q = find(text, "the ferry stays")
    assert q.speaker == "Tilda Verrin" and q.direct
    assert "new pier" in q.text
