"""Writers' lines the twenty-fifth pass's blind sets showed (``bot.nlp.actors.furniture``): a name the model
took with the bar after it ("Karina Dueck ·"), a byline with where it was filed ("By Gareth Pryce at Prenton
Park"), the outlet and the day after the name ("Sipho Ndlovu News24 02 Dec 2025"), a broadcaster's "Simran Gill
reports." closing a video's blurb; and names in a series of places (``bot.nlp.actors.relabel``: "Yancey and
Madison counties"). Sentences written for these tests; near misses keep their person."""

from __future__ import annotations

import pytest

from bot.nlp.actors.furniture import drop_credits
from bot.nlp.actors.relabel import relabel_places_in_a_series
from tests.support.actors import forced

HEAD = "Bus drivers want shields after assault\n\nUnion says the city is moving too slowly\n\n"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            HEAD
            + "Karina Dueck · CBC News · Posted: Dec 02, 2025 4:00 AM CST | Last Updated: 2 hours ago\n\nThe union said …",
            "Karina Dueck ·",
        ),
        (HEAD + "By Gareth Pryce at Prenton Park\n\nCallum Oduya scored twice.", "Gareth Pryce"),
        (HEAD + "By Ada Obi in Lagos\n\nThe naira fell again on Monday.", "Ada Obi"),
        (
            HEAD + "Sipho Ndlovu News24 02 Dec 2025 | 14:35\n\nResidents have had no water for 11 days.",
            "Sipho Ndlovu",
        ),
        (
            HEAD
            + "Tenants say they are being pushed out so a landlord can renovate. Simran Gill reports.\n\n",
            "Simran Gill",
        ),
    ],
)
def test_a_writers_line_is_no_person(nlp, text, surface):
    b, _ = forced(nlp, text, surface)
    drop_credits(b)
    assert b.mentions == [], text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (HEAD + "Gareth Pryce at Prenton Park said the pitch was heavy.", "Gareth Pryce"),
        (HEAD + "Simran Gill reports to the board every month, the union said.", "Simran Gill"),
        (HEAD + "Sipho Ndlovu opened the shop on 02 Dec 2025. He said sales were slow.", "Sipho Ndlovu"),
    ],
)
def test_a_person_of_the_story_stays(nlp, text, surface):
    b, m = forced(nlp, text, surface)
    drop_credits(b)
    assert b.mentions == [m], text


def test_a_name_in_a_series_of_counties_is_a_place(nlp):
    b, m = forced(
        nlp, "Up to 11 inches of rain fell in parts of Yancey and Madison counties on Monday.", "Madison"
    )
    relabel_places_in_a_series(b)
    assert m.label == "GPE"
    b, m = forced(nlp, "Clinics will open in Gaines, Terry and Lubbock counties in December.", "Terry")
    relabel_places_in_a_series(b)
    assert m.label == "GPE"


def test_a_person_beside_counties_stays(nlp):
    b, m = forced(nlp, "Madison and her sister counted the votes in three counties on Monday.", "Madison")
    relabel_places_in_a_series(b)
    assert m.label == "PERSON"
