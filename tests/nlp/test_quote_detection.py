"""Quotes found or left out on unseen registers (issue 16, detection): one rule per test, on sentences
written for these tests."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def quotes(text: str, nlp) -> list[tuple[str, str | None]]:
    """Quotes and speakers as the rules give them (no speaker withheld for low confidence)."""
    return [(q.quote, q.speaker) for q in rule_quotes(text, nlp)]


def test_a_subhead_echoing_a_body_quote_is_no_quote(nlp):
    text = (
        "The shelter on Dock Road has opened every night this winter. “We never turn anyone away,” said "
        "its manager, Ruth Okafor.\n\n"
        "‘Nobody asks us anything’\n\n"
        "Marcus Lyle, who has slept there since November, said the staff were kind. "
        "“Nobody asks us anything. They just let us in,” he said."
    )
    got = quotes(text, nlp)
    assert got == [
        ("We never turn anyone away,", "Ruth Okafor"),
        ("Nobody asks us anything. They just let us in,", "Marcus Lyle"),
    ]


def test_a_subhead_with_words_after_the_quote_echoing_the_body_is_no_quote(nlp):
    text = (
        "“It took six months,” said the council’s Tom Reyes.\n\n"
        "‘A room full of strangers’ at the centre\n\n"
        "Priya Shah, who led the survey, said: “It was a room full of strangers at first, and then it was "
        "not.”"
    )
    assert [q for q, _ in quotes(text, nlp)] == [
        "It took six months,",
        "It was a room full of strangers at first, and then it was not.",
    ]


def test_a_quote_paragraph_that_echoes_nothing_is_still_speech(nlp):
    text = (
        "Priya Shah led the survey for six months.\n\n"
        "“We learned a great deal,” she said.\n\n"
        "‘Nothing like it before’ – Priya Shah"
    )
    got = quotes(text, nlp)
    assert ("Nothing like it before", "Priya Shah") in got


def test_with_a_noun_and_a_speech_verb_before_a_colon_is_a_cue(nlp):
    text = (
        "Supporters filled the club's page with messages after the final whistle, with one fan writing: "
        "“Proudest night of my life. Thank you, lads.”"
    )
    assert quotes(text, nlp) == [("Proudest night of my life. Thank you, lads.", "one fan")]


def test_with_a_noun_and_a_gerund_that_is_no_speech_is_no_cue(nlp):
    text = "The band credited him with song writing, and the label added: “He shaped the album.”"
    assert quotes(text, nlp) == [("He shaped the album.", "the label")]


def test_a_label_line_naming_a_person_is_that_persons_quote(nlp):
    text = (
        "Reaction poured in after the vote.\n\n"
        "Council leader Ines Moreau welcomed the result.\n\n"
        "Moreau: “This is a good day for the town.”"
    )
    assert quotes(text, nlp) == [("This is a good day for the town.", "Ines Moreau")]


def test_a_label_line_naming_a_role_is_the_one_holders_quote(nlp):
    text = (
        "10:05\n"
        "Minister: “Nobody will be left without heat tonight”\n\n"
        "Energy minister Tariq Hussain visited the depot in Leeds this morning and met engineers."
    )
    assert quotes(text, nlp) == [("Nobody will be left without heat tonight", "Tariq Hussain")]


def test_a_label_line_whose_words_the_body_repeats_takes_that_speaker(nlp):
    text = (
        "11:20\n"
        "Police: “Stay off the roads unless you must travel”\n\n"
        "Chief Superintendent Dana Kerr said the storm had brought down trees across the county. "
        "“Stay off the roads unless you must travel,” Kerr said.\n\n"
        "Inspector Omar Bell of the traffic unit said three lorries had overturned."
    )
    got = quotes(text, nlp)
    assert ("Stay off the roads unless you must travel", "Dana Kerr") in got


def test_an_answer_after_a_question_line_is_the_interviewees(nlp):
    text = (
        "We put your questions to our transport correspondent, Laura Quinn.\n\n"
        "Q: Will the trains run tomorrow?\n\n"
        "A: “Some will. The coast line stays closed until the bridge is checked.”\n\n"
        "Q: What about buses?\n\n"
        "A: “Replacement buses are running every half hour from the station.”"
    )
    assert quotes(text, nlp) == [
        ("Some will. The coast line stays closed until the bridge is checked.", "Laura Quinn"),
        ("Replacement buses are running every half hour from the station.", "Laura Quinn"),
    ]


def test_a_label_that_names_no_one_claims_nothing(nlp):
    text = "The critics were split.\n\nVerdict: “A triumph of nerve over sense”"
    assert quotes(text, nlp) == []


def test_a_sign_off_by_a_public_body_the_parser_took_for_a_verb(nlp):
    text = (
        "Flood warnings cover most of the valley.\n\n"
        "“Do not drive through flood water.” – Dorset police\n\n"
        "14:05\n\n"
        "The river crested at noon."
    )
    assert quotes(text, nlp) == [("Do not drive through flood water.", "Dorset police")]


def test_in_the_words_of_a_person_is_a_cue(nlp):
    text = (
        "The crowd was the biggest of the season. The noise was, in the words of one fan, “like nothing on "
        "earth”.\n\n"
        "The team lost again. In the words of their coach, Ana Ruiz: “We were not good enough.”"
    )
    assert quotes(text, nlp) == [
        ("like nothing on earth", "one fan"),
        ("We were not good enough.", "Ana Ruiz"),
    ]


def test_in_the_words_of_a_song_is_no_cue(nlp):
    text = "The mood had shifted. In the words of the old song, “the times they are a-changing”."
    assert quotes(text, nlp) == []


def test_a_one_word_title_after_a_work_noun_is_no_quote(nlp):
    text = "In her 2004 memoir, “Breakwater”, Ruth Okafor wrote that she had been “lucky every single day”."
    assert quotes(text, nlp) == [("lucky every single day", "Ruth Okafor")]


def test_a_title_in_apposition_to_a_work_noun_after_it_is_no_quote(nlp):
    text = (
        "There is a moment halfway through “The Long Crossing,” Omar Haddad’s new play at the Tron, when a "
        "lone voice begins to sing."
    )
    assert quotes(text, nlp) == []


def test_a_quote_going_on_after_speech_of_unknown_source_is_kept(nlp):
    text = (
        "The visitors scored twice late on.\n\n"
        "“We switched off and we paid for it,” she said. “Nobody in that dressing room is happy tonight.”"
    )
    assert quotes(text, nlp) == [
        ("We switched off and we paid for it,", None),
        ("Nobody in that dressing room is happy tonight.", None),
    ]


def test_an_adverb_after_an_inverted_subject_is_not_the_subject(nlp):
    text = (
        "Tom Reay kicked the winning penalty.\n\n"
        "‘I just tried to keep my head down,’ said the 29-year-old afterwards. ‘I never saw it go over.’"
    )
    assert quotes(text, nlp) == [
        ("I just tried to keep my head down,", "the 29-year-old, Tom Reay"),
        ("I never saw it go over.", "the 29-year-old, Tom Reay"),
    ]


def test_a_quote_in_a_photo_caption_is_no_quote(nlp):
    text = (
        "Dennis Lowe has lived in the shelter since March. “It keeps me alive,” Lowe said.\n\n"
        "Lowe says: ‘It keeps me alive. It really does.’ (Jane Doe/CBC)\n\n"
        "The shelter closes in April."
    )
    assert quotes(text, nlp) == [("It keeps me alive,", "Dennis Lowe")]


def test_a_person_set_off_by_commas_in_the_subject_before_a_colon_speaks(nlp):
    text = (
        "The storm brought trees down across the county.\n\n"
        "A reader in Ambleside, Priya Natt, has sent us this: “Tree down across the lane. Power went off "
        "at six and we have heard nothing since.”"
    )
    assert quotes(text, nlp) == [
        ("Tree down across the lane. Power went off at six and we have heard nothing since.", "Priya Natt")
    ]


def test_a_second_fragment_of_a_reported_clause_takes_its_cue(nlp):
    text = (
        "Sentencing him, Judge Aileen Moss said Pryce had shown “a total disregard for the families” of "
        "residents who were “among the most frail in the county”."
    )
    assert quotes(text, nlp) == [
        ("a total disregard for the families", "Aileen Moss"),
        ("among the most frail in the county", "Aileen Moss"),
    ]


def test_a_speech_verb_in_a_phrase_of_time_or_manner_shares_the_main_subject(nlp):
    text = (
        "Ana Ruiz appeared on the radio on Tuesday and began by saying she would “never” back the plan.\n\n"
        "After admitting the budget was “a mess,” Tom Reyes resigned."
    )
    assert quotes(text, nlp) == [("never", "Ana Ruiz"), ("a mess,", "Tom Reyes")]


def test_it_goes_without_saying_is_no_cue(nlp):
    text = "It goes without saying that the town wants a “grand bargain” on parking."
    assert quotes(text, nlp) == []


def test_attacking_and_referencing_words_are_cues(nlp):
    text = "In a speech on Monday, Mayor Dana Kerr attacked “the cowardice of the county board” over funding."
    assert quotes(text, nlp) == [("the cowardice of the county board", "Dana Kerr")]


def test_the_object_of_a_participle_after_a_quote_is_no_inverted_speaker(nlp):
    text = (
        "Tom Reyes hit back: “If they sue us here, they are going to lose,” referencing the large number of "
        "fishermen on the jury list."
    )
    assert quotes(text, nlp) == [("If they sue us here, they are going to lose,", "Tom Reyes")]


def test_a_paragraph_going_on_after_speech_of_unknown_source_is_kept(nlp):
    text = (
        "Crews worked through the night.\n\n"
        "“There are hundreds of separate faults to repair,” it said.\n\n"
        "“Replacing one pole can take a whole shift.”"
    )
    assert quotes(text, nlp) == [
        ("There are hundreds of separate faults to repair,", None),
        ("Replacing one pole can take a whole shift.", None),
    ]


def test_a_last_fragment_ending_the_sentence_takes_the_clause_cue(nlp):
    text = (
        "Councillors met on Tuesday.\n\n"
        "Cllr Ruth Adler, who chairs the planning committee, said the mayor has “a rare gift for listening” "
        "to residents and ends up with a plan that “most people can live with.”"
    )
    assert quotes(text, nlp) == [
        ("a rare gift for listening", "Ruth Adler"),
        ("most people can live with.", "Ruth Adler"),
    ]


def test_a_nickname_written_inside_a_name_is_no_quote(nlp):
    """ "Kwame ‘Daddy K’ Owusu": a quote between two words of one person's name is a nickname, however
    short or odd its words, even when a speaker is near."""
    text = (
        "The singer Ama Boateng said she learned everything from her mentor. "
        "“He taught me to listen first,” she said of the trumpeter Kwame ‘Daddy K’ Owusu, who died in 2019."
    )
    assert [q for q, _ in quotes(text, nlp)] == ["He taught me to listen first,"]


def test_names_given_in_quotation_marks_are_no_speech(nlp):
    text = (
        "Privacy\n\nMayor Ines Carvalho, who has made transit a centrepiece of her “Fix the Basics” agenda, said "
        "she had asked for a report.\n\n"
        "Strydr changed its settings in March, renaming “Private Mode” to “Hide My Activity” and adding a toggle.\n\n"
        "Picketers carried signs reading “Automate This” and “Ships Don't Unload Themselves.”"
    )
    assert [q.quote for q in rule_quotes(text, nlp)] == []
