"""Rules written in the thirty-seventh pass from the blind sets mixed185 and mixed186 (each measured once on 6deb559
first): a body-tagged full name whose given name speaks alone is a person; "the teen"; a school district by its
schools; an office the model tagged a body, with the person set off after it. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def test_a_body_tagged_full_name_whose_given_name_speaks_alone_is_a_person(nlp):
    text = (
        "Mail carrier finds woman, 84, after she lay on floor for a day\n\nPosted: Jun. 12, 2024 at 5:47 PM EDT\n\n"
        "CEDAR RIDGE, Pa. (WKTB) - Darnell Hughes has walked the same mail route in Cedar Ridge for almost 11 "
        'years.\n\n"She always takes her mail in. Always," Darnell said.\n\nDarnell knocked. When nobody answered, '
        "he walked around to the side of the house."
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert "Darnell Hughes" in people
    assert speakers(text, nlp)["She always takes her mail in. Always,"] == "Darnell Hughes"


def test_the_teen_is_the_one_aged_as_one(nlp):
    text = (
        "Fair rides\n\nWade Brandt has run the rides for 30 years.\n\nWade’s son, Tucker Brandt, 17, is spending his "
        "first summer as a ride operator.\n\nAsked whether he would take over the business someday, Tucker grinned. "
        "“Ask me after I finish college,” the teen said."
    )
    assert "Tucker Brandt" in speakers(text, nlp)["Ask me after I finish college,"]


def test_the_district_is_the_school_district_named_by_its_schools(nlp):
    text = (
        "School lockdown\n\nPolice were called to Sullivan Creek Secondary on Wednesday.\n\nIn a statement, Surrey "
        'Schools said classes would resume Thursday.\n\n"We know today was frightening for students, staff and '
        'families," the district said.'
    )
    said = speakers(text, nlp)["We know today was frightening for students, staff and families,"]
    assert "Surrey Schools" in said
    assert "Surrey Schools" not in {a.name for a in analyze(text, nlp).actors if a.kind == "person"}


def test_the_person_set_off_after_an_office_tagged_a_body_speaks(nlp):
    text = (
        "Quota cut\n\nIn a statement, the Minister for Agriculture, Food and the Marine, Fergal Dunleavy, said the "
        "outcome was ‘deeply disappointing’."
    )
    assert speakers(text, nlp)["deeply disappointing"] == "Fergal Dunleavy"
