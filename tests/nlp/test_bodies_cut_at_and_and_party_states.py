"""Rules from the thirty-fifth pass's sets mixed157 and mixed158 (each measured once on e41e134 first): a body's name
the model cut at its "and" is one name ("The Oregon Restaurant and" + "Lodging Council", "Ministry of Energy" + "and
Mines"); "the department" is a Canadian department named by its applied title ("Fisheries and Oceans Canada"); "the
company" is the body whose name ends in a legal form ("NNPC Ltd"); a party tag's state abbreviation is the holder's
state ("Sen. Thomas Kessler (D-Vt.)" … "the Vermont senator"), and "— no relation to … —" is no trade of his; "the
Deputy" is a TD; a bullet's label may carry a party's letters in brackets after the name ("• State Sen. Marcus
Oyelaran (R), the bill's sponsor: “…”"); a name with its role run into it, hung on a body's name by the parser, speaks
("Kenya Union of Teachers and Educators (Kute) secretary-general Wycliffe Barasa told"); a city's demonym first used as
a narrated sentence's subject is whom that use stood for ("The Vancouverite scored twice"), not the one whose title the
city opens ("Vancouver goalkeeper …"). Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.passes import build_actors
from tests.support.quotes import speakers


def test_a_bodys_name_cut_at_and_is_one_name(nlp):
    text = (
        "Wages\n\nThe Nevada Restaurant and Lodging Council, which lobbied against the bill, said in a statement that "
        "the increase “will fall hardest on rural operators and on the very workers it is meant to help.” The group "
        "has predicted that as many as 9,000 jobs could be lost, a figure that economists at Reno State University have "
        "disputed."
    )
    found = speakers(text, nlp)
    assert found["will fall hardest on rural operators and on the very workers it is meant to help."] == (
        "Nevada Restaurant and Lodging Council"
    )


def test_an_of_name_goes_on_after_and(nlp):
    text = (
        "Mine\n\nThe collapse happened around 4 a.m., according to Bolivia’s Ministry of Energy and Mines. The ministry "
        'said the mine "was not authorized to carry out underground extraction."'
    )
    names = {a.name for a in build_actors(nlp(text)).actors if a.kind == "organization"}
    assert any(n.endswith("Ministry of Energy and Mines") for n in names)


def test_the_department_is_a_department_named_by_its_applied_title(nlp):
    text = (
        "Crab\n\nFisheries and Oceans Canada had just announced a 38 per cent cut to the snow crab quota.\n\n"
        "The Harvesters Alliance called the cut devastating, and CBC News reported boats tied up in three ports.\n\n"
        'The department said it "recognizes the significant impact" the reduction will have on harvesters.'
    )
    assert "Fisheries and Oceans Canada" in speakers(text, nlp)["recognizes the significant impact"]


def test_the_company_is_the_body_named_with_a_legal_form(nlp):
    text = (
        'Fuel\n\nReacting, the spokesman of Delta Fuels Ltd, Mr Olawale Adeyemi, said the firm had "enough in '
        'stock".\n\nThe Independent Petroleum Marketers Association of Nigeria blamed the queues on depot prices.\n\n'
        'In a statement on Sunday, the company said: "We urge motorists to avoid panic buying."'
    )
    assert "Delta Fuels Ltd" in speakers(text, nlp)["We urge motorists to avoid panic buying."]


def test_a_party_tags_state_is_the_senators_state(nlp):
    text = (
        "Bill\n\nSen. Ruth Ann Whitcomb (D-Ore.), the bill’s lead sponsor, spoke first.\n\n"
        "Not every Democrat was enthusiastic. Sen. Thomas Whitcomb (D-Vt.) — no relation to the Oregon senator — warned "
        "that the deadline could push the agency to deny claims.\n\n"
        "“A fast no is not better than a slow yes,” the Vermont senator said."
    )
    assert "Thomas Whitcomb" in speakers(text, nlp)["A fast no is not better than a slow yes,"]


def test_the_deputy_is_a_td(nlp):
    text = (
        "Trolleys\n\nIndependent TD Tadhg Ó Briain, who visited the emergency department on Tuesday, said the scenes "
        "were ‘like a field hospital’.\n\n‘I counted 31 trolleys in one corridor,’ the Deputy said."
    )
    assert "Tadhg Ó Briain" in speakers(text, nlp)["I counted 31 trolleys in one corridor,"]


def test_a_bullet_label_may_carry_a_party_in_brackets(nlp):
    text = (
        "Law\n\nWhat they're saying:\n\n• State Sen. Marcus Adeyemi-Cole (R), the bill's sponsor: \"This is the "
        'seatbelt law of our generation."\n• Rep. Diane Kowalski (D), who voted no: "I have daughters."'
    )
    assert speakers(text, nlp)["This is the seatbelt law of our generation."] == "Marcus Adeyemi-Cole"


def test_a_name_with_its_role_hung_on_a_body_speaks(nlp):
    text = (
        "Strike\n\nKenya Union of Teachers and Educators (Kute) secretary-general Wycliffe Barasa told a press "
        'conference in Nairobi that the union had "run out of patience" with the ministry.'
    )
    assert speakers(text, nlp)["run out of patience"] == "Wycliffe Barasa"


def test_a_city_demonym_first_used_as_a_subject_is_whom_it_stood_for(nlp):
    text = (
        "Soccer\n\nVANCOUVER — Tyler Osei-Brandt grew up a 15-minute SkyTrain ride from BC Place. On Saturday night, he "
        "made the trip count.\n\nThe Vancouverite scored twice in the first half as Toronto FC beat the Whitecaps "
        '3-1.\n\nVancouver goalkeeper Simon Lavoie-Gagnon made five saves. "It\'s a tough one to swallow," the Quebec '
        'native said.\n\n"We sat up there in the cheap seats every other Saturday," the Vancouverite said.'
    )
    assert (
        "Tyler Osei-Brandt" in speakers(text, nlp)["We sat up there in the cheap seats every other Saturday,"]
    )
