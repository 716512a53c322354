"""Brothers and sisters the article names: "brothers Nick and Gus Papadakis" makes each the other's brother,
"with her sister, Mélanie Surette" makes Jocelyn and Mélanie each other's sister, and a later "his brother"
or "her sister" is the sibling of the one who just spoke, even with no cue of its own ("His brother was
blunter." ¶ "“…”")."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_his_brother_after_brothers_named_together_is_the_other_one(nlp):
    text = (
        "Among those who are not convinced are brothers Nick and Gus Papadakis, who have run the Aegean "
        "Grill since 1994.\n\n"
        '"Our customers are 65, 70 years old," Nick Papadakis said.\n\n'
        '"It is a party for people who do not pay rent," his brother said.'
    )
    assert (
        speakers(text, nlp)["It is a party for people who do not pay rent,"] == "his brother, Gus Papadakis"
    )


def test_a_quote_after_his_brother_was_blunter_is_the_brothers(nlp):
    text = (
        "Among those who are not convinced are brothers Nick and Gus Papadakis, who have run the Aegean "
        "Grill since 1994.\n\n"
        '"Our customers are 65, 70 years old," Nick Papadakis said.\n\n'
        "His brother was blunter.\n\n"
        '"It is a party for people who do not pay rent."'
    )
    assert speakers(text, nlp)["It is a party for people who do not pay rent."] == "Gus Papadakis"


def test_her_sister_after_one_sister_speaks_is_the_other(nlp):
    text = (
        "Jocelyn Surette, who runs a bait business in Lower Wedgeport with her sister, Mélanie Surette, said "
        "they have had to throw out herring this week.\n\n"
        '"You can not freeze it twice," she said.\n\n'
        'Her sister put it more simply: "It stinks, literally."'
    )
    assert speakers(text, nlp)["It stinks, literally."] == "her sister, Mélanie Surette"


def test_a_relative_no_one_is_named_as_is_no_one(nlp):
    text = (
        '"Our customers are 65, 70 years old," Nick Papadakis said.\n\n'
        "His brother was blunter.\n\n"
        '"It is a party for people who do not pay rent."'
    )
    assert speakers(text, nlp).get("It is a party for people who do not pay rent.") != "Nick Papadakis"
