"""Rules from the thirty-fifth pass's sets mixed159, mixed160 and mixed162 (each measured once on 5471b72 first):
the outlet a statement went to is never the "it" that says it ("In a statement to HuffPost Canada, the City of Hamilton said it
…"); a firm named as a passive's agent ("The building is owned by Harbourline Properties") is the one "the company"
stands for; a title-case headline's place and noun for a person ("Hamilton Woman's Parking Ticket Appeal … Is Going
Viral") is no person; a two-word name the model tagged right after a two-word name it left untagged is that name's
end ("Minister for Rehabilitation Syed Nadir Hussain Jamote"); from mixed162: a name with a lower-case particle after a
title or a trade, or whose surname speaks, is a person's whatever the model tagged its parts ("Ward councillor Kobus
van der Westhuizen"); "the entity" is a body. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.passes import build_actors
from tests.support.quotes import speakers


def test_the_outlet_a_statement_went_to_is_not_it(nlp):
    text = (
        'Parking\n\nIn a statement to HuffPost Canada, the City of Hamilton said it "cannot comment on individual '
        'cases" but that all disputes "are reviewed on their merits."'
    )
    found = speakers(text, nlp)
    assert found.get("cannot comment on individual cases") != "HuffPost Canada"


def test_a_firm_named_as_a_passives_agent_is_the_company(nlp):
    text = (
        "Fire\n\nThe building is owned by Harbourline Properties. In a statement emailed to Global News, the company "
        'said it was "devastated" by the fire.'
    )
    assert "Harbourline Properties" in speakers(text, nlp)["devastated"]


def test_a_headlines_place_and_person_noun_is_no_person(nlp):
    text = (
        "Parking\n\nHamilton Woman's Parking Ticket Appeal, Written As A Rhyming Poem, Is Going Viral\n\n"
        "Jordan Pelletier, 33, was ticketed in February while taking her son to an appointment."
    )
    people = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert not any(name.startswith("Hamilton") for name in people)


def test_a_tagged_name_after_an_untagged_one_ends_it(nlp):
    text = (
        "Floods\n\nSindh Minister for Rehabilitation Syed Nadir Hussain Jamote, who visited the camp on Sunday, said "
        "the provincial government had dispatched 40 trucks of rations.\n\n"
        '"The water is receding, but slowly," Jamote said.'
    )
    people = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert "Syed Nadir Hussain Jamote" in people


def test_a_name_with_a_lower_case_particle_after_a_title_is_a_persons(nlp):
    text = (
        "Water\n\nWard councillor Kobus van der Merwe said he had been told on Thursday that supply would be restored "
        'within 48 hours.\n\n"That was three days ago," Van der Merwe said.\n\n"Residents deserve a date, not '
        'excuses," the councillor told this publication.'
    )
    people = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert "Kobus van der Merwe" in people
    assert "Kobus van der Merwe" in speakers(text, nlp)["Residents deserve a date, not excuses,"]


def test_the_entity_is_a_body(nlp):
    text = (
        "Water\n\nJohannesburg Water said in a statement that 22 tankers had been deployed to affected areas. "
        '"Residents are urged to use water sparingly," the entity said.'
    )
    assert (
        speakers(text, nlp)["Residents are urged to use water sparingly,"] == "the entity, Johannesburg Water"
    )
