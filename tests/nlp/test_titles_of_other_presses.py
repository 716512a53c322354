"""Titles other English-language presses write before a name, which are no part of it: Zimbabwe's "Clr"
(councillor) and Swahili "Mzee" (beside "Cde", "Perit", "Atty" and "The Ven.", which the model already leaves
out of the names it tags); "Haji" is no title inside an East African name ("Rukia Haji Makame")."""

from __future__ import annotations

import pytest

from bot.nlp.analysis import extract


def people(text: str, nlp) -> dict[str, str | None]:
    doc = nlp(text)
    actors, _ = extract(doc, text, threshold=0)
    return {a.name: a.gender for a in actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Clr Sipho Ndlovu told the meeting: "The pipes are older than I am."', "Sipho Ndlovu"),
        ('Mzee Kamau Njoroge, 84, said: "I have seen three droughts like this."', "Kamau Njoroge"),
    ],
)
def test_a_title_of_another_press_is_no_part_of_the_name(nlp, text, name):
    found = people(text, nlp)
    assert name in found and not any(n.endswith(name) and n != name for n in found)


def test_haji_inside_a_name_stays(nlp):
    found = people('Researcher Rukia Haji Makame said: "Cottonii is very sensitive to heat."', nlp)
    assert "Rukia Haji Makame" in found
