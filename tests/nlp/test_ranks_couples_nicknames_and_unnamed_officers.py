"""Rules written in the thirty-ninth pass from the blind sets mixed193 and mixed194 (each measured once on 257bfc8
first): an Indian police rank alone is no body; a couple written as two given names and one surname; a nickname the
article gives a person, used alone; a rescue or a group that speaks; a member of the House as a lawmaker; "the officer"
after "a senior officer". Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def test_a_police_rank_alone_is_the_officer_who_holds_it(nlp):
    text = (
        "Fraud gang held\n\nNEW DELHI: Police arrested three men on Friday.\n\n"
        'DCP (South) R K Sehrawat said: "The accused used 22 bank accounts."\n\n'
        '"These gangs target senior citizens who live alone," the DCP said.'
    )
    assert "Sehrawat" in speakers(text, nlp)["These gangs target senior citizens who live alone,"]
    assert "DCP" not in {a.name for a in analyze(text, nlp).actors}


def test_two_given_names_and_one_surname_are_a_couple(nlp):
    text = (
        "Mine layoffs\n\nFor Derek and Shauna Pelletier, the news arrived on two phones at once.\n\n"
        "Derek, 41, has driven a haul truck for 11 years. Shauna works in the dispatch office.\n\n"
        '"We did everything right," said Shauna, who grew up in Cold Lake.'
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert {"Derek Pelletier", "Shauna Pelletier"} <= people
    assert speakers(text, nlp)["We did everything right,"] == "Shauna Pelletier"


def test_a_nickname_the_article_gives_is_the_person_when_used_alone(nlp):
    text = (
        'Carnival\n\nOne of the band\'s oldest members, Clive Mohammed, known in mas circles simply as "Teacher," '
        'will portray the king.\n\n"The feathers get heavier every year," Teacher said.'
    )
    assert speakers(text, nlp)["The feathers get heavier every year,"] == "Clive Mohammed"


def test_a_rescue_that_speaks_is_the_society_it_names(nlp):
    text = (
        "Cats rescued\n\nHarbour Paws Rescue Society says 23 cats were found in an empty house.\n\n"
        'In a post on its Facebook page Monday, the rescue wrote: "We are full. Completely full."'
    )
    assert "Harbour Paws Rescue Society" in speakers(text, nlp)["We are full. Completely full."]


def test_the_group_that_speaks_is_the_body_the_narration_is_about(nlp):
    text = (
        "Tenants warn\n\nThe Kowloon Tenants Association, which represents renters in old buildings, has received "
        'more than 300 calls.\n\n"The law is good on paper," the group said in a statement.'
    )
    assert "Kowloon Tenants Association" in speakers(text, nlp)["The law is good on paper,"]


def test_a_member_of_the_house_is_a_lawmaker(nlp):
    text = (
        "Ogun West\n\nThe senator representing Ogun West, Senator Adebayo Adeoye, warned that the people would "
        "resist.\n\nBut a member of the House of Representatives from the zone, Hon. Kehinde Okunola, described the "
        'meeting as "a family gathering."\n\nOkunola, in a statement, said: "I was not invited."\n\n'
        'The lawmaker added that he was not opposed but insisted the process must be "open and transparent."'
    )
    assert "Kehinde Okunola" in speakers(text, nlp)["open and transparent."]


def test_the_officer_after_a_senior_officer_is_that_unnamed_one(nlp):
    text = (
        "Fraud case\n\nA team led by Inspector Manoj Tyagi traced the money.\n\n"
        '"Everything was designed to frighten," Tyagi said.\n\n'
        "A senior officer said the gang was suspected in 11 similar cases.\n\n"
        '"We are examining whether they were part of a larger network," the officer said.'
    )
    found = speakers(text, nlp)["We are examining whether they were part of a larger network,"]
    assert found is None or "Tyagi" not in found


def test_a_fellow_national_is_named_without_the_word_and_is_not_the_one_it_describes(nlp):
    text = (
        "Marathon\n\nMercy Chelagat won in Amsterdam on Sunday.\n\nThe 26-year-old broke away from Ethiopia's Tigist "
        'Alemu at the 35km mark. Fellow Kenyan Hellen Jepkosgei was third.\n\n"I knew at 30km that I had something '
        'left," the Kenyan said after the race.'
    )
    assert "Hellen Jepkosgei" in {a.name for a in analyze(text, nlp).actors}
    assert "Jepkosgei" not in (speakers(text, nlp)["I knew at 30km that I had something left,"] or "")


def test_a_trade_after_is_the_belongs_to_the_name_beside_the_subject(nlp):
    text = (
        "Curling club turns 100\n\nGudrun Sigurdson, 78, has curled at the club since 1959. Her son Kari, 52, is the "
        "icemaker.\n\nKari Sigurdson arrives at the rink before 6 a.m. most winter mornings.\n\n"
        '"People think ice is ice. It isn\'t," the icemaker said.'
    )
    assert "Kari Sigurdson" in speakers(text, nlp)["People think ice is ice. It isn't,"]


def test_a_verdict_clause_before_a_colon_is_its_main_subjects_past_inner_clauses(nlp):
    text = (
        "Steel duties\n\nThe department imposed new duties on Tuesday.\n\n"
        "Sen. Howard Greeley, a Pennsylvania Democrat whose state is home to four major mills, is blunter: “Foreign "
        "producers have figured out how to game this thing, and the department has let them.”"
    )
    found = speakers(text, nlp)
    assert found[
        "Foreign producers have figured out how to game this thing, and the department has let them."
    ] == ("Howard Greeley")


def test_a_verdict_clause_before_a_dash_introduces_the_whole_quote_after_it(nlp):
    text = (
        "Chapel sale\n\nThe chapel closed in 2019.\n\nHis wife, Glenys Pritchard, who played the organ at Bethesda for "
        'more than 40 years, was more direct – "If it has to be flats, at least let them be homes for local people."'
        "\n\nThe council meets on Thursday."
    )
    assert speakers(text, nlp)["If it has to be flats, at least let them be homes for local people."] == (
        "Glenys Pritchard"
    )


def test_a_title_after_a_dash_is_no_quote_of_the_clause(nlp):
    text = "Festival\n\nThe choir sang its best-known piece – “Songs of the Valley” – to close the night."
    assert "Songs of the Valley" not in speakers(text, nlp)


def test_welsh_institutions_shires_crescents_and_colliery_bands_are_no_people(nlp):
    text = (
        "Welsh school\n\nYsgol Gymraeg Cwm Teifion has 212 pupils. Ysbyty Gwynedd treated two people.\n\n"
        "The Tarrabool Shire council met at 14 Kingsmere Cres on Monday. The Thornbeck Colliery Band played.\n\n"
        '"We are full," said head teacher Sian Pritchard.'
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert people == {"Sian Pritchard"}
