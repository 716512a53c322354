"""Titles between a role and its holder's name, and inside a person entity: "The Emir of Hadejia, Alhaji
Muhammadu Bello Haruna," is the emir; "Lumby Fire Chief Gord Ferraby", tagged whole, is Gord Ferraby, "the chief";
and of two men tied to Kansas, "the Kansas Republican" is the
one whose tag carries the party's letter ("R-Kan.")."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_the_emir_is_the_titled_name_set_off_after_him(nlp):
    text = (
        "Floods have displaced thousands of people across the emirate.\n\n"
        "The Emir of Hadejia, Alhaji Muhammadu Bello Haruna, who received a delegation at his palace on Saturday, "
        "urged the people to remain patient.\n\n"
        '"We must be patient and we must help one another," the emir said.'
    )
    assert speakers(text, nlp)["We must be patient and we must help one another,"] == (
        "the emir, Muhammadu Bello Haruna"
    )


def test_a_title_inside_a_person_entity_is_no_part_of_the_name(nlp):
    text = (
        "Crews are protecting homes along the highway.\n\n"
        "Lumby Fire Chief Gord Ferraby said his volunteer department has sent two engines to help.\n\n"
        "“They are setting up sprinklers on homes right now,” the chief said."
    )
    assert "Gord Ferraby" in people(text, nlp)
    assert (
        speakers(text, nlp)["They are setting up sprinklers on homes right now,"] == "the chief, Gord Ferraby"
    )


def test_the_party_letter_tells_which_kansan_the_republican_is(nlp):
    text = (
        "Sen. Thomas Whitfield, R-Kan., pressed the general on the budget.\n\n"
        "A second panel heard from Sgt. Maj. Andre Whitfield, the senior enlisted adviser at Corpus Christi, who is "
        "not related to the Kansas senator.\n\n"
        '"We have heard this before," the Kansas Republican told reporters.'
    )
    assert speakers(text, nlp)["We have heard this before,"] == "the Kansas Republican, Thomas Whitfield"
