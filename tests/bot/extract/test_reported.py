"""Reported speech: the verbs and constructions news uses to report what someone said."""

from __future__ import annotations

import pytest

from tests.bot.extract.helpers import check_offsets, find, quotes

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


def test_relative_who_after_a_quote_and_its_speaker() -> None:
    text = INTRO + "“We will clear the backlog,” said Mertens, who predicted the queue would be gone by June."
    q = find(text, "queue")
    assert q.cue == "predicted" and q.speaker == "Helga Mertens"
    assert q.text == "the queue would be gone by June"
    assert find(text, "backlog").text == "We will clear the backlog"


def test_plural_subject_with_a_modifier() -> None:
    text = INTRO + "Still, sources close to the port board say the fees will rise in March."
    q = find(text, "fees")
    assert q.cue == "say" and q.speaker_mention is not None
    assert q.speaker_mention.text == "sources close to the port board"
    assert q.speaker != "Helga Mertens"
    assert q.text == "the fees will rise in March"


def test_plural_subject_with_a_place() -> None:
    q = find(INTRO + "But dock workers in Velmar say the night shifts are unsafe.", "night shifts")
    assert q.speaker_mention is not None and q.speaker_mention.text == "dock workers in Velmar"
    assert q.text == "the night shifts are unsafe"


def test_one_in_three_said() -> None:
    text = INTRO + "The survey reached 900 residents. One in three said the harbour fees were too high."
    q = find(text, "fees")
    assert q.speaker == "One in three" and q.text == "the harbour fees were too high"


def test_two_participles_joined_by_and() -> None:
    text = INTRO + (
        "Mertens spoke for an hour, criticizing the toll increase and calling for a review of the dredging"
        " contract."
    )
    q = find(text, "toll")
    assert q.text == "the toll increase" and q.cue == "criticizing" and q.speaker == "Helga Mertens"
    r = find(text, "review")
    assert r.text == "a review of the dredging contract" and r.speaker == "Helga Mertens"


def test_trailing_which_clause_after_an_object_is_the_writers() -> None:
    text = INTRO + "Mertens praised the new lock gates, which were built by a firm from Velmar."
    q = find(text, "lock gates")
    assert q.cue == "praised" and q.text == "the new lock gates"


def test_which_clause_after_a_reported_clause_stays() -> None:
    text = INTRO + "Mertens said the fees would rise by a tenth, which would pay for the new cranes."
    q = find(text, "fees")
    assert q.text == "the fees would rise by a tenth, which would pay for the new cranes"


def test_second_verb_after_an_object_is_the_writers() -> None:
    text = INTRO + "Mertens criticized the toll increase and then left for the airport."
    q = find(text, "toll")
    assert q.text == "the toll increase"


def test_participle_after_an_adverb() -> None:
    text = INTRO + "Mertens defended the fees, eventually saying the port could not survive without them."
    q = find(text, "survive")
    assert q.cue == "saying" and q.speaker == "Helga Mertens"
    assert q.text == "the port could not survive without them"


def test_condemned_and_revealed_after_a_plain_noun_phrase() -> None:
    text = INTRO + "Fishing cooperatives condemned the new night tolls."
    q = find(text, "tolls")
    assert q.cue == "condemned" and q.speaker == "Fishing cooperatives" and q.text == "the new night tolls"
    text = INTRO + "The harbour inspection revealed deep cracks in the north pier."
    q = find(text, "cracks")
    assert q.cue == "revealed" and q.speaker_mention is not None
    assert q.speaker_mention.text == "The harbour inspection"


def test_noun_form_after_a_plain_noun_phrase_is_not_a_cue() -> None:
    text = INTRO + "The weekly harbour reports list twelve ships delayed by the storm."
    assert not [q for q in quotes(text) if q.cue == "reports"]


def test_and_has_called_for() -> None:
    text = INTRO + "Mertens often questions the ferry plan and has called for a review of the night fares."
    q = find(text, "night fares")
    assert q.speaker == "Helga Mertens" and q.text == "a review of the night fares"
    assert not [x for x in quotes(text) if x.text.endswith("and has")]


def test_time_phrase_with_part_of_day_before_the_cue() -> None:
    text = INTRO + "Mertens on Friday evening again called upon the ministry to fund the new pier."
    q = find(text, "new pier")
    assert q.speaker == "Helga Mertens"


def test_as_have_others_is_the_writers() -> None:
    text = INTRO + "Mertens said she wants an inquiry into the fees, as have several harbour pilots."
    q = find(text, "inquiry")
    assert q.text == "she wants an inquiry into the fees"


def test_continued_to_insist() -> None:
    text = INTRO + "Even after the audit, Mertens continued to insist that the fees were fair."
    q = find(text, "fees")
    assert q.speaker == "Helga Mertens" and q.text == "the fees were fair"


def test_asked_after_an_appositive() -> None:
    text = INTRO + "Mertens, the port authority chief, asked the ferry operators to cut their night fares."
    q = find(text, "night fares")
    assert q.cue == "asked" and q.speaker == "Helga Mertens"


def test_progressive_with_an_adverb() -> None:
    text = INTRO + "Mertens is now calling for a full audit of the harbour accounts."
    q = find(text, "audit")
    assert q.speaker == "Helga Mertens" and q.text == "a full audit of the harbour accounts"


def test_plain_subject_before_a_parenthetical() -> None:
    q = find(INTRO + "Others, however, say the new tolls are overdue.", "tolls")
    assert q.speaker == "Others" and q.text == "the new tolls are overdue"
    q = find(INTRO + "Ferry operators — and some pilots — say the tolls will hurt trade.", "hurt trade")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ferry operators"


def test_with_a_share_saying() -> None:
    text = INTRO + "Residents back the plan, with 40 percent of them saying the tolls are fair."
    q = find(text, "fair")
    assert q.speaker == "40 percent of them" and q.text == "the tolls are fair"


def test_list_of_verbs_after_an_object() -> None:
    text = INTRO + "Mertens mocked the ferry operators, praised the pilots and left before the vote."
    q = find(text, "ferry operators")
    assert q.cue == "mocked" and q.text == "the ferry operators"


def test_no_cut_inside_a_quoted_phrase() -> None:
    text = INTRO + "Mertens slammed the toll plan as “rushed, unexplained and unfair.”"
    q = find(text, "toll plan")
    assert q.text.startswith("the toll plan as") and "unfair" in q.text


def test_bare_plural_records_as_the_subject() -> None:
    text = INTRO + "In the north ward, exit polls suggested that older voters backed the tolls."
    q = find(text, "older voters")
    assert q.speaker_mention is not None and q.speaker_mention.text == "exit polls"
    assert q.text == "older voters backed the tolls"


def test_according_to_inside_a_parenthesis() -> None:
    text = INTRO + "Small ports (a third of their cargo is grain, according to customs data) lost most."
    q = find(text, "grain")
    assert q.cue == "according to" and q.text == "a third of their cargo is grain"


def test_according_to_then_the_sources_relative_clause() -> None:
    text = INTRO + "The tolls rose by a fifth last year, according to Mertens, who took office in May."
    q = find(text, "tolls")
    assert q.text == "The tolls rose by a fifth last year"


def test_spoke_out_against_and_spoke_at_length_about() -> None:
    q = find(INTRO + "Mertens spoke out sharply against the new night tolls.", "tolls")
    assert q.speaker == "Helga Mertens" and q.text == "the new night tolls"
    q = find(INTRO + "Mertens has spoken at length about the silted channel.", "channel")
    assert q.text == "the silted channel"


def test_object_ends_before_at_a_rally() -> None:
    text = INTRO + "Mertens praised the harbour pilots at a campaign rally in Velmar on Sunday."
    q = find(text, "pilots")
    assert q.text == "the harbour pilots"


def test_dash_appositive_between_subject_and_cue() -> None:
    text = INTRO + "Mertens — who has run the port since 2019 — told the Harbour Gazette she will not resign."
    q = find(text, "resign")
    assert q.speaker == "Helga Mertens" and q.text == "she will not resign"


def test_plain_subject_before_an_including_list() -> None:
    text = INTRO + "Several ferry firms, including Nordlys and Baltic Star, criticized the new tolls."
    q = find(text, "tolls")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Several ferry firms"
    assert q.text == "the new tolls"


def test_speaker_after_the_cue_with_an_appositive() -> None:
    text = INTRO + "The night tolls will stay in place, said Mertens, the head of the port authority."
    q = find(text, "tolls")
    assert q.speaker == "Helga Mertens" and q.text == "The night tolls will stay in place"
    text = INTRO + "The tolls rose by a fifth, said Erik Lund, an analyst at a shipping bank in Velmar."
    q = find(text, "tolls")
    assert q.speaker == "Erik Lund" and q.text == "The tolls rose by a fifth"


def test_inverted_attribution_then_more_of_the_statement() -> None:
    text = INTRO + "The tolls will rise, said Mertens, but the ferries will keep their night fares."
    q = find(text, "tolls")
    assert "night fares" in q.text


def test_percent_share_as_the_subject() -> None:
    text = INTRO + "Half backed the plan, compared with another 12 percent who say the tolls are too high."
    q = find(text, "too high")
    assert q.speaker == "another 12 percent" and q.text == "the tolls are too high"
    q = find(INTRO + "In the survey, 26% say the harbour should close at night.", "harbour")
    assert q.speaker == "26%" and q.text == "the harbour should close at night"


def test_bare_plural_role_as_the_subject() -> None:
    q = find(INTRO + "At the meeting, pilots said the night tolls were unsafe.", "unsafe")
    assert q.speaker == "pilots" and q.text == "the night tolls were unsafe"


def test_plain_subject_after_a_subordinator_and_fractions() -> None:
    text = INTRO + "The plan passed, even though a number of pilots said it was rushed."
    q = find(text, "rushed")
    assert q.speaker_mention is not None and q.speaker_mention.text == "a number of pilots"
    q = find(INTRO + "Residents back the tolls, and three-fourths say the pier must be rebuilt.", "pier")
    assert q.speaker == "three-fourths" and q.text == "the pier must be rebuilt"


def test_plain_plural_specialists_as_the_subject() -> None:
    q = find(INTRO + "But harbour safety specialists say the cranes can still be used.", "cranes")
    assert q.speaker_mention is not None and q.speaker_mention.text == "harbour safety specialists"


def test_declared_after_a_plain_noun_phrase() -> None:
    q = find(INTRO + "Some harbour pilots declared that the night tolls were dead.", "tolls")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Some harbour pilots"


def test_accused_and_urged_after_a_plain_noun_phrase() -> None:
    text = INTRO + "Several ferry captains accused the port board of hiding the repair costs."
    q = find(text, "repair costs")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Several ferry captains"
    text = INTRO + "Local fishermen urged the council to drop the night tolls."
    q = find(text, "night tolls")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Local fishermen"


def test_released_a_statement_or_findings() -> None:
    q = find(INTRO + "Mertens released a statement condemning the night tolls.", "night tolls")
    assert q.text == "the night tolls"  # the participle says what the statement says
    assert q.cue == "condemning" and q.speaker == "Helga Mertens"
    text = INTRO + "The harbour board released its findings on Tuesday."
    assert [q.text for q in quotes(text) if q.cue == "released"] == ["its findings on Tuesday"]
    assert not [q for q in quotes(INTRO + "The port released two seals into the bay.") if q.cue == "released"]


def test_issued_a_statement_and_posted_a_message() -> None:
    q = find(INTRO + "Mertens issued a statement defending the night tolls.", "defending")
    assert q.cue == "issued" and q.speaker == "Helga Mertens"
    q = find(INTRO + "Mertens posted a message thanking the harbour pilots.", "harbour pilots")
    assert q.text == "the harbour pilots"
    assert q.cue == "thanking" and q.speaker == "Helga Mertens"
    assert not [q for q in quotes(INTRO + "The port issued 40 new permits.") if q.cue == "issued"]


def test_wrote_an_op_ed() -> None:
    q = find(INTRO + "Mertens wrote an op-ed urging the council to keep the night tolls.", "urging")
    assert q.cue == "wrote" and q.speaker == "Helga Mertens"


def test_boasted_of_and_commented_on() -> None:
    q = find(INTRO + "Mertens boasted of her record on the north pier.", "record")
    assert q.cue == "boasted" and q.text == "her record on the north pier"
    q = find(INTRO + "Mertens commented on the ruling against the night tolls.", "ruling")
    assert q.cue == "commented" and q.text == "the ruling against the night tolls"


def test_railed_against_and_lashed_out_at() -> None:
    q = find(INTRO + "Mertens railed against the night tolls.", "tolls")
    assert q.cue == "railed against" and q.text == "the night tolls"
    q = find(INTRO + "Mertens lashed out at the harbour board over the delays.", "board")
    assert q.cue == "lashed out at" and q.speaker == "Helga Mertens"


def test_one_word_named_object() -> None:
    q = find(INTRO + "Mertens praised Velmar.", "Velmar")
    assert q.cue == "praised" and q.text == "Velmar" and q.speaker == "Helga Mertens"


def test_dismissed_and_cited_after_a_plain_noun_phrase() -> None:
    text = INTRO + "Two ferry captains dismissed the audit as a waste of money."
    q = find(text, "audit")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Two ferry captains"


def test_an_appositive_after_a_praised_object_is_the_writers() -> None:
    text = (
        "Mayor Ilse Varga toured the docks on Monday.\n\n"
        "Varga praised the harbour pact, the first of its kind on the northern coast."
    )
    q = find(text, "harbour pact")
    assert q.text == "the harbour pact" and q.speaker == "Ilse Varga"


def test_said_far_after_the_opening_subject() -> None:
    text = INTRO + (
        'Mertens -- whose memoir, "Deep Water," sold well in Dunmore -- said the cranes would go.'
    )
    q = find(text, "cranes")
    assert q.text == "the cranes would go" and q.speaker == "Helga Mertens"
    text = INTRO + "Mertens and others who oppose the night shifts at Dunmore said the cranes would go."
    q = find(text, "cranes")
    assert q.text == "the cranes would go" and q.speaker == "Helga Mertens"


def test_other_verbs_far_after_the_opening_subject() -> None:
    text = INTRO + "Mertens and the pilots' union each warned that the cranes would go."
    q = find(text, "cranes")
    assert q.text == "the cranes would go" and q.speaker == "Helga Mertens"


def test_plural_noun_phrase_far_before_said() -> None:
    text = INTRO + "Large majorities of pilots in six ports heading to the vote on Friday said the cranes go."
    q = find(text, "cranes")
    assert q.text == "the cranes go"
    assert q.speaker_mention is not None and q.speaker_mention.text == "majorities"


def test_no_opening_subject_across_a_clause() -> None:
    text = INTRO + "Mertens and Lund lead in the ports, although the harbour board says the cranes go."
    assert all(q.speaker != "Helga Mertens" for q in quotes(text))


def test_passive_first_reported_by() -> None:
    text = INTRO + "The sale of the old cranes was first reported by the Harbour Gazette."
    q = find(text, "old cranes")
    assert q.text == "The sale of the old cranes" and q.speaker == "Harbour Gazette"
    text = INTRO + "The cranes will be replaced by spring, as first reported by the Harbour Gazette."
    q = find(text, "cranes")
    assert q.text == "The cranes will be replaced by spring" and q.speaker == "Harbour Gazette"


def test_relative_who_with_a_contracted_has() -> None:
    text = INTRO + "The plan is backed by Mertens, who’s warned since 2019 that the cranes are too old."
    q = find(text, "cranes")
    assert q.text == "the cranes are too old" and q.speaker == "Helga Mertens"


def test_content_opening_with_this_is_no_time_phrase() -> None:
    q = find(INTRO + "Others say this crane was a bargain.", "bargain")
    assert q.text == "this crane was a bargain" and q.speaker == "Others"


def test_more_plural_heads_of_unnamed_speakers() -> None:
    q = find(INTRO + "Proponents of higher tolls at Dunmore say the bay needs the money.", "bay")
    assert q.text == "the bay needs the money"
    assert q.speaker_mention is not None and q.speaker_mention.text.lower().startswith("proponents")


def test_hyphenated_word_after_said_is_no_dash() -> None:
    q = find(INTRO + "Dock pilots said long-haul ferries rarely pay the tolls.", "ferries")
    assert q.text == "long-haul ferries rarely pay the tolls"


def test_content_opening_with_by_after_that() -> None:
    text = INTRO + "Dock analysts argue that by May, the cranes will be idle."
    q = find(text, "cranes")
    assert q.text == "by May, the cranes will be idle"


def test_pronoun_after_said_begins_the_statement() -> None:
    text = INTRO + "Mertens, who has run the harbour of Dunmore since the great storm, said she hated it."
    q = find(text, "hated")
    assert q.text == "she hated it" and q.speaker == "Helga Mertens"


def test_plural_possessive_before_the_speaker_is_no_quotation() -> None:
    text = INTRO + "Lund, the Gazette's Ann Berg and the Pilots' Tom Wills argued that the tolls were unfair."
    q = find(text, "tolls")
    assert q.text == "the tolls were unfair"


def test_continuing_to_insist() -> None:
    q = find(INTRO + "Mertens is continuing to insist that the figures are right.", "figures")
    assert q.text == "the figures are right" and q.speaker == "Helga Mertens"


def test_multiword_participles() -> None:
    q = find(INTRO + "Mertens is pointing to a new audit of the port.", "audit")
    assert q.text == "a new audit of the port" and q.speaker == "Helga Mertens"
    q = find(INTRO + "Mertens defended the plan, pointing to a new audit of the port.", "audit")
    assert q.text == "a new audit of the port" and q.speaker == "Helga Mertens"
    q = find(INTRO + "Mertens, after railing against the tolls, left for the coast.", "tolls")
    assert q.text == "the tolls"


def test_no_break_space_between_subject_and_cue() -> None:
    q = find(INTRO + "Sen. Ann Lund (I-Ore.)\xa0has criticized Mertens over the night tolls.", "tolls")
    assert q.speaker == "Ann Lund" and q.text == "Mertens over the night tolls"


def test_has_been_before_a_participle() -> None:
    q = find(INTRO + "Mertens has been criticizing Lund for raising the tolls.", "tolls")
    assert q.speaker == "Helga Mertens" and q.text == "Lund for raising the tolls"


def test_far_opening_subject_of_criticized() -> None:
    text = INTRO + 'Mertens -- whose memoir, "Deep Water," sold well in Dunmore -- criticized the tolls.'
    q = find(text, "tolls")
    assert q.text == "the tolls" and q.speaker == "Helga Mertens"
    assert quotes(INTRO + "The night tolls proposed in the Berg years are still in force.") == []


def test_second_participle_after_a_non_speech_one() -> None:
    text = INTRO + "Mertens closed the meeting by thanking the pilots and urging them to stay calm."
    q = find(text, "calm")
    assert q.text == "them to stay calm" and q.speaker == "Helga Mertens"


def test_that_as_a_determiner() -> None:
    q = find(INTRO + "Lund rejected that proposal.", "proposal")
    assert q.text == "that proposal" and q.speaker == "Lund"


def test_negated_progressive() -> None:
    q = find(INTRO + "Mertens isn’t saying which ports will close.", "ports")
    assert q.text == "which ports will close" and q.speaker == "Helga Mertens"
    q = find(INTRO + "Mertens is not predicting a quick end to the strike.", "strike")
    assert q.text == "a quick end to the strike" and q.speaker == "Helga Mertens"


def test_note_after_a_plural_subject() -> None:
    q = find(INTRO + "Harbour engineers note that the cranes are older than the ships.", "cranes")
    assert q.text == "the cranes are older than the ships"
    assert quotes(INTRO + "The harbour bond note lost value on Monday.") == []


def test_quoted_title_in_a_long_appositive() -> None:
    text = INTRO + "Ann Lund, author of “Deep Water,” suggested the tolls could hurt Mertens."
    q = find(text, "tolls")
    assert q.text == "the tolls could hurt Mertens" and q.speaker == "Ann Lund"


def test_point_to_in_the_plain_form() -> None:
    q = find(INTRO + "Harbour pilots point to a new audit of the port.", "audit")
    assert q.text == "a new audit of the port"


def test_say_that_is_no_speech() -> None:
    assert quotes(INTRO + "A crane costs more than, say, a small barge.") == []
    assert quotes(INTRO + "The board has the final say on whether the tolls rise.") == []


def test_a_noun_phrase_after_said_begins_the_statement_when_the_subject_opens_the_sentence() -> None:
    found = quotes("Ansel Brink, a harbour pilot from Veldt, said the cranes go.")
    assert [(q.text, q.speaker) for q in found] == [("the cranes go", "Ansel Brink")]


def test_a_short_answer_after_said_is_the_whole_statement() -> None:
    found = quotes("Last spring, half of the pilots said so in a survey.")
    assert [q.text for q in found] == ["so"]
    found = quotes("Most dockers in Marrow said yes, while the pilots held back.")
    assert [q.text for q in found] == ["yes"]
    found = quotes("Mayor Ann Berg said no one would lose a job.")
    assert [q.text for q in found] == ["no one would lose a job"]


def test_a_statement_before_the_speaker_and_a_circumstance_after_the_cue() -> None:
    found = quotes("The night tolls will rise, Ivo Brandt said after the board vote.")
    assert [(q.text, q.speaker) for q in found] == [("The night tolls will rise", "Ivo Brandt")]


def test_a_closing_appositive_may_open_with_a_possessive_place() -> None:
    found = quotes("The tolls will rise in Veldt, said Arno Sarkis, Veldt’s harbour chief from 2007 to 2013.")
    assert [(q.text, q.speaker) for q in found] == [("The tolls will rise in Veldt", "Arno Sarkis")]


def test_a_far_said_after_a_relative_clause_with_a_quoted_word() -> None:
    found = quotes("Ivo Lund, who calls the mayor a “fraud,” said he does not think the plan will last.")
    assert ("he does not think the plan will last", "Ivo Lund") in [(q.text, q.speaker) for q in found]


def test_a_contrast_for_another_group_ends_the_reported_clause() -> None:
    found = quotes("Ivo Lund says the tolls were fair and lawful, but for the dockers, it is a scandal.")
    assert [q.text for q in found] == ["the tolls were fair and lawful"]


def test_a_closing_indefinite_appositive_is_the_writers() -> None:
    found = quotes("Mayor Ivo Lund vowed to repeal the Harbour Act, a law that doubled the night tolls.")
    assert [q.text for q in found] == ["to repeal the Harbour Act"]


def test_but_with_a_new_perfect_clause_ends_the_reported_clause() -> None:
    found = quotes("Ivo Lund said he will not ask Brink to quit, but he has bristled at a recount.")
    assert [q.text for q in found] == ["he will not ask Brink to quit"]
    found = quotes("The pilots said they would back the tolls, but there is anger in Veldt over the plan.")
    assert [q.text for q in found] == ["they would back the tolls"]


def test_statement_reported_inside_another_is_the_outer_speakers() -> None:
    text = "The Harbour Gazette reported that Ines Varga said the cranes would be sold by spring."
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("Ines Varga said the cranes would be sold by spring", "Harbour Gazette")
    ]
    # Two speakers side by side keep a statement each.
    text = "Ines Varga said the cranes would be sold by spring, and Tomas Brandt said the berths would close."
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("the cranes would be sold by spring", "Ines Varga"),
        ("the berths would close", "Tomas Brandt"),
    ]
def test_what_someone_calls_a_thing_inside_their_statement_is_part_of_it() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "Varga says the crews are tired of waiting and eager for what she calls “real repairs” to the pier."
    )
    q = find(text, "tired of waiting")
    assert q.text == "the crews are tired of waiting and eager for what she calls “real repairs” to the pier"
    assert q.speaker == "Ilse Varga" and q.cue == "says" and q.direct
    assert len(quotes(text)) == 1


@pytest.mark.parametrize("tail", ["sparking a row on the quay", "which the council denied"])
def test_reported_content_ends_at_a_quotation_closing_with_a_comma_before_a_writers_clause(tail: str) -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        f"Varga said the new timetable was “plainly unfair to the crews,” {tail}."
    )
    q = find(text, "plainly unfair")
    assert q.text == "the new timetable was “plainly unfair to the crews,”"
    assert q.speaker == "Ilse Varga" and q.cue == "said" and q.direct


def test_a_statement_in_an_opening_when_clause_ends_with_the_clause() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "When Varga said the pier would stay open through the winter, the crews went back to their boats."
    )
    q = find(text, "stay open")
    assert q.text == "the pier would stay open through the winter"
    assert q.speaker == "Ilse Varga" and q.cue == "said" and not q.direct


def test_a_statement_after_an_opening_as_clause_is_not_cut() -> None:
    text = (
        "Harbour master Ilse Varga met the crews in Dover on Monday.\n\n"
        "As Varga noted, the pier has stayed open through three winters, and the crews trust it."
    )
    q = find(text, "three winters")
    assert q.text.startswith("the pier has stayed open through three winters")
    assert q.speaker == "Ilse Varga" and q.cue == "noted"


def test_a_participle_after_a_comma_ends_reported_content() -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        "Harbour master Ilse Varga pledged to rebuild the east pier, reversing the board's decision of last"
        " year."
    )
    q = find(text, "rebuild")
    assert q.text == "to rebuild the east pier"
    assert q.speaker == "Ilse Varga" and q.cue == "pledged"


def test_a_participle_after_a_comma_stays_in_what_was_said() -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        "Harbour master Ilse Varga said officers still patrol the pier, handing out fines to crews who moor"
        " overnight."
    )
    q = find(text, "patrol the pier")
    assert q.text == "officers still patrol the pier, handing out fines to crews who moor overnight"
    assert q.speaker == "Ilse Varga" and q.cue == "said"


def test_reported_content_resumes_after_an_inserted_attribution_with_an_appositive() -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        "Any honest reading of the tide charts, said Ilse Varga, the harbour master of Dover, would show the"
        " pier is safe."
    )
    q = find(text, "tide charts")
    assert [text[a:b] for a, b in q.spans] == [
        "Any honest reading of the tide charts",
        "would show the pier is safe",
    ]
    assert q.speaker == "Ilse Varga" and q.cue == "said"


def test_a_participle_statement_ends_before_a_second_participle() -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        "Harbour master Ilse Varga spoke for an hour, proposing a ban on night mooring and taunting her rival"
        " Anton Bree about his record."
    )
    q = find(text, "night mooring")
    assert q.text == "a ban on night mooring"
    assert q.speaker == "Ilse Varga" and q.cue == "proposing"


def test_reported_content_ends_before_the_subjects_next_act() -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        "Harbour master Ilse Varga admitted the pier was unsafe and closed it for the winter."
    )
    q = find(text, "unsafe")
    assert q.text == "the pier was unsafe"
    assert q.speaker == "Ilse Varga" and q.cue == "admitted"


def test_a_that_clause_keeps_its_coordinated_verbs() -> None:
    text = (
        "The harbour board met in Dover on Monday.\n\n"
        "Harbour master Ilse Varga later clarified that she misspoke and intended to praise the crews."
    )
    q = find(text, "misspoke")
    assert q.text == "she misspoke and intended to praise the crews"
    assert q.speaker == "Ilse Varga"


def test_a_closing_participle_after_a_comma_is_the_writers() -> None:
    found = quotes("Mayor Ivo Lund declared he would not back the tolls, throwing the board into turmoil.")
    assert [(q.text, q.speaker) for q in found] == [("he would not back the tolls", "Ivo Lund")]
    found = quotes("Ivo Lund pledged to rebuild the north pier, reversing a decade of neglect in Veldt.")
    assert [q.text for q in found] == ["to rebuild the north pier"]


def test_a_participle_that_is_part_of_the_clause_stays() -> None:
    found = quotes("Ivo Lund said the pilots were, in fact, ignoring the new tolls.")
    assert [q.text for q in found] == ["the pilots were, in fact, ignoring the new tolls"]
    found = quotes("Ivo Lund said the dockers, numbering nine hundred, voted to strike on Monday.")
    assert [q.text for q in found] == ["the dockers, numbering nine hundred, voted to strike on Monday"]


def test_a_cue_in_an_opening_subordinate_clause_ends_at_its_comma() -> None:
    found = quotes("As Mayor Ivo Lund lamented the night tolls, the harbour board voted to raise them again.")
    assert [(q.text, q.speaker) for q in found] == [("the night tolls", "Ivo Lund")]
    found = quotes("Two years after Ivo Lund vowed to rebuild the pier, the work has not begun in Veldt.")
    assert [q.text for q in found] == ["to rebuild the pier"]


def test_an_opening_subordinate_clause_before_the_cue_is_not_cut() -> None:
    found = quotes("When the board met, Ivo Lund said the tolls would rise, and the pilots would pay.")
    assert [q.text for q in found] == ["the tolls would rise, and the pilots would pay"]


def test_a_new_clause_after_comma_and_ends_the_reported_clause() -> None:
    found = quotes("Ivo Lund denied the tolls were raised, and he left for Veldt on the night ferry.")
    assert [(q.text, q.speaker) for q in found] == [("the tolls were raised", "Ivo Lund")]
    found = quotes("The harbour board admitted it lost the ledgers, and delayed the audit until spring.")
    assert [q.text for q in found] == ["it lost the ledgers"]


def test_where_an_object_was_criticised_or_explained_is_the_writers() -> None:
    found = quotes("Ivo Lund criticized the harbour board during a rally on Friday in Veldt.")
    assert [(q.text, q.speaker) for q in found] == [("the harbour board", "Ivo Lund")]
    found = quotes("Ivo Lund explained the toll rise in a visit to the Veldt Morning Show.")
    assert [q.text for q in found] == ["the toll rise"]


def test_a_that_clause_after_a_noun_cue_keeps_its_circumstance() -> None:
    found = quotes("Ivo Lund cited reports that the pilots said in a meeting that the tolls were unfair.")
    assert [q.text for q in found] == ["reports that the pilots said in a meeting that the tolls were unfair"]


def test_said_little_about_gives_the_topic() -> None:
    found = quotes("Ivo Lund said little about how the night tolls would be spent.")
    assert [(q.text, q.speaker) for q in found] == [("how the night tolls would be spent", "Ivo Lund")]


def test_a_cue_in_a_subordinate_clause_after_a_comma_ends_at_its_comma() -> None:
    found = quotes("The plan is popular, and while Ivo Lund said he would vote, it is unlikely to pass.")
    assert [(q.text, q.speaker) for q in found] == [("he would vote", "Ivo Lund")]


def test_a_new_clause_after_according_to_is_the_writers() -> None:
    found = quotes(
        "The mayor leads the council by nine votes, according to a count by the Veldt Courier, but Ivo Lund"
        " has vowed to fight on."
    )
    acc = [q for q in found if q.cue == "according to"]
    assert [q.text for q in acc] == ["The mayor leads the council by nine votes"]


def test_asked_if_with_a_that_inside_the_question() -> None:
    found = quotes("A reporter asked Ivo Lund if the new tolls meant that the ferry would close.")
    assert [q.text for q in found] == ["if the new tolls meant that the ferry would close"]


def test_when_or_why_a_noun_object_was_praised_is_the_writers() -> None:
    found = quotes("Ivo Lund praised the harbour board after a long meeting on the night tolls.")
    assert [(q.text, q.speaker) for q in found] == [("the harbour board", "Ivo Lund")]
    found = quotes("Ivo Lund explained the toll rise, but the pilots were not persuaded by him.")
    assert [q.text for q in found] == ["the toll rise"]


def test_a_clause_after_a_noun_cue_keeps_its_after() -> None:
    found = quotes("Ivo Lund announced he will resign after the vote in Veldt.")
    assert [q.text for q in found] == ["he will resign after the vote in Veldt"]


def test_coordinated_ing_adjectives_are_not_a_closing_participle() -> None:
    found = quotes("Ivo Lund called the pilot a kind, loving and able man.")
    assert [q.text for q in found] == ["the pilot a kind, loving and able man"]


def test_a_clause_closed_by_dashes_does_not_bound_the_next_cue() -> None:
    found = quotes(
        "While some pilots say Lund would sail faster if he lightened the hull - a costly refit - others say"
        " the boat has never been quicker, with its new mast up."
    )
    said = [(q.text, q.cue) for q in found]
    assert ("the boat has never been quicker, with its new mast up", "say") in said


def test_a_quotation_after_an_opening_as_clause_is_what_was_said() -> None:
    found = quotes("Ivo Lund is careful. As they say about the harbour chief, “steady hands, long memory.”")
    assert len(found) == 1 and found[0].text.endswith("“steady hands, long memory.”")


def test_citing_people_in_a_meeting_keeps_the_meeting() -> None:
    found = quotes("Ivo Lund raised the tolls, the Courier reported, citing pilots in the meeting.")
    assert ("pilots in the meeting", "citing") in [(q.text, q.cue) for q in found]


def test_a_figure_after_with_is_what_according_to_reports() -> None:
    found = quotes("The ferry pays well, with $2 million in operating profit, according to Ivo Lund.")
    assert [(q.text, q.speaker) for q in found] == [("$2 million in operating profit", "Ivo Lund")]
    found = quotes("Toll revenue rose 3 percent, with online payments growing fast, according to Ivo Lund.")
    assert [q.text for q in found] == ["Toll revenue rose 3 percent, with online payments growing fast"]


def test_reported_fragment_ends_before_the_subjects_next_act() -> None:
    text = (
        "Mayor Ilse Varga pledged to be “the best builder this harbour has seen” and cast doubt on the "
        "council's budget figures."
    )
    q = find(text, "best builder")
    assert q.text == "to be “the best builder this harbour has seen”" and q.speaker == "Ilse Varga"


def test_reported_fragment_ends_at_a_dash_after_its_quotation() -> None:
    text = (
        "Councilor Bram Okafor said he was “quite hopeful” about the ferry plan — a sharp turn from his "
        "stance in the spring."
    )
    q = find(text, "quite hopeful")
    assert q.text == "he was “quite hopeful” about the ferry plan" and q.speaker == "Bram Okafor"


def test_reported_fragment_closing_with_a_comma_ends_before_the_writers_appositive() -> None:
    text = "Senator Edda Luhrs called the levy “a tax on fishermen,” a charge she has made since the spring."
    q = find(text, "tax on fishermen")
    assert q.text == "the levy “a tax on fishermen,”" and q.speaker == "Edda Luhrs"


def test_reported_fragment_ends_before_a_later_which_clause() -> None:
    text = (
        "Mayor Lotte Brink said she would “look closely” at the pier levy, which would raise the fees paid "
        "by every ferry line."
    )
    q = find(text, "look closely")
    assert q.text == "she would “look closely” at the pier levy" and q.speaker == "Lotte Brink"


def test_sentence_after_a_closed_fragment_whose_cue_word_is_a_noun_is_not_its_attribution() -> None:
    text = (
        "Governor Ada Krell urged the council to “give it a week.” Krell was making calls to both "
        "camps before the vote."
    )
    q = find(text, "give it a week")
    assert q.text == "the council to “give it a week.”" and q.speaker == "Ada Krell"


def test_clause_before_the_attribution_with_a_day_and_a_place() -> None:
    text = (
        "President Ines Ortega has joined the critics of the mayor.\n"
        "The mayor’s “antics” are tiresome, Ortega said Tuesday in Lima, noting the long delays."
    )
    q = find(text, "antics")
    assert q.text == "The mayor’s “antics” are tiresome" and q.speaker == "Ines Ortega"


def test_content_cut_after_an_owner_or_preposition_runs_on_through_the_inner_attribution() -> None:
    text = (
        "Ana Ruiz hit back at the gazette, pointing out that the gazette's Lena Ortiz "
        "had reported in May that the fleet was failing."
    )
    q = find(text, "Lena Ortiz had reported")
    assert q.text == "the gazette's Lena Ortiz had reported in May that the fleet was failing"
    assert q.speaker == "Ana Ruiz"
    check_offsets(text, q)
    assert [x.speaker for x in quotes(text) if x.text == "the fleet was failing"] == ["Lena Ortiz"]


def test_a_gerund_subject_after_a_parenthetical_cue_carries_the_statement_on() -> None:
    text = (
        "Though the first vote was close, Councillor Ines Varga said, "
        "replacing the cranes would be far harder."
    )
    q = find(text, "first vote")
    assert q.text == "Though the first vote was close … replacing the cranes would be far harder"
    check_offsets(text, q)
    # A participle of her own after the cue is a statement of its own, as before.
    text = "The first vote was close, Councillor Ines Varga said, adding that the cranes would stay."
    assert [q.text for q in quotes(text)] == ["The first vote was close", "the cranes would stay"]


def test_a_no_break_space_after_the_cue_is_a_blank() -> None:
    text = "Councillor Ines Varga said\xa0the cranes would stay."
    assert [q.text for q in quotes(text)] == ["the cranes would stay"]
    text = "The ferry fleet will be sold, the Harbour Gazette reported\xa0late Thursday."
    found = [(q.text, q.speaker) for q in quotes(text)]
    assert found == [("The ferry fleet will be sold", "Harbour Gazette")]


def test_a_lead_in_before_a_colon_ending_its_paragraph_waits_for_the_words_after_it() -> None:
    text = "Councillor Ines Varga wrote on her blog, observing of the board:\n\nThe cranes will stay."
    assert quotes(text) == []
    text = (
        "Councillor Ines Varga pointed out some striking figures:\n\n"
        "“The cranes are forty years old, and the pilots know it.”\n\nThe vote is on Monday."
    )
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("The cranes are forty years old, and the pilots know it.", "Ines Varga")
    ]
