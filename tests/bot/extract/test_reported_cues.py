"""Reported statements (no quotation marks) under cue patterns found after the base rules."""

from __future__ import annotations

from tests.bot.extract.helpers import check_offsets, find, quotes


def test_with_modifier_and_name_before_participle() -> None:
    text = "The rivals went further, with former Ostland Gov. Mara Velt calling the toll plan a disgrace."
    q = find(text, "toll plan")
    assert q.text == "the toll plan a disgrace"
    assert not q.direct and q.speaker == "Mara Velt" and q.cue == "calling"
    check_offsets(text, q)


def test_with_plain_noun_phrase_before_participle() -> None:
    text = "Tempers rose at the pier hearing, with several dock captains questioning the ferry budget."
    q = find(text, "ferry budget")
    assert q.text == "the ferry budget"
    assert not q.direct and q.speaker == "dock captains" and q.cue == "questioning"
    check_offsets(text, q)


def test_with_article_noun_phrase_is_no_speaker() -> None:
    text = "Velt came with the perfect calling card for the harbour board."
    assert not [q for q in quotes(text) if q.cue == "calling"]


def test_statement_issued_with_participle_carries_the_content() -> None:
    text = "Harbour chief Mara Velt issued a brief statement saying the old pier would stay open."
    q = find(text, "old pier")
    assert q.text == "the old pier would stay open"
    assert not q.direct and q.speaker == "Mara Velt" and q.cue == "saying"
    check_offsets(text, q)


def test_letter_sent_by_a_group_with_participle() -> None:
    text = "The Dunmore ferry union sent a letter on Friday urging the council to scrap the toll."
    q = find(text, "scrap the toll")
    assert q.text == "the council to scrap the toll"
    assert not q.direct and q.cue == "urging"
    assert q.speaker_mention is not None and "ferry union" in q.speaker_mention.text
    check_offsets(text, q)


def test_progressive_cue_after_plain_noun_phrase() -> None:
    text = "Yet even some ferry captains are questioning whether the night toll is legal."
    q = find(text, "night toll")
    assert q.text == "whether the night toll is legal"
    assert not q.direct and q.speaker == "ferry captains" and q.cue == "questioning"
    check_offsets(text, q)


def test_progressive_adjective_is_no_cue() -> None:
    text = "The mayor's choice of words is telling, in a quiet way."
    assert not quotes(text)


def test_passive_charge_is_a_statement_with_no_named_accuser() -> None:
    text = "Harbour clerk Bo Lund, 41, was charged with forging ferry permits after an audit in Dunmore."
    q = find(text, "forging")
    assert q.text == "forging ferry permits"
    assert not q.direct and q.speaker is None and q.cue == "charged"
    check_offsets(text, q)


def test_passive_accusation_inside_a_reported_clause_stays_part_of_it() -> None:
    text = "Lund says he left the board because he was accused of fixing the ferry count."
    q = find(text, "fixing")
    assert q.text == "he left the board because he was accused of fixing the ferry count"
    assert q.cue == "says" and q.speaker == "Lund"


def test_passive_asked_to_is_a_request_with_no_named_asker() -> None:
    text = "Harbour chief Mara Velt was asked to name one ferry route she had saved."
    q = find(text, "ferry route")
    assert q.text == "to name one ferry route she had saved"
    assert not q.direct and q.speaker is None and q.cue == "asked"
    check_offsets(text, q)


def test_passive_asked_to_ends_before_the_asker() -> None:
    text = "Lund shredded the files although he was asked to keep them by the harbour board."
    q = find(text, "keep them")
    assert q.text == "to keep them"
    check_offsets(text, q)


def test_participle_after_a_dash_is_the_subjects_statement() -> None:
    text = "Mara Velt changed her mind on the spot – saying she would now back the northern ferry route."
    q = find(text, "northern ferry")
    assert q.text == "she would now back the northern ferry route"
    assert not q.direct and q.speaker == "Mara Velt" and q.cue == "saying"
    check_offsets(text, q)


def test_declared_the_winner_is_a_statement_of_subject_and_title() -> None:
    text = "Late on Tuesday, Ann Lee was declared the victor of the Ostland primary, and the count went on."
    q = find(text, "Ostland primary")
    assert q.text == "Ann Lee … the victor of the Ostland primary"
    assert q.spans[0] == (text.index("Ann Lee"), text.index("Ann Lee") + len("Ann Lee"))
    assert not q.direct and q.speaker is None and q.cue == "declared"
    check_offsets(text, q)


def test_participle_after_a_name_in_what_a_speech_included() -> None:
    text = "Lee gave a long speech at the quay that included Mara Velt vowing to rebuild the old pier."
    q = find(text, "old pier")
    assert q.text == "to rebuild the old pier"
    assert not q.direct and q.speaker == "Mara Velt" and q.cue == "vowing"
    check_offsets(text, q)


def test_wrote_to_an_addressee_that() -> None:
    text = "Harbour chief Mara Velt wrote to the Dunmore ferry board that the old pier would close in May."
    q = find(text, "old pier")
    assert q.text == "the old pier would close in May"
    assert not q.direct and q.speaker == "Mara Velt" and q.cue == "wrote"
    check_offsets(text, q)


def test_wrote_an_outlet_with_its_name_that() -> None:
    text = "A Dunmore dock captain wrote the harbour newspaper, The Quay Bell, that the tolls were too high."
    q = find(text, "tolls")
    assert q.text == "the tolls were too high"
    assert not q.direct and q.cue == "wrote"
    check_offsets(text, q)


def test_wrote_legislation_that_is_no_statement() -> None:
    text = "Velt wrote legislation that gave the harbour board new powers over the pier."
    assert not [q for q in quotes(text) if q.cue == "wrote"]


def test_restrictive_who_after_a_participle_link() -> None:
    text = "Varga is worried about the pier, echoing harbour engineers who say the deck could sag by spring."
    q = find(text, "deck could sag")
    assert q.text == "the deck could sag by spring"
    assert not q.direct and q.speaker == "harbour engineers" and q.cue == "say"
    check_offsets(text, q)


def test_restrictive_who_after_including() -> None:
    text = "The toll plan drew fire from all sides, including some who argued the ferry would lose riders."
    q = find(text, "lose riders")
    assert q.text == "the ferry would lose riders"
    assert not q.direct and q.speaker == "some" and q.cue == "argued"
    check_offsets(text, q)


def test_another_as_a_bare_subject() -> None:
    text = "One harbour survey says the quay holds 300 boats, while another says it holds about 180."
    q = find(text, "about 180")
    assert q.text == "it holds about 180"
    assert not q.direct and q.speaker == "another" and q.cue == "says"
    check_offsets(text, q)


def test_demonstrative_noun_phrase_opening_a_sentence() -> None:
    text = "A pilot close to the harbour board spoke on Friday. That pilot said the night ferry would be cut."
    q = find(text, "night ferry")
    assert q.text == "the night ferry would be cut"
    assert not q.direct and q.cue == "said"
    assert q.speaker_mention is not None and q.speaker_mention.text == "That pilot"
    check_offsets(text, q)


def test_possessive_calls_for_belong_to_their_owner() -> None:
    text = "The Dunmore Ferry Union repeated its calls for a ban on night crossings."
    q = find(text, "night crossings")
    assert q.text == "a ban on night crossings"
    assert not q.direct and q.speaker == "Dunmore Ferry Union" and q.cue == "calls"
    check_offsets(text, q)


def test_calls_for_with_no_owner_are_no_statement() -> None:
    text = "There were calls for a ban on night crossings after the storm."
    assert not [q for q in quotes(text) if q.cue == "calls"]


def test_continued_to_question() -> None:
    text = "Harbour chief Mara Velt continued to question whether the night ferry could pay its way."
    q = find(text, "night ferry")
    assert q.text == "whether the night ferry could pay its way"
    assert not q.direct and q.speaker == "Mara Velt" and q.cue == "question"
    check_offsets(text, q)


def test_the_noun_question_is_no_cue() -> None:
    text = "The board could not settle the question of the night ferry on Monday."
    assert not [q for q in quotes(text) if q.cue == "question"]


def test_statements_issued_by_a_plain_noun_phrase_with_participle() -> None:
    text = "All three harbour pilots issued statements condemning the raid on the old quay."
    q = find(text, "old quay")
    assert q.text == "the raid on the old quay"
    assert not q.direct and q.speaker == "harbour pilots" and q.cue == "condemning"
    check_offsets(text, q)


def test_forecasters_as_a_bare_plural_subject() -> None:
    text = "If the tolls keep rising, forecasters say the night ferry will lose half its riders."
    q = find(text, "night ferry")
    assert q.text == "the night ferry will lose half its riders"
    assert not q.direct and q.speaker == "forecasters" and q.cue == "say"
    check_offsets(text, q)


def test_people_with_a_relative_clause_as_subject() -> None:
    text = "Still, people who have fought the toll for years say the board could do far more."
    q = find(text, "board could")
    assert q.text == "the board could do far more"
    assert not q.direct and q.speaker == "people" and q.cue == "say"
    check_offsets(text, q)
