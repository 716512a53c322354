"""From the end set mixed127 after its one measurement (on 515d0c4): a body written only by its initials, untagged,
as a clause's subject ("ICE, for its part, sided with the sheriff") is whom "the agency" then stands for; a role
qualified by a party's word ("the Labour TD") is the one person introduced with that word ("Labour's housing
spokesman, Deputy Paul Gallagher,"), not the one other holder ("the Independent TD for Donegal"); a participle
opening the sentence that the parser made the subject ("Reacting, the Senior Special Assistant …, Malam Abdullahi
Yakasai-Dogo, said") gives way to the subject set off after it; years of service describe one person as an age does
("the 17-year veteran said"). Sentences written for the test."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_an_untagged_acronym_subject_is_the_agency(nlp):
    text = (
        "Sheriff Dale Kimball refused to honor detainers.\n\n"
        "ICE, for its part, sided squarely with the sheriff.\n\n"
        '"ICE lodges detainers on noncitizens who have been arrested," the agency said in a written statement.'
    )
    assert (
        speakers(text, nlp)["ICE lodges detainers on noncitizens who have been arrested,"]
        == "the agency, ICE"
    )


def test_a_role_qualified_by_a_party_is_the_one_introduced_with_it(nlp):
    text = (
        "Labour's housing spokesman, Deputy Paul Gallagher, and the Independent TD for Donegal, Deputy Marian "
        "Gallagher – no relation – both raised the plight of renters.\n\n"
        'Deputy Paul Gallagher said the system had "run out of road". "We need a rent freeze before Christmas," the '
        "Labour TD said."
    )
    assert speakers(text, nlp)["We need a rent freeze before Christmas,"] == "the Labour TD, Paul Gallagher"


def test_a_participle_made_the_subject_gives_way_to_the_subject_after_it(nlp):
    text = (
        "Reacting, the Senior Special Assistant to Governor Haruna Bello-Kajuru on Media and Publicity, Malam Abdullahi "
        'Yakasai-Dogo, said the state government "will not negotiate with criminals."'
    )
    assert speakers(text, nlp)["will not negotiate with criminals."] == "Abdullahi Yakasai-Dogo"


def test_years_of_service_describe_one_person(nlp):
    text = (
        'Lt. Luis Carvajal, who leads the water recovery unit, said visibility was poor. "You are working by feel," '
        "Carvajal said.\n\n"
        'Divers had located two vehicles by midafternoon. "We have got a lot of steel down there," the 17-year '
        "veteran said."
    )
    assert (
        speakers(text, nlp)["We have got a lot of steel down there,"] == "the 17-year veteran, Luis Carvajal"
    )
