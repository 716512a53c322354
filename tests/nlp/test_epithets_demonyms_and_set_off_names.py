"""From the end sets mixed135 and mixed136 (each measured once on 7cac33c): a tabloid's epithet run into a name is no
part of it ("Furious Terry said"); a person's name set off before a role the parser made its possession is the speaker
("said Dr Helena Marsh-Okoro, Ofwat’s chief executive"); a name set off after a role to the sentence's end is whom the
role describes ("said the bill’s sponsor, Sen. Denise Amaro-Whitley, D-Fairhaven."); a city's people are a description,
never a name ("the Vancouverite said"), and so is a place's people by its name's ending when the article names the
place; a child's or sibling's given name after a given name's possessive takes that person's surname ("Ruby's
brother, Caleb"); a nation's noun is the one person introduced with its adjective ("the Swede" of "a Swedish
defenceman"). Sentences written for the test."""

from __future__ import annotations

from bot.nlp.actors.evidence import demonym_of_a_place
from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def test_a_tabloid_epithet_is_no_part_of_the_name(nlp):
    text = (
        "Pub feud\n\nTerry Bagshaw, 58, has run The Fox and Ferret for 23 years.\n\n"
        "But last month his brother opened a rival pub just 40 yards away.\n\n"
        "Furious Terry said: ‘He’s been trying to get one over on me since we were kids.’\n\n"
        "Terry is particularly sore about losing his cook."
    )
    assert (
        speakers(text, nlp)["He’s been trying to get one over on me since we were kids."] == "Terry Bagshaw"
    )
    names = [a.name for a in analyze(text).actors if a.kind == "person"]
    assert "Furious Terry" not in names and "Terry" not in names


def test_an_adjective_opening_a_name_no_one_else_goes_by_stays():
    # ("Little Hadley" is a village's name: no person of the article goes by "Hadley")
    names = [
        a.name
        for a in analyze("Village news\n\nLittle Hadley said goodbye to its post office on Friday.").actors
    ]
    assert "Hadley" not in names


def test_a_name_set_off_before_its_role_speaks(nlp):
    text = (
        "Water fine\n\n‘This was not bad luck, and it was not bad weather,’ said Dr Helena Marsh-Okoro, Ofwat’s chief "
        "executive. ‘Wealdmoor chose dividends over drains.’\n\nDr Marsh-Okoro dismissed the firm's claim."
    )
    assert speakers(text, nlp)["This was not bad luck, and it was not bad weather,"] == "Helena Marsh-Okoro"


def test_a_name_set_off_after_a_role_to_the_sentences_end_speaks(nlp):
    text = (
        "Gun bill\n\n“Every one of these deaths is a locked door that wasn’t,” said the bill’s sponsor, Sen. Denise "
        "Amaro-Whitley, D-Fairhaven."
    )
    assert (
        speakers(text, nlp)["Every one of these deaths is a locked door that wasn’t,"]
        == "Denise Amaro-Whitley"
    )


def test_a_citys_people_are_a_description_never_a_name(nlp):
    text = (
        "Late save\n\nCanada's goalkeeper Eli Vasquez preserved the lead in the 96th minute with a diving save.\n\n"
        '"I saw it late. I just threw everything I had at it," the Vancouverite said.'
    )
    said = speakers(text, nlp)["I saw it late. I just threw everything I had at it,"]
    assert said is not None and "Eli Vasquez" in said
    assert "Vancouverite" not in [a.name for a in analyze(text).actors]


def test_a_places_people_by_its_names_ending():
    text = "She grew up in Calgary and moved to Manitoba."
    assert demonym_of_a_place("Calgarian", text) and demonym_of_a_place("Manitoban", text)
    # (no such place written, or a stem too short to be one)
    assert not demonym_of_a_place("Torontonian", text) and not demonym_of_a_place("Ryan", text)


def test_a_siblings_given_name_takes_the_surname_of_the_one_who_owns_it(nlp):
    text = (
        "Last fair\n\nHOLLINS — Ruby Halvorsen leaned on the gate of pen 14 Friday morning.\n\n"
        "Ruby's brother, Caleb, 9, is showing a rabbit in his first year with the 4-H club.\n\n"
        '"His name is Pancake and he\'s not getting sold," Caleb said.'
    )
    assert speakers(text, nlp)["His name is Pancake and he's not getting sold,"] == "Caleb Halvorsen"


def test_a_nations_noun_is_the_one_person_introduced_with_its_adjective(nlp):
    text = (
        "Obituary\n\nMr. Lachance built the club's first winning team in the 1980s.\n\n"
        "Anders Bergkvist, a Swedish defenceman Mr. Lachance signed in 1985, remembers their first meeting.\n\n"
        "“I did not speak any English,” the Swede said."
    )
    said = speakers(text, nlp)["I did not speak any English,"]
    assert said is not None and "Anders Bergkvist" in said
