"""Names as other Englishes write them: a kin word written as a title ("Mum Denise told The Sun") is the
named relative, a Catalan "i" joins two surnames ("Marc Vidal i Puig"), and a Welsh "ap" name the parser
split still stands as the subject a later "he" goes back to ("Cllr Gareth ap Iorwerth questioned …"), and a
given name the model left outside a Spanish double surname joins it ("Esteban" | "Hernández Ruiz")."""

from __future__ import annotations

from bot.nlp.analysis import extract
from tests.support.quotes import speakers


def test_mum_before_a_given_name_is_the_named_mother(nlp):
    text = (
        "Chloe has been staying with her mum Denise Whitcombe and younger sister Jade Whitcombe at the family "
        "home in Croydon.\n\n"
        'Jade, 24, fumed on Instagram: "Some people do not know what they had."\n\n'
        'Mum Denise told The Sun: "She is a strong girl, she always has been."'
    )
    assert speakers(text, nlp)["She is a strong girl, she always has been."] == "Denise Whitcombe"


def test_a_kin_title_is_no_part_of_a_persons_name(nlp):
    text = 'Grandad Ron Pickering, 81, said: "We never locked the door in those days."'
    doc = nlp(text)
    actors, _ = extract(doc, text, threshold=0)
    assert "Ron Pickering" in {a.name for a in actors if a.kind == "person"}


def test_catalan_i_joins_two_surnames(nlp):
    text = (
        "Seagrass meadows have declined across the Mediterranean.\n\n"
        "Marc Vidal i Puig, an ecologist at the Centre for Advanced Studies of Blanes in Spain and a co-author "
        "of the study, says the team is testing the idea at two more sites.\n\n"
        '"If priming works reliably, it becomes a tool for restoration," he says.'
    )
    assert (
        speakers(text, nlp)["If priming works reliably, it becomes a tool for restoration,"]
        == "Marc Vidal i Puig"
    )


def test_he_after_a_welsh_ap_name_the_parser_split_is_that_councillor(nlp):
    text = (
        "Council leader Cllr Bryn Lloyd-Pugh said the council would monitor the impact on the tourism "
        "economy.\n\n"
        "Opposition group leader Cllr Gareth ap Iorwerth questioned whether the policy would work.\n\n"
        '"The evidence is thin at best," he told the meeting.'
    )
    assert speakers(text, nlp)["The evidence is thin at best,"] == "Gareth ap Iorwerth"


def test_grandmother_before_a_full_name_is_no_part_of_it(nlp):
    text = 'Grandmother Nomvula Dlamini, 68, said: "I cannot walk with them anymore."'
    doc = nlp(text)
    actors, _ = extract(doc, text, threshold=0)
    assert "Nomvula Dlamini" in {a.name for a in actors if a.kind == "person"}


def test_a_given_name_left_outside_a_double_surname_joins_it(nlp):
    text = (
        "PHARR — At 6 p.m. every Sunday, Rosa Elvia Treviño de Hernández props a phone against the salt shaker, "
        "and her husband eats dinner with his family from 14 miles away.\n\n"
        "Esteban Hernández Ruiz was deported to Reynosa in October 2019 after a traffic stop on Interstate 2. "
        "He now works nights at an auto-parts plant on the Mexican side."
    )
    doc = nlp(text)
    actors, _ = extract(doc, text, threshold=0)
    people = {a.name for a in actors if a.kind == "person"}
    assert "Esteban Hernández Ruiz" in people and "Hernández Ruiz" not in people
