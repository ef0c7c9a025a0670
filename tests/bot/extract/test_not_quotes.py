"""What must not come out as quotes: captions, headlines, bylines, titles and scare quotes, stray marks."""

from __future__ import annotations

from tests.bot.extract.helpers import quotes

ARTICLE = (
    "Harbour chief says cranes will be replaced\n\n"
    "By Nadia Kowalczyk\n\n"
    "Helga Mertens. Photo: Tomas Brandt/Harbour Wire\n\n"
    "Port authority chief Helga Mertens said on Monday that the old cranes would be replaced by spring.\n\n"
    "New cranes\n\n"
    "(hw, nk)"
)


def test_caption_headline_byline_and_subhead_yield_only_the_statement() -> None:
    found = quotes(ARTICLE)
    assert [q.text for q in found] == ["the old cranes would be replaced by spring"]


def test_caption_with_a_speech_word_is_not_a_quote() -> None:
    text = "Mayor Ana Ruiz says goodbye to the last tram. Photo: Lena Ortiz/City Wire"
    assert quotes(text) == []


def test_book_title_and_scare_quotes_are_not_quotes() -> None:
    text = (
        "The former envoy's memoir, “Bridges Over Cold Water”, sold well.\n\n"
        'Critics mocked the so-called "peace plan" as a stunt.'
    )
    assert all("Bridges" not in q.text and q.text != "peace plan" for q in quotes(text))


def test_unbalanced_quote_mark_neither_crashes_nor_runs_away() -> None:
    text = (
        'The council voted 7-2 on the "harbour levy after a long debate.\n\n'
        "Councillor Bo Lind said the vote was fair.\n\n"
        "The meeting ended at nine."
    )
    found = quotes(text)
    assert [q.text for q in found] == ["the vote was fair"]
    assert not found[0].direct


def test_empty_and_blank_text() -> None:
    assert quotes("") == []
    assert quotes("   \n\n ") == []


def test_dateline_is_not_a_speaker() -> None:
    text = "PORT ELVA (Harbour Wire) - Customs officers said on Monday that two crates had been seized."
    q = quotes(text)[0]
    assert q.speaker_kind == "group" and "ELVA" not in (q.speaker or "")
    assert q.text == "two crates had been seized"


def test_remarks_as_a_noun_and_responded_by_doing() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "Her remarks followed a tour of the new container terminal with the ferry operators.\n\n"
        "The ferry operators responded quickly by cutting their night fares.\n\n"
        "Mertens later declared for the council seat in the north ward."
    )
    assert quotes(text) == []


def test_added_with_an_object_is_not_speech() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "The port added another berth to its eastern quay and around 300 jobs in March."
    )
    assert quotes(text) == []
    kept = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "Mertens added a caveat: “Only if the tolls hold.”"
    )
    assert [q.speaker for q in quotes(kept) if "tolls hold" in q.text] == ["Helga Mertens"]


def test_a_group_called_is_a_name() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "A new group called Friends of the North Pier is raising money for repairs."
    )
    assert quotes(text) == []
    said = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "The ferry group called the new tolls unfair."
    )
    assert [q.text for q in quotes(said)] == ["the new tolls unfair"]


def test_reported_earnings_is_not_a_statement() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "The ferry company reported a quarterly profit of $1.20 a share. The port reported $3 million in"
        " fees."
    )
    assert quotes(text) == []


def test_a_telephone_call_is_not_a_statement() -> None:
    text = (
        "Port authority chief Helga Mertens met shipping firms on Monday.\n\n"
        "Mertens called Lund on Tuesday to congratulate him."
    )
    assert [q for q in quotes(text) if q.cue == "called"] == []
    naming = "Port authority chief Helga Mertens met shipping firms.\n\nMertens called Lund a coward."
    assert [q.text for q in quotes(naming) if q.cue == "called"] == ["Lund a coward"]


def test_a_programme_named_in_quotation_marks_is_not_a_quotation() -> None:
    text = (
        "Harbour master Ilse Varga inspected the dredgers.\n\n"
        "Varga said Sunday on Coastline Radio’s “Morning Tide With Bo,” that the channel would reopen.\n\n"
        "Speaking later on “The Harbour Hour,” Varga admitted that the budget had run out.\n\n"
        "In an interview with “Port Talk,” Varga said dredging would resume in May.\n\n"
        "Varga said Monday on Coastline Radio’s “Evening Swell.”\n\n"
        "Friday on the Gull network’s “Dawn Watch,” Varga said the pier’s “bones” were sound."
    )
    got = sorted(q.text for q in quotes(text))
    assert got == [
        "dredging would resume in May",
        "the budget had run out",
        "the channel would reopen",
        "the pier’s “bones” were sound",
    ]


def test_remarks_as_a_noun_are_not_a_cue() -> None:
    text = (
        "Harbour master Ilse Varga spoke to dockers on Monday.\n\n"
        "Her blunt remarks hung over the harbour meeting and angered the union.\n\n"
        "Varga remarked that the cranes were older than the pier."
    )
    assert [q.text for q in quotes(text) if q.cue and q.cue.startswith("remark")] == [
        "the cranes were older than the pier"
    ]


def test_a_time_alone_after_reported_is_not_a_statement() -> None:
    text = (
        "The Coastline Courier covered the harbour vote.\n\n"
        "The Gull Gazette reported nine days ago.\n\n"
        "Harbour master Ilse Varga said two weeks later."
    )
    assert quotes(text) == []


def test_a_newsletter_item_title_and_its_excerpt_are_not_quotes() -> None:
    text = (
        "Harbour master Ilse Varga spoke to dockers on Monday.\n\n"
        'HARBOUR NEWS—"Old pier faces demolition after a long dispute," by the Courier’s Bo Hart: '
        '"The north pier, built of oak a century ago and patched every winter since, will be taken down in'
        ' May, the port board decided on Tuesday."'
    )
    assert quotes(text) == []


def test_a_short_fragment_after_a_verb_and_a_preposition_is_no_statement() -> None:
    text = (
        "Mayor Ilse Varga toured Dover on Monday.\n\n"
        "Varga campaigned for “real harbour change” all summer."
    )
    assert not [q for q in quotes(text) if "harbour change" in q.text]


def test_say_as_a_noun_is_not_a_cue() -> None:
    text = (
        "The Veldt harbour board keeps the final say over the night tolls.\n\n"
        "Dockers in Marrow want a say in the crane plan."
    )
    assert quotes(text) == []


def test_calling_a_named_person_is_a_telephone_call() -> None:
    text = (
        "The Veldt harbour master called Ivo Lund.\n\n"
        "The mayor called Ansel Brink, a former aide who ran the ferry office.\n\n"
        "The governor called into a morning radio show."
    )
    assert quotes(text) == []


def test_what_someone_said_about_a_topic_is_not_a_statement() -> None:
    text = (
        "Here is what Ivo Lund said about the night tolls last year.\n\n"
        "These are nine things Ansel Brink has said about dockers."
    )
    assert quotes(text) == []


def test_a_verb_inside_a_would_be_subject_is_no_speaker() -> None:
    assert quotes("The Veldt ferry company allows pilots who ask for one to take a day off.") == []


def test_circumstance_after_a_cue_is_not_what_was_said() -> None:
    for text in (
        "Senator Oren Vask testified before the harbour committee last spring.",
        "Mayor Lina Ostrova explained after the council meeting on Tuesday.",
    ):
        assert quotes(text) == [], text
    # The same openings with a clause, or with what the testimony was about, are statements.
    text = "Senator Oren Vask testified before the harbour committee that the cranes were unsafe."
    q = quotes(text)
    assert [(x.text, x.speaker) for x in q] == [
        ("before the harbour committee that the cranes were unsafe", "Oren Vask")
    ]
    text = "Ines Varga testified before the harbour committee about the crane contracts."
    assert [(x.text, x.speaker) for x in quotes(text)] == [
        ("before the harbour committee about the crane contracts", "Ines Varga")
    ]


def test_according_to_leaves_no_single_word_before_another_attribution() -> None:
    text = (
        "According to the inquiry summary, Mills and another council aide asked the engineer "
        "to delete the files."
    )
    assert [(q.text, q.cue) for q in quotes(text)] == [("to delete the files", "asked")]
    text = "According to the inquiry summary, the engineer deleted the files."
    assert [(q.text, q.cue) for q in quotes(text)] == [("the engineer deleted the files", "according to")]


def test_roster_and_update_labels_are_not_transcript_lines() -> None:
    names = (
        "Ann Lee, Bo Lind, Cy Ross, Dana Chin, Ed Vance, Ola Berg, Pia Holm, Rune Dahl, Siv Lund, Tor Wik, "
        "Ulla Nord, Vera Moss, Will Hart, Xena Pike, Yves Roux"
    )
    text = (
        "The panel polled harbour pilots in three states.\n\n"
        f"New Hampshire: {names}\n\n"
        "Harbour Update: The latest tally of berths in the port.\n\n"
        "Mayor Lina Ostrova opened the session.\n\n"
        "Ostrova: We will keep the cranes, all of them, until the new ones arrive."
    )
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("We will keep the cranes, all of them, until the new ones arrive.", "Lina Ostrova")
    ]


def test_participle_describing_an_opening_document_is_no_cue() -> None:
    assert quotes("In a statement released Thursday, Councillor Ines Varga welcomed the ruling.") == []
    text = "In a clip shared on her campaign page, Ines Varga criticized the harbour board."
    assert [(q.text, q.speaker) for q in quotes(text)] == [("the harbour board", "Ines Varga")]
    text = "In a statement released Thursday, Councillor Ines Varga said the ruling was fair."
    assert [(q.text, q.speaker) for q in quotes(text)] == [("the ruling was fair", "Ines Varga")]


def test_words_on_a_shirt_are_not_the_wearers_statement() -> None:
    assert quotes("Ines Varga wore a shirt that read “Save the old cranes now.”") == []
    # (a sign, hat or banner held up is annotated as a statement: see test_direct)
    # A message brought in with a colon is quoted as written.
    text = (
        "Ines Varga shared a message from her aide that read: "
        "“The harbour board must keep every crane in service this winter.”"
    )
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("The harbour board must keep every crane in service this winter.", "Ines Varga")
    ]


def test_name_and_colon_heading_between_prose_paragraphs_is_not_a_transcript() -> None:
    text = (
        "What each harbour candidate needs on Tuesday.\n\n"
        "Below, the task facing every contender before the council ballot.\n\n"
        "Varga: Win in a walk.\n\n"
        "Councillor Ines Varga has led the field for months and her rivals have struggled to catch up.\n\n"
        "Brandt: Just hang on.\n\n"
        "Tomas Brandt needs a strong second place to stay in the race."
    )
    assert quotes(text) == []
    # Lines of a dialogue, however short, are what each said.
    text = (
        "Council members Ines Varga and Tomas Brandt clashed on the radio on Tuesday.\n\n"
        "Varga: Why not vote now?\n\n"
        "Brandt: Because the harbour board wants more time, and we should give it that."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "Why not vote now?",
        "Because the harbour board wants more time, and we should give it that.",
    ]
    assert found[0].speaker is not None and found[0].speaker.endswith("Ines Varga")
    assert found[1].speaker == "Tomas Brandt"


def test_opening_time_or_setting_before_the_speaker_is_not_what_was_said() -> None:
    for line in (
        "Then, last week, Councillor Ines Varga called.",
        "Earlier in 2012, Ambassador Ines Varga wrote to Mrs. Brandt about a visit to the port.",
        "In his speech, Mayor Tomas Brandt argued emphatically - rebuking the board eight times.",
    ):
        assert quotes("Harbour talks stalled in the spring.\n\n" + line) == [], line
    text = (
        "Harbour talks stalled in the spring.\n\n"
        "In his speech, Mayor Tomas Brandt argued that the cranes must stay."
    )
    assert [(q.text, q.speaker) for q in quotes(text)] == [("the cranes must stay", "Tomas Brandt")]


def test_remarks_after_an_owner_or_a_hyphen_is_the_noun() -> None:
    for line in (
        "Councillor Ines Varga apologised on Friday for her anti-Harbour remarks.",
        "The ferry union drew fresh criticism for its Dunmore remarks.",
    ):
        assert quotes(line) == [], line


def test_a_statement_released_with_only_a_time_says_nothing_yet() -> None:
    for line in (
        "Mayor Tomas Brandt released a brief statement on Sunday evening.",
        "The Harbour Board issued a short statement Friday.",
    ):
        assert quotes(line) == [], line
    # What the statement went on to say is still his.
    text = (
        "Mayor Tomas Brandt released a brief statement on Sunday evening, thanking the pilots but "
        "insisting that the cranes would stay."
    )
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("the pilots but insisting that the cranes would stay", "Tomas Brandt")
    ]


def test_a_relative_clause_after_an_according_to_source_describes_the_source() -> None:
    text = (
        "“The fleet is rotten,” a pilot wrote, according to the Harbour Watch group, which tracks such posts."
    )
    assert [q.text for q in quotes(text)] == ["The fleet is rotten"]


def test_everything_someone_says_followed_by_its_verb_is_no_statement_of_theirs() -> None:
    text = "Not everything Councillor Ines Varga says is accurate, her critics argue."
    assert [(q.text, q.cue) for q in quotes(text)] == [
        ("Not everything Councillor Ines Varga says is accurate", "argue")
    ]
    text = "Councillor Ines Varga said everything Tomas Brandt says is wrong."
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("everything Tomas Brandt says is wrong", "Ines Varga")
    ]


def test_asked_about_a_pronoun_alone_is_no_question_worth_keeping() -> None:
    text = "Asked about it after the harbour vote, Councillor Ines Varga said the cranes would stay."
    assert [(q.text, q.cue) for q in quotes(text)] == [("the cranes would stay", "said")]
    assert quotes("The ferry union had asked about them in March.") == []
    # A topic with a noun of its own is still the question asked.
    text = "Asked about the cranes after the harbour vote, Councillor Ines Varga said they would stay."
    assert [q.cue for q in quotes(text)] == ["Asked", "said"]


def test_a_telephone_call_followed_by_the_callers_next_act_is_no_statement() -> None:
    for line in (
        "Mayor Tomas Brandt called both councillors Tuesday night and invited them to the harbour.",
        "Mayor Tomas Brandt called Ines Varga weeks ago and offered her a seat on the board.",
    ):
        assert quotes(line) == [], line
    text = "Mayor Tomas Brandt called the plan a disaster and walked out."
    assert [q.text for q in quotes(text)] == ["the plan a disaster"]


def test_a_released_video_says_nothing_unless_the_sentence_says_what_it_claims() -> None:
    for line in (
        "Mayor Tomas Brandt released a video of the ceremony on Monday.",
        "The Dunmore ferry office released video on Thursday from the night of the storm.",
    ):
        assert quotes(line) == [], line
    text = "The Varga campaign released a video that accuses the mayor of neglecting the cranes."
    assert [q.text for q in quotes(text)] == ["a video that accuses the mayor of neglecting the cranes"]
