"""Rules from the thirty-sixth pass's sets mixed169 and mixed170 (each measured once on f5fca01 first): a place's
demonym is the one person introduced with the place or its short form ("of Saint-Hyacinthe, Que." … "the Quebecer"),
not whoever spoke last; "Officer-in-Charge" gives "the OC", and its last word is no part of the name after it; a firm
named "… Mines" is "the company"; given names listed in the paragraph after a family's group ("The Abernathy
triplets …" ¶ "Caleb went first, then Clara, then Cora.") take its surname, a listed name the model never tagged too;
"Delphine, 52, is the ringmaster" gives her the trade. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.passes import build_actors
from tests.support.quotes import speakers


def _people(text, nlp):
    return {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}


def test_a_demonym_is_the_one_from_that_place(nlp):
    text = (
        "Cycling\n\nSISTERON, France - Mathieu Gagnon-Roy of Rimouski, Que., attacked alone on the final climb to win "
        "the stage on Wednesday.\n\n"
        '"I told myself, if I wait, I lose," Gagnon-Roy said.\n\n'
        "His team leader, Lars Ekdahl of Sweden, finished in the chase group. "
        '"He deserved his own day," the Swede said.\n\n'
        "The Quebecer, who turned professional in 2021, said his thoughts went to his family.\n\n"
        '"I was thinking about my parents," the Quebecer said.'
    )
    assert "Mathieu Gagnon-Roy" in speakers(text, nlp)["I was thinking about my parents,"]


def test_a_hyphened_titles_initials_and_its_end(nlp):
    text = (
        "Fire\n\nTongi Police Station Officer-in-Charge Md Kamrul Hasan said a case would be filed. "
        '"We are collecting footage from the cameras," the OC said.'
    )
    found = speakers(text, nlp)["We are collecting footage from the cameras,"]
    assert found is not None and found.endswith("Md Kamrul Hasan")
    assert not any(name.startswith("Charge") for name in _people(text, nlp))


def test_a_mines_firm_is_the_company(nlp):
    text = (
        "Strike\n\nWorkers at Lusenga Copper Mines walked off the job on Monday. Lusenga Copper Mines said output "
        'had stopped at two shafts.\n\nIn a statement, the company said it "remains open to dialogue."'
    )
    assert "Lusenga Copper Mines" in speakers(text, nlp)["remains open to dialogue."]


def test_names_listed_after_a_familys_group_take_its_surname(nlp):
    text = (
        "Graduation\n\nThe Pembury triplets have done almost everything together for 18 years. On Saturday they "
        "crossed the stage one right after another.\n\nCaleb went first, then Clara, then Cora.\n\n"
        '"We fought about the order for a week," Clara Pembury said.\n\n'
        '"It is going to be weird," Cora said.\n\n"She will call us every night," Caleb said.'
    )
    found = speakers(text, nlp)
    assert found["It is going to be weird,"] == "Cora Pembury"
    assert found["She will call us every night,"] == "Caleb Pembury"


def test_a_trade_after_is_the(nlp):
    text = (
        "Circus\n\nDelphine Marek runs the show.\n\nDelphine, 52, is the ringmaster, the bookkeeper and the booking "
        "agent.\n\n“People think it’s romantic,” the ringmaster says."
    )
    assert "Delphine Marek" in speakers(text, nlp)["People think it’s romantic,"]


def test_a_vessel_a_freight_firm_and_a_localitys_road_are_no_people(nlp):
    text = (
        "Ferry\n\nIslanders face a fifth week without sailings as MV Loch Carran heads for dry dock.\n\n"
        "Morvane Freight said its trucks were waiting at the pier. Residents of Sarita Vihar lost power along "
        "Kalkaji Marg on Tuesday."
    )
    people = _people(text, nlp)
    assert not any(
        "Carran" in name or "Freight" in name or "Vihar" in name or "Marg" in name for name in people
    )
