"""A name after a title the model tagged alone may hold an apostrophe inside a word ("Hajiya Hauwa'u
Abdullahi"); "Hajiya" and "Malam" are personal titles, as "Hajia" and "Mallam" were."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import rule_quotes

TEXT = (
    "Floods have destroyed rice farms across the state.\n\n"
    "Another farmer, Hajiya Hauwa'u Abdullahi, who leads a women farmers' cooperative in Auyo, said over 200 "
    "women in her group were affected.\n\n"
    '"These women used their savings to rent farmland," she lamented.'
)


def test_the_name_after_hajiya_holds_its_apostrophe(nlp):
    assert "Hauwa'u Abdullahi" in people(TEXT, nlp)


def test_she_is_the_titled_farmer(nlp):
    found = {q.quote: q.speaker for q in rule_quotes(TEXT, nlp)}
    assert found["These women used their savings to rent farmland,"] == "Hauwa'u Abdullahi"
