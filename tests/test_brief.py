"""The brief's JSON shape: gender fields and the source counts, and briefs cached before they existed."""

from __future__ import annotations

from bot.brief import Actor, Brief, Quote, source_counts


def _brief() -> Brief:
    return Brief(
        title="T",
        url=None,
        words=10,
        text="x",
        actors=[
            Actor("Ann Lee", "person", 2, quotes=2, gender="female", gender_basis="pronoun"),
            Actor("Bo Chan", "person", 1, quotes=1, gender="male", gender_basis="honorific"),
            Actor("Cy Dunn", "person", 1, quotes=1),
            Actor("Di Eve", "person", 3, quotes=0, gender="female", gender_basis="given_name"),
            Actor("Acme Corp", "organization", 2, quotes=1),
        ],
        quotes=[Quote("hi", "Ann Lee", "said")],
    )


def test_sources_count_distinct_quoted_people_only():
    assert source_counts(_brief().actors) == {"female": 1, "male": 1, "nonbinary": 0, "unknown": 1}


def test_gender_and_sources_round_trip_through_json():
    data = _brief().to_dict()
    assert data["actors"][0]["gender"] == "female"
    assert data["actors"][0]["gender_basis"] == "pronoun"
    assert data["actors"][2]["gender"] is None and data["actors"][2]["gender_basis"] is None
    assert data["sources"] == {"female": 1, "male": 1, "nonbinary": 0, "unknown": 1}
    back = Brief.from_dict(data)
    assert back.actors[1].gender == "male" and back.actors[1].gender_basis == "honorific"
    assert back.sources == data["sources"]


def test_a_brief_cached_before_the_gender_fields_still_loads():
    old = {
        "title": "Old",
        "url": "https://example.com/a",
        "words": 5,
        "cached": True,
        "text": "t",
        "actors": [{"name": "Ann Lee", "kind": "person", "mentions": 1, "aliases": [], "quotes": 1}],
        "quotes": [{"quote": "q", "speaker": "Ann Lee", "cue": "said", "partial": False}],
        "site": None,
        "author": None,
        "date": None,
    }
    brief = Brief.from_dict(old)
    assert brief.actors[0].gender is None and brief.actors[0].gender_basis is None
    assert brief.to_dict()["sources"] == {"female": 0, "male": 0, "nonbinary": 0, "unknown": 1}
