"""From the thirty-second pass's end sets (mixed123, mixed124), after their one measurement: a bare party word as the
speaker ("the Liberal said") is the one person introduced with it, never the party; a full name set off by commas
after the subject, which the parser made a conjunct ("The committee’s ranking Republican, Rep. Lorna Beckett-Sims of
Texas, dismissed"), is whom the subject describes; the subject of a clause someone else reports is not whom a
description next means ("he said … that Andre was “…”" ¶ "the Cuban said"); a promoter and a volunteer are roles;
"Her daughter, Salma," takes the surname of the one couple the article names in full; "the company" once read as a
First Nation suing it is not that body when the article names a firm. Sentences written for the test."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_a_bare_party_word_is_the_one_member_introduced_with_it(nlp):
    text = (
        "NDP health critic Jessica Singh asked about the closures.\n\n"
        "Liberal MPP Harjit Singh (Brampton North), who is no relation, said the government \"can't build its way "
        'out of a staffing crisis."\n\n'
        '"Nurses want a schedule they can live with," the Liberal said.'
    )
    assert speakers(text, nlp)["Nurses want a schedule they can live with,"] == "the Liberal, Harjit Singh"
    # (two members introduced with the word: the phrase stays, never the party)
    two = text.replace("NDP health critic", "Liberal MPP")
    assert speakers(two, nlp)["Nurses want a schedule they can live with,"] in (None, "the Liberal")


def test_a_name_set_off_as_a_conjunct_is_the_subjects(nlp):
    text = (
        "The committee’s ranking Republican, Rep. Lorna Beckett-Sims of Texas, dismissed the transcript as “hearsay "
        "dressed up as evidence” and accused Democrats of releasing it selectively."
    )
    assert speakers(text, nlp)["hearsay dressed up as evidence"] == "Lorna Beckett-Sims"


def test_a_subject_someone_else_reports_is_not_whom_a_description_means(nlp):
    text = (
        "Andre Baptiste trains in his father's gym.\n\n"
        "The champion, Yordenis Varela, has not been so generous. At a news conference in New York, he said through "
        "a translator that Andre was “a good boy with a good record against nobody.”\n\n"
        "“I will teach him what his father forgot to,” the Cuban said."
    )
    assert speakers(text, nlp)["I will teach him what his father forgot to,"] == "the Cuban, Yordenis Varela"


def test_a_promoter_is_a_role(nlp):
    text = (
        "Marty Feinblatt, whose company has promoted Andre since his debut, confirmed he suggested a new trainer — a "
        "conversation Leon describes as “the day I almost threw a promoter down the stairs.”\n\n"
        "“Andre is the most marketable young fighter on the East Coast,” Feinblatt said by phone.\n\n"
        "He paused. “Leon is a great father,” the promoter said."
    )
    assert speakers(text, nlp)["Leon is a great father,"] == "the promoter, Marty Feinblatt"


def test_her_daughter_takes_the_couples_surname(nlp):
    text = (
        "The first English word Amira Idris learned in Canada was “appointment.”\n\n"
        "Her daughter, Salma, translated every time. Amira's husband, Abdelrahman Idris, remains in Egypt.\n\n"
        "“Sometimes I have to decide how to tell her,” Salma said."
    )
    assert "Salma Idris" in people(text, nlp)


def test_the_company_is_no_first_nation_when_a_firm_is_named(nlp):
    text = (
        "The Kitchikewan First Nation has sued Northern Cobalt Resources Ltd. over discharges from its mine.\n\n"
        "The First Nation alleges the mine poisoned the lake. Chief Raymond Sinclair said in a written statement "
        "that the decision to sue “was not made lightly.”\n\n"
        "Northern Cobalt’s chief executive, Brendan Ashcroft-Mills, said the company “categorically” rejects the "
        "claims.\n\n"
        "“We will defend ourselves vigorously,” Mr. Ashcroft-Mills said on a call with analysts.\n\n"
        "In its most recent annual information form, the company warned investors that its relationships with "
        "Indigenous communities “could materially affect” its operations."
    )
    assert speakers(text, nlp)["could materially affect"] != "the company, Kitchikewan First Nation"
