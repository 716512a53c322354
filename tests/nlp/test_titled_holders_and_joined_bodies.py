"""Who a subject names when the words before the person are an office, its seat or a body's long name: the
spokesperson after "Fisheries and Oceans Canada", the priest after "Parish priest of Colva Fr", the one of
three Meekises the article titles chief, a village head's "Sarpanch", which is a title, not a name, and "the
footballer" a later "he" continues from, who is the footballer named before, not his agent."""

from __future__ import annotations

from bot.nlp.analysis import extract
from tests.support.quotes import speakers


def test_spokesperson_after_a_body_whose_name_is_joined_by_and(nlp):
    # the model splits the department's name at "and"; the parser makes "Fisheries" the subject and the
    # spokesperson a second subject joined to it
    text = (
        "Wendell MacPhee said the harbour authority applied to Small Craft Harbours, the branch of Fisheries "
        "and Oceans Canada that looks after the wharf, in October.\n\n"
        '"Now you fill out the forms in October and you pray.\n\n'
        '"I\'ve been praying since October."\n\n'
        "Fisheries and Oceans Canada spokesperson Bernadette Gallant said in an email that the request "
        '"is being assessed alongside other urgent dredging needs in the Gulf Region" and that the department '
        '"recognizes the importance of timely access for harvesters."'
    )
    got = speakers(text, nlp)
    assert (
        got["is being assessed alongside other urgent dredging needs in the Gulf Region"]
        == "Bernadette Gallant"
    )
    assert got["recognizes the importance of timely access for harvesters."] == "Bernadette Gallant"


def test_two_bodies_joined_by_and_with_no_person_after_stay_the_body(nlp):
    text = (
        "The council met on Monday.\n\n"
        'Fisheries and Oceans Canada said in a statement that the request "is being assessed with care."'
    )
    assert speakers(text, nlp)["is being assessed with care."] != "Bernadette Gallant"


def test_role_of_a_place_then_a_titled_name_is_that_person(nlp):
    text = (
        "Villagers of Colva gathered at the panchayat hall on Sunday to oppose the dune project.\n\n"
        'Parish priest of Colva Fr Agnelo D\'Souza said the church "stands with the people" on the issue.\n\n'
        '"This is not against development," Fr D\'Souza said.'
    )
    assert speakers(text, nlp)["stands with the people"] == "Agnelo D'Souza"


def test_a_title_right_after_of_names_someone_else(nlp):
    text = (
        "Ramesh Rao, 52, was arrested on Friday.\n\n"
        'The lawyer of Mr Rao said the charges were "baseless and malicious."'
    )
    assert speakers(text, nlp)["baseless and malicious."] != "Ramesh Rao"


def test_title_and_shared_surname_is_the_one_written_with_that_title(nlp):
    text = (
        "WAPIKASKWA LAKE FIRST NATION — The boil-water advisory was lifted on Tuesday.\n\n"
        '"I have a daughter who has never had a glass of water from the tap," Chief Roberta Meekis said.\n\n'
        "Her son Tristan Meekis, 24, trained as the plant's operator. His grandfather, Josiah Meekis, "
        "remembers drinking from the lake.\n\n"
        "Indigenous Services Minister Jenna Goulet cancelled her visit the day before. "
        'Chief Meekis said she was "disappointed but not surprised."'
    )
    assert speakers(text, nlp)["disappointed but not surprised."] == "Roberta Meekis"


def test_title_no_sharer_is_written_with_guesses_no_one(nlp):
    text = (
        "Tristan Meekis, 24, trained as the plant's operator. His grandfather, Josiah Meekis, remembers "
        "drinking from the lake.\n\n"
        'Chief Meekis said she was "disappointed but not surprised."'
    )
    assert speakers(text, nlp)["disappointed but not surprised."] not in ("Tristan Meekis", "Josiah Meekis")


def test_sarpanch_is_a_title_not_part_of_the_name(nlp):
    text = (
        "The panchayat passed a resolution against the project on Sunday, led by Sarpanch Sushila Gaonkar.\n\n"
        '"We came to know from the newspapers," Gaonkar said.'
    )
    doc = nlp(text)
    actors, _ = extract(doc, text, threshold=0)
    names = {a.name for a in actors if a.kind == "person"}
    assert "Sushila Gaonkar" in names and not any("Sarpanch" in n for n in names)


def test_he_after_the_footballer_is_the_footballer_named_before(nlp):
    text = (
        "LOVE Lodge star Chloe Whitcombe-Ansah has split from her footballer fiancé Jordan Ashby-Kerr.\n\n"
        "Jordan’s agent, Terry Glanville, would not be drawn on the reasons for the break-up.\n\n"
        "The footballer himself was more forthcoming when approached outside his home in Cheshire yesterday. "
        "‘I made mistakes and I’ve got to own that,’ he said."
    )
    assert speakers(text, nlp)["I made mistakes and I’ve got to own that,"] == "Jordan Ashby-Kerr"


def test_a_title_the_model_took_into_both_names_tells_the_sharer(nlp):
    text = (
        "Ward 17 councillor Clr Sikhululekile Moyo said some residents had gone more than a week without water.\n\n"
        "“Some of my residents have gone nine days without a drop,” said Clr Moyo.\n\n"
        "Resident Mr Thulani Moyo, 64, said he queues at a borehole every morning."
    )
    assert (
        speakers(text, nlp)["Some of my residents have gone nine days without a drop,"]
        == "Sikhululekile Moyo"
    )
