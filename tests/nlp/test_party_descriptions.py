"""A party member described by the state a party-and-state tag abbreviates: "the Kansas Republican" is "Sen.
Thomas Whitfield, R-Kan." (AP's abbreviation or the postal code), directly or as the subject "he" continues
from ("The Kansas Republican was unmoved." ¶ "“…,” he told reporters")."""

from __future__ import annotations

from tests.support.quotes import speakers

INTRO = (
    "Sen. Thomas Whitfield, R-Kan., the committee's ranking member, pressed the general on the budget.\n\n"
    'In a statement, Pentagon spokesperson Kwame Asante-Darko said the department "continues to evaluate the '
    'requirement."\n\n'
)


def test_the_kansas_republican_is_the_senator_tagged_r_kan(nlp):
    text = INTRO + '"They have been evaluating since February," the Kansas Republican told reporters.'
    assert speakers(text, nlp)["They have been evaluating since February,"] == (
        "the Kansas Republican, Thomas Whitfield"
    )


def test_he_after_the_kansas_republican_is_the_senator(nlp):
    text = (
        INTRO
        + 'The Kansas Republican was unmoved.\n\n"They have been evaluating since February," he told reporters.'
    )
    assert speakers(text, nlp)["They have been evaluating since February,"] == "Thomas Whitfield"


def test_a_state_no_one_is_tagged_with_names_no_one(nlp):
    text = INTRO + '"They have been evaluating since February," the Texas Republican told reporters.'
    assert speakers(text, nlp)["They have been evaluating since February,"] != (
        "the Texas Republican, Thomas Whitfield"
    )


def test_he_after_a_party_description_no_tag_explains_is_still_the_speaker_before(nlp):
    """No "R-Wis." tag ties the description to anyone: the pronoun resolver's person stands, an office of
    their own no reason to withhold him (a party member may hold any office)."""
    text = (
        "House Speaker Paul Ryan said on Thursday he was not ready to back the nominee.\n\n"
        '"I think the burden on unifying the party will have to come from our nominee," Ryan said.\n\n'
        "The Wisconsin Republican did give the nominee some credit during the interview.\n\n"
        '"We do not always nominate a Lincoln every four years," he said.'
    )
    assert speakers(text, nlp)["We do not always nominate a Lincoln every four years,"] == "Paul Ryan"
