"""Rules written in the forty-fifth pass from the blind sets mixed244-248 (measured once on its start before any rule was
written from them): Iban names joined by "anak" and the longhouse chief's title "Tuai Rumah"; a longhouse named for its
chief ("Rumah Jalong") a place; a Chinese given name after "Tan Sri" and the surname; a titled name the model split in
two entities of another kind. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _people(text: str, nlp) -> list[str]:
    return sorted(a.name for a in analyze(text, nlp).actors if a.kind == "person")


LONGHOUSE = (
    "Rumah Ugak folk turn on taps after 40-year wait\n\n"
    "SIBU: For four decades, the 38 families of Rumah Ugak at Nanga Sekuau have drawn their water from the river.\n\n"
    "Longhouse chief Tuai Rumah Ugak anak Jimbun, 70, said in Iban that the community had waited forty years.\n\n"
    '"My father told us the government would bring water to this house," said Ugak, who has led the longhouse '
    "since 2003.\n\n"
    "Sendi anak Lanyau, 41, said she used to carry water up from the river for two hours a day.\n\n"
    '"My children used to bathe in the river, even when the water was brown," the mother of four said.'
)


def test_an_iban_name_joined_by_anak_is_one_person(nlp):
    people = _people(LONGHOUSE, nlp)
    assert "Sendi anak Lanyau" in people
    assert speakers(LONGHOUSE, nlp)[
        "My children used to bathe in the river, even when the water was brown,"
    ].endswith("Sendi anak Lanyau")


def test_the_longhouse_chiefs_title_is_no_part_of_his_name_and_the_longhouse_no_person(nlp):
    people = _people(LONGHOUSE, nlp)
    assert "Ugak anak Jimbun" in people
    assert not any(name.startswith(("Tuai", "Rumah")) for name in people)
    assert speakers(LONGHOUSE, nlp)["My father told us the government would bring water to this house,"] == (
        "Ugak anak Jimbun"
    )


def test_anak_between_lower_case_words_joins_nothing(nlp):
    text = (
        "Sibu\n\nThe word anak means child, and the children of the longhouse walked to school in the rain."
    )
    assert _people(text, nlp) == []


def test_a_chinese_given_name_after_a_two_word_title_and_the_surname(nlp):
    text = (
        "Water\n\n"
        "Among the guests was Tan Sri Wong Siew Lan, chairman of the Batang Ai Heritage Trust, which gave RM200,000."
    )
    assert _people(text, nlp) == ["Wong Siew Lan"]


def test_a_titled_name_the_model_split_in_two_places_is_one_person(nlp):
    text = (
        "Trolleys\n\n"
        "Dr Fergal Houlihan, a consultant in emergency medicine, said patients were being treated on chairs.\n\n"
        "His wife, Dr Siobhán Houlihan, a consultant geriatrician, said older patients could not be discharged."
    )
    assert _people(text, nlp) == ["Fergal Houlihan", "Siobhán Houlihan"]
