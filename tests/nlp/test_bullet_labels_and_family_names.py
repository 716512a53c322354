"""Rules from the thirty-fourth pass's later blind sets (mixed143-148): a list's bullet labels its quote with the
person it opens with, title words and a comma's aside aside ("• Veridian CEO Samuel Osei-Bonsu: “…”"); a sign-off
line's name word the tagger read as a verb ("Cllr Gareth ap Ifan") still signs; a person the narration says died
does not speak the quote paragraph after it; a place's demonym is the one person whose title the place opens
("Manitoba skip" … "the Manitoban"); a school year is no name in a description ("the Grade 11 student"); a
headline's deck naming the lede's person does not stop the lede rule, and a landlord is a trade; a trade written as a
title and a speaking surname make a person ("owner Sal Ianucci"); a bracket's end opens no name ("(RFO) Ravindra
Kumbar"); a title run into the name after it is no person ("Forest Minister B.R. Lakshmipathi"); a relative's given
name after "his"/"her" takes the surname of the person last named as a subject ("His wife Brenda"); a he/she is no
woman an unnamed description stands for; "THE CANADIAN PRESS" is no first use of "the Canadian"; a given name said
alone with a family's surname makes the full name a person; a business word ending a name ("DiFonzo Hardware"), a
plural initialism ("Kogi LGAs") and a place word opening or ending one ("Cwm Dulais", "Halsey Place") make it no
person's, and neither does a sentence's opening word said with a surname ("When Haskins asked"). Sentences written for
these tests."""

from __future__ import annotations

from bot.nlp.actors.relabel import drop_non_name_words, relabel_org_heads
from tests.support.actors import forced, people
from tests.support.quotes import speakers


def test_a_bullet_labels_its_quote_with_the_person_it_opens_with(nlp):
    text = (
        "Chip plant\n\nWhat they’re saying: “This is the day Kansas stops being flyover country,” Gov. Elena "
        "Marquardt said at a news conference.\n\n• “We’re building a workforce,” she added.\n"
        "• Veridian CEO Samuel Osei-Bonsu: “We chose Kansas because the state moved faster than anybody.”\n"
        "• Osei-Bonsu, on why Kansas beat finalists in Ohio and Georgia: “It came down to water and power.”"
    )
    found = speakers(text, nlp)
    assert found["We chose Kansas because the state moved faster than anybody."] == "Samuel Osei-Bonsu"
    assert found["It came down to water and power."] == "Samuel Osei-Bonsu"


def test_a_sign_off_line_with_a_name_word_read_as_a_verb_signs(nlp):
    text = (
        "Slate bid\n\nThe bid is about dignity, according to Cllr Gareth ap Ifan, who represents the ward.\n\n"
        "Mrs Hughes, 84, remembers the quarry closing.\n\n"
        '"We owe it to every man who split slate on that mountain."\n\n- Cllr Gareth ap Ifan\n\n'
        "Not everyone is convinced."
    )
    assert speakers(text, nlp)["We owe it to every man who split slate on that mountain."] == "Gareth ap Ifan"


def test_a_person_the_narration_says_died_does_not_speak_the_next_quote(nlp):
    text = (
        'Quarry\n\n"When the quarry shut, the village shut with it," Mrs Megan Hughes said.\n\n'
        "Idris Hughes died of silicosis in 1988, aged 58.\n\n"
        '"He used to say the mountain gives you a living and takes it back. He was right, too."'
    )
    found = speakers(text, nlp)
    assert found.get(
        "He used to say the mountain gives you a living and takes it back. He was right, too."
    ) != ("Idris Hughes")


def test_a_places_demonym_is_the_one_person_whose_title_the_place_opens(nlp):
    text = (
        "Curling\n\nManitoba skip Jolene Marchuk made a draw to the button with her last stone.\n\n"
        "Coach Brianne Sveinson said the team had a simple plan for the extra end.\n\n"
        '"We\'ll enjoy tonight," the Manitoban said.'
    )
    assert speakers(text, nlp)["We'll enjoy tonight,"] == "the Manitoban, Jolene Marchuk"


def test_a_school_year_in_a_description_is_no_name(nlp):
    text = (
        "Ferry\n\nMark Fougere and his daughter Emma, 16, take the ferry together most mornings.\n\n"
        '"I missed the start of my first exam," said Emma Fougere. "The bus took an hour because everyone was on '
        'it," the Grade 11 student added.'
    )
    found = speakers(text, nlp)
    assert found["The bus took an hour because everyone was on it,"] == "the Grade 11 student, Emma Fougere"


def test_a_lede_description_is_the_person_named_next_though_the_deck_named_them(nlp):
    text = (
        "Bread prize\n\nRita Sowerby wins with a loaf from her late father's recipe\n\n"
        "A local landlord has won the national bread prize with a recipe handed down by her father.\n\n"
        "Rita Sowerby, 44, who runs the Fleece in Skipton, beat 300 entrants on Saturday.\n\n"
        "The judges tasted every loaf twice.\n\n"
        "“I cried when they read my name out,” the landlord said."
    )
    assert speakers(text, nlp)["I cried when they read my name out,"] == "the landlord, Rita Sowerby"


def test_a_trade_as_a_title_and_a_speaking_surname_make_a_person(nlp):
    text = (
        "Water main\n\nWater poured into the basement of the Center Street Diner, where owner Sal Ianucci had "
        'just fired up the grill.\n\n"I heard this roar," Ianucci said.\n\nThe 61-year-old lost about $8,000. '
        '"Forty years I have been on this corner," the diner owner said.'
    )
    found = speakers(text, nlp)
    assert found["Forty years I have been on this corner,"] == "the diner owner, Sal Ianucci"


def test_a_bracket_opens_no_name_and_a_title_before_a_name_is_no_person(nlp):
    text = (
        'Tiger\n\n"It is an adult male," Range Forest Officer (RFO) Ravindra Kumbar said.\n\n'
        "Forest Minister B.R. Lakshmipathi, speaking to reporters in Bengaluru, said he had directed officials to "
        'act.\n\n"Human life is the priority," the Minister said.\n\n'
        '"People should not venture into fields after dark," Mr. Kumbar said.'
    )
    found = speakers(text, nlp)
    assert found["It is an adult male,"] == "Ravindra Kumbar"
    assert found["Human life is the priority,"] == "the Minister, B.R. Lakshmipathi"
    assert "Forest Minister" not in people(text, nlp)


def test_a_relatives_given_name_after_his_takes_the_subjects_surname(nlp):
    text = (
        "Hedge row\n\nKeith Dorrington, 71, says the wall of leylandii along the bottom of Gary Pilbeam's garden "
        "has shot up to more than 30ft.\n\n'I used to grow the best tomatoes on this road,' Keith fumed.\n\n"
        "His wife Brenda, 69, added: 'We've had the lights on at three in the afternoon in July.'"
    )
    assert (
        speakers(text, nlp)["We've had the lights on at three in the afternoon in July."]
        == "Brenda Dorrington"
    )


def test_he_is_no_woman_an_unnamed_description_stands_for(nlp):
    text = (
        "Gym\n\nEusebio Villarreal, 78, has trained fighters here for 51 years.\n\n"
        "Keisha Amoah, 31, an emergency-room nurse, trains here three nights a week.\n\n"
        "“I come here to hit something,” the nurse says, pulling on her gloves.\n\n"
        "Ask Eusebio why he opened the gym, and he tells the story without hurry.\n\n"
        "“My brother Tito was a fighter. Better than me, better than anybody on this street.”"
    )
    found = speakers(text, nlp)
    assert found["My brother Tito was a fighter. Better than me, better than anybody on this street."] != (
        "the nurse, Keisha Amoah"
    )


def test_a_given_name_said_alone_with_a_familys_surname_is_that_person(nlp):
    text = (
        "Boxing\n\nHis son, Ray Villarreal, 51, runs the business side now.\n\n"
        "Marisol Villarreal, Ray’s daughter, is 22 and unbeaten as a professional.\n\n"
        "“My grandpa wrapped my hands for my first fight,” Marisol says."
    )
    assert speakers(text, nlp)["My grandpa wrapped my hands for my first fight,"] == "Marisol Villarreal"


def test_a_business_word_ending_a_name_makes_it_no_person(nlp):
    text = (
        "Main Street\n\nThe family has shopped at DiFonzo Hardware since 1962.\n\n"
        "Achterhof Lisle Architects designed the new library, which opens in May."
    )
    found = people(text, nlp)
    assert "DiFonzo Hardware" not in found and "Achterhof Lisle Architects" not in found


def test_a_sentence_opening_word_said_with_a_surname_is_no_given_name(nlp):
    text = (
        "Trial\n\nDefence lawyer Gregory Haskins questioned the witness for an hour.\n\n"
        "When Haskins asked the same question a third time, the judge cut him off."
    )
    assert people(text, nlp) == {"Gregory Haskins"}


def test_a_plural_initialism_ending_a_name_is_no_person(nlp):
    b, _ = forced(nlp, "Floods\n\nNine Kogi LGAs were submerged on Sunday, officials said.", "Kogi LGAs")
    drop_non_name_words(b)
    assert b.mentions == []


def test_a_place_word_opening_or_ending_a_name_makes_it_no_person(nlp):
    for text, surface in (
        ("Flats\n\nThe fire spread to Halsey Place before crews arrived.", "Halsey Place"),
        ("Valley\n\nThe choir rehearses in Cwm Dulais every Thursday.", "Cwm Dulais"),
    ):
        b, _ = forced(nlp, text, surface)
        drop_non_name_words(b)
        relabel_org_heads(b)
        assert all(m.label != "PERSON" for m in b.mentions), surface
