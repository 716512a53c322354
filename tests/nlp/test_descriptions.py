"""Descriptions by origin or standing ("the Scot", "the Corkman", "the veteran") speak for the person
last named as a subject, as ages and nationalities do; unresolved, they stay the phrase."""

from __future__ import annotations

from tests.support.quotes import rule_quotes, speakers


def test_an_origin_noun_speaks_for_the_last_subject(nlp):
    text = (
        "Rovers signed Callum Reid from Dundee on Tuesday for an undisclosed fee.\n\n"
        "Reid said he had wanted the move for a year. “It is a club that wins things,” the Scot said."
    )
    assert speakers(text, nlp)["It is a club that wins things,"] == "the Scot, Callum Reid"


def test_a_place_man_speaks_for_the_last_subject(nlp):
    text = (
        "Sean Dillon has fished out of Kinsale harbour for forty years.\n\n"
        "Dillon said the season had been the worst he could remember. “There is nothing out there,” the "
        "Corkman said."
    )
    assert speakers(text, nlp)["There is nothing out there,"] == "the Corkman, Sean Dillon"


def test_an_unresolved_description_stays_the_phrase(nlp):
    text = "“We never locked the door in those days,” the old man says."
    assert speakers(text, nlp)["We never locked the door in those days,"] == "the old man"


def test_a_dash_sign_off_names_the_person_not_the_club(nlp):
    text = (
        "Leinster beat Munster 24-17 at the Aviva Stadium.\n\n"
        "‘We’ll learn from this and go again next week.’ – Munster winger Conor Daly"
    )
    assert speakers(text, nlp)["We’ll learn from this and go again next week."] == "Conor Daly"


def test_only_the_first_pronoun_of_a_sentence_votes_for_its_subjects_gender(nlp):
    """ "Quinn said she had cast Doyle because he had grown up on a farm and he knew cattle": "she" is
    about Quinn; the later "he"s are about Doyle and cast no vote for Quinn."""
    from bot.nlp.actors import build_actors

    doc = nlp(
        "The film is the second feature by Siofra Quinn.\n\n"
        "Speaking in Dublin last week, Quinn said she had cast Doyle because he had grown up on a farm and "
        "he knew cattle."
    )
    table = build_actors(doc)
    [quinn] = [a for a in table.actors if a.name == "Siofra Quinn"]
    assert quinn.gender_votes.get("m", 0) == 0 and quinn.gender_votes.get("f", 0) == 1


def test_the_owner_of_a_speech_noun_before_a_colon_speaks(nlp):
    text = (
        "Retired surveyor Alan Brooks told the hearing he had measured the site himself. His verdict: "
        "“The wall will not hold another winter of storms like the last one.”\n\n"
        "Council leader Priya Shah rejected the claim. Her message to residents was blunt: “The wall is "
        "safe and the engineers have said so in writing.”"
    )
    found = speakers(text, nlp)
    assert found["The wall will not hold another winter of storms like the last one."] == "Alan Brooks"
    assert found["The wall is safe and the engineers have said so in writing."] == "Priya Shah"


def test_sign_offs_in_lower_case_with_a_tail_and_by_a_public_body(nlp):
    text = (
        "WHAT THEY SAID\n\n"
        "“That was the finest hundred I have seen at this ground in years.” — former opener Mitchell Crane "
        "on Sky Sports\n\n"
        "“Please stay indoors until the wind drops tonight.” – Cumbria police"
    )
    found = speakers(text, nlp)
    assert found["That was the finest hundred I have seen at this ground in years."] == "Mitchell Crane"
    assert found["Please stay indoors until the wind drops tonight."] == "Cumbria police"
    going_on = "“The yard was full of fallen trees this morning.” – and then the power went off again."
    assert speakers(going_on, nlp).get("The yard was full of fallen trees this morning.") is None


def test_a_quote_paragraph_after_narration_by_pronoun_is_that_persons(nlp):
    text = (
        "Nora Hale has run the island ferry since her father retired.\n\n"
        "“Some days the sea decides for you,” she says.\n\n"
        "The crossing takes twenty minutes on a calm day and an hour when the wind is up.\n\n"
        "She pauses, and looks over at the pier, where the new boat is tied up.\n\n"
        "“But if we lose the contract, it will not be because we did not try.”"
    )
    found = speakers(text, nlp)
    assert found["But if we lose the contract, it will not be because we did not try."] == "Nora Hale"


def test_a_quote_paragraph_after_a_paragraph_about_her_by_possessive_is_hers(nlp):
    # the paragraph between names no one; its only personal pronoun, "Her", stands for Mary Tregothnan
    text = (
        "When Mary Tregothnan was told that her rent would rise, she assumed it was a mistake.\n\n"
        "It was not. Her landlord, a firm based in Jersey, wanted the flat for holiday lets.\n\n"
        "“I phoned them four times. Each time I got someone new.”"
    )
    assert speakers(text, nlp)["I phoned them four times. Each time I got someone new."] == "Mary Tregothnan"


def test_a_paragraph_naming_a_shared_surname_hands_on_no_one_else(nlp):
    """ "Polglase shrugs when this is repeated to him" beside Alan and Jenny Polglase: the paragraph is
    about a Polglase the rules cannot tell apart, never about the last other man the pronoun finds."""
    text = (
        "Alan Polglase has rowed the crossing for forty years. His daughter, Jenny Polglase, grew up on it.\n\n"
        "The parish council chairman, Colin Marsh, admits a successor has been hard to find. "
        "“Nobody wants to row in January,” he says.\n\n"
        "Polglase shrugs when this is repeated to him.\n\n"
        "“She was six. What was I going to do, fire her?”"
    )
    assert speakers(text, nlp).get("She was six. What was I going to do, fire her?") != "Colin Marsh"


def test_a_paragraph_with_pronouns_of_both_sexes_hands_on_no_one(nlp):
    text = (
        "When Mary Tregothnan was told that her rent would rise, she called Tom Pascoe.\n\n"
        "It was too late. Her landlord had already written to him.\n\n"
        "“I phoned them four times. Each time I got someone new.”"
    )
    assert speakers(text, nlp).get("I phoned them four times. Each time I got someone new.") is None


def test_a_person_named_in_apposition_to_the_subject_is_the_narrated_person(nlp):
    text = (
        "Residents of Kelvin Court were told on Friday that their service charges would double.\n\n"
        "Her neighbour, Tariq Hussain, a bus driver, was angrier still.\n\n"
        "“They knew about this for two years and said nothing.”"
    )
    assert speakers(text, nlp)["They knew about this for two years and said nothing."] == "Tariq Hussain"


def test_a_quote_closing_a_paragraph_of_narration_about_one_person_is_theirs(nlp):
    text = (
        "The ferry has crossed to the island since 1952.\n\n"
        "Nora Hale looks over at the pier, where the new boat is tied up. “If we lose the contract, it "
        "will not be because we did not try.”"
    )
    assert (
        speakers(text, nlp)["If we lose the contract, it will not be because we did not try."] == "Nora Hale"
    )


def test_narration_about_two_people_before_a_quote_in_its_paragraph_gives_no_one(nlp):
    text = (
        "The ferry has crossed to the island since 1952.\n\n"
        "Nora Hale and Tom Pryce look over at the pier, where the new boat is tied up. “If we lose the "
        "contract, it will not be because we did not try.”"
    )
    found = speakers(text, nlp)
    assert found.get("If we lose the contract, it will not be because we did not try.") is None


def test_a_quote_split_into_sentences_does_not_push_the_person_out_of_reach(nlp):
    """Three sentences back, counting only sentences with narration: a long quote the parser splits into
    sentences of its own before the cue does not count."""
    text = (
        "The last pints will be pulled at the Anchor on Friday, when Liam Foley closes the doors of the pub "
        "his grandfather opened.\n\n"
        "The 68-year-old said the decision had been the hardest of his life.\n\n"
        "“You don’t own a place like this. You mind it for a while. Then you hand it on. That is all "
        "there is to it,” the Corkman told the Echo."
    )
    found = speakers(text, nlp)
    assert (
        found[
            "You don’t own a place like this. You mind it for a while. Then you hand it on. That is all there is to it,"
        ]
        == "the Corkman, Liam Foley"
    )


def test_sports_roles_and_their_synonyms(nlp):
    text = (
        "Reid put on 120 with captain Tom Akers, who made 54.\n\n"
        "“He has been brilliant all summer,” the skipper said.\n\n"
        "Rory Danes, the pick of the attack with four wickets, admitted the pitch had done little.\n\n"
        "“We bowled too short after lunch and paid for it,” the fast bowler said."
    )
    found = speakers(text, nlp)
    assert found["He has been brilliant all summer,"] == "the skipper, Tom Akers"
    assert found["We bowled too short after lunch and paid for it,"] == "the fast bowler, Rory Danes"


def test_a_read_more_line_lends_no_one_a_cue(nlp):
    """ "READ MORE: Judge rules Ed Sheeran may have copied …": a cue in a link to another story gives no
    speaker, so the name in it stays out of the people listed."""
    from bot.nlp.analysis import analyze

    text = (
        "Awards night\n\nThe film won three prizes on Sunday, including best score for Mia Lund.\n\n"
        "READ MORE: Judge rules Ed Sheeran may have copied Marvin Gaye’s ‘Let’s Get It On’\n\n"
        "Best Animated Feature went to a studio from Osaka."
    )
    assert "Ed Sheeran" not in [a.name for a in analyze(text, nlp=nlp).actors if a.kind == "person"]


def test_a_quote_box_signed_on_the_line_below_with_a_dash(nlp):
    """A sports story's "QUOTABLE" box: the quote alone in its paragraph, the next line a dash, a name and
    a role: the line signs the quote, as it does without the dash."""
    text = (
        "The Wolves won 61-58 on Friday.\n\n"
        "QUOTABLE\n\n"
        "\u201cNothing else exists. I might put that on a T-shirt.\u201d\n\n"
        "\u2014 Deb Van Wyk, Waukee Northwest coach\n\n"
        "The Wolves play Ankeny on Tuesday."
    )
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["Deb Van Wyk"]


def test_an_age_before_a_nationality_or_origin_describes_the_last_subject(nlp):
    # "the 38-year-old Scot": the model tags "Scot" a person; always after "the" and an age, it is none
    for origin in ("Scot", "Brazilian"):
        text = (
            "Callum Shergill beat Jamie Lockhart 13-10 on Monday.\n\n"
            "Lockhart, runner-up in 2019, was gracious in defeat.\n\n"
            f"“He deserved it,” said the 38-year-old {origin}."
        )
        assert speakers(text, nlp) == {"He deserved it,": f"the 38-year-old {origin}, Jamie Lockhart"}


def test_a_description_by_place_speaks_for_the_last_subject(nlp):
    # "the Halifax native", "the Haifa-based geochemist", "the Bowen grandmother": a place before a noun for
    # one person describes the person just narrated; a body so described ("the London-based company") is no
    # person's description
    text = (
        "Const. Aaron MacKinnon found the girl at the roadside. MacKinnon, originally from Halifax, has been "
        "posted in Alberta since 2016.\n\n"
        "“That night is the one I think about,” the Halifax native said.\n\n"
        "Prof. Karim Nassar ran the analysis. “Half of this study happened in a basement lab,” the "
        "Haifa-based geochemist said."
    )
    got = speakers(text, nlp)
    assert got["That night is the one I think about,"] == "the Halifax native, Aaron MacKinnon"
    assert got["Half of this study happened in a basement lab,"] == "the Haifa-based geochemist, Karim Nassar"


def test_a_place_description_is_first_the_person_tied_to_that_place(nlp):
    # "the Strokestown man" is Tommy Flanagan of Strokestown even when another man was the last subject
    text = (
        "Tommy Flanagan of Strokestown was one of three buyers at the mart.\n\n"
        "Michael Beirne, the auctioneer, said prices held up well. The Strokestown man said he was "
        "“delighted” with the price."
    )
    assert speakers(text, nlp)["delighted"] == "the Strokestown man, Tommy Flanagan"


def test_a_role_noun_after_and_is_the_head_of_the_description(nlp):
    # "the sheep and beef farmer said": the parser makes "sheep" the subject; the farmer speaks
    text = (
        "Farmer Annette Brightwell, whose property borders the stream, lost 12 hectares of river flats.\n\n"
        "“I had logs through the woolshed wall,” the sheep and beef farmer said."
    )
    assert speakers(text, nlp)["I had logs through the woolshed wall,"].endswith("Annette Brightwell")


def test_a_parent_of_a_number_of_children_is_the_person_just_narrated(nlp):
    # "the mother of three says" describes one person, as "the 29-year-old" would; "the mother of the boy"
    # is a relation the kin rules read, left alone here
    text = (
        "Kayleigh Dunbar is 29. She has three kids under 7.\n\n"
        "“Nobody is asking what happens on Highway 13,” the mother of three says."
    )
    assert speakers(text, nlp)["Nobody is asking what happens on Highway 13,"] == (
        "the mother of three, Kayleigh Dunbar"
    )


def test_a_place_description_is_not_the_last_subject_the_article_gives_another_place(nlp):
    # "Quebec's Geneviève Côté … came up light" ¶ "“…,” the Ottawa native said": not Côté; unattributed
    text = (
        "Ontario's Kaitlyn Brennan beat Quebec's Geneviève Côté 7-6 in the semifinal.\n\n"
        "Côté, facing two stones with her last rock, came up light on a draw to the button.\n\n"
        "“I honestly didn't think she'd miss,” the Ottawa native said."
    )
    assert speakers(text, nlp)["I honestly didn't think she'd miss,"] is None


def test_a_retired_trade_speaks_for_the_last_subject(nlp):
    text = (
        "Flood\n\nGlen Abbot, 71, who has lived on the road since 1988, said the crossing floods every year.\n\n"
        "“That creek came up four feet,” the retired mail carrier said."
    )
    assert speakers(text, nlp)["That creek came up four feet,"] == "the retired mail carrier, Glen Abbot"


def test_a_hand_a_player_bats_with_speaks_for_the_last_subject(nlp):
    text = (
        "Cricket\n\nJaden Ram batted all day for the home team.\n\nThe 22-year-old from Couva faced 271 balls.\n\n"
        "“I told myself to bat time,” the left-hander said."
    )
    assert speakers(text, nlp)["I told myself to bat time,"] == "the left-hander, Jaden Ram"


def test_a_role_a_possessive_ties_to_one_person_by_place(nlp):
    text = (
        "Curling\n\nSaskatchewan beat Manitoba's Brooke Thorsteinson 7-6 on Sunday.\n\n"
        "Thorsteinson's last stone was a near-perfect draw.\n\n"
        "“We were sitting one,” the Manitoba skipper said."
    )
    assert speakers(text, nlp)["We were sitting one,"] == "the Manitoba skipper, Brooke Thorsteinson"


def test_a_place_man_is_never_a_role_written_with_a_capital(nlp):
    text = (
        "Plant shut\n\nFolasade Adebanjo-Lawal, the managing director, spoke to workers.\n\n"
        "The Chairman of the board, Chief Emeka Nwachukwu-Obi, described the closure as “temporary but "
        "painful” and said the board was exploring options."
    )
    assert speakers(text, nlp)["temporary but painful"] == "Emeka Nwachukwu-Obi"


def test_a_person_noun_the_parser_hung_on_a_place_speaks_not_the_place(nlp):
    text = (
        "Twins\n\nHer twin sister, Adaeze Okafor, added 11 points off the bench.\n\n"
        "Asked which Okafor was the better player on Saturday, the Tacoma native grinned and pointed down the "
        "table at her sister. “Today? Her. Don’t tell her I said that.”"
    )
    assert (
        speakers(text, nlp)["Today? Her. Don’t tell her I said that."] == "the Tacoma native, Adaeze Okafor"
    )


def test_a_former_trade_speaks_for_the_last_subject(nlp):
    text = (
        "Election\n\nWrite-in candidate Harold Biggs finished a distant third.\n\n"
        "Biggs, the write-in candidate, said he had run to give voters “a choice that wasn't about "
        "personalities.” Reached by phone, the 70-year-old said he had no regrets.\n\n"
        "“I'd call that a moral victory,” the former trooper said."
    )
    assert speakers(text, nlp)["I'd call that a moral victory,"] == "the former trooper, Harold Biggs"
