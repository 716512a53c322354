"""Rules written late in the forty-fourth pass from the blind sets mixed239-241 (its closing sets, measured once on its
start and once on its rule code before any rule was written from them): "the don" of a lecturer; a role set off before
a title and a name ("The President of the union, Comrade Tunde Ajala,"), the name the parser hung on the body; a
nationality the model tagged a body, written in the title before one person's name. Sentences written for these
tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _people(text: str, nlp) -> set[str]:
    return {a.name for a in analyze(text, nlp).actors if a.kind == "person"}


def test_the_don_is_the_lecturer(nlp):
    text = (
        "Fees protest\n\n"
        "A lecturer in the Department of History, Dr Ngozi Eze-Okafor, said both sides had legitimate concerns.\n\n"
        '"The universities are truly broke, that is a fact," the don said.'
    )
    assert speakers(text, nlp)["The universities are truly broke, that is a fact,"].endswith(
        "Ngozi Eze-Okafor"
    )


def test_don_capitalised_is_a_given_name(nlp):
    text = (
        "Fees protest\n\n"
        "Don Reyes, a lecturer, said both sides had legitimate concerns.\n\n"
        '"The universities are truly broke," Don said.'
    )
    assert speakers(text, nlp)["The universities are truly broke,"] == "Don Reyes"


def test_a_role_set_off_before_a_title_and_a_name_makes_the_person_the_holder(nlp):
    text = (
        "Fees protest\n\n"
        "The President of the Students’ Union Government, Comrade Tunde Ajala, described the increase as “wicked and "
        "insensitive,” insisting that the students would not back down."
    )
    assert "Tunde Ajala" in _people(text, nlp)
    assert speakers(text, nlp)["wicked and insensitive,"] == "Tunde Ajala"


def test_a_nationality_the_model_tagged_a_body_is_the_one_person_it_titles(nlp):
    text = (
        "Derby\n\n"
        "Ossett hit back through a penalty try awarded after Tongan prop Viliami Taufahema was pulled back off the "
        "ball.\n\n"
        "Taufahema, who has played 140 games in two spells at Ossett, was philosophical. 'We will take the lessons,' "
        "the Tongan said."
    )
    assert speakers(text, nlp)["We will take the lessons,"].endswith("Viliami Taufahema")


def test_a_nationality_titling_two_people_names_neither(nlp):
    text = (
        "Derby\n\n"
        "Tongan prop Viliami Taufahema and Tongan centre Sione Latu both scored.\n\n"
        "'We will take the lessons,' the Tongan said."
    )
    assert speakers(text, nlp)["We will take the lessons,"] == "the Tongan"


def test_a_day_of_the_week_after_a_courtesy_title_is_a_given_name(nlp):
    text = (
        "Estate\n\n"
        "The outages had left the streets dark for a week, according to the estate's vigilante coordinator, Mr Friday "
        "Udoh.\n\n"
        '"We patrol with torches," Udoh said.'
    )
    assert "Friday Udoh" in _people(text, nlp)
    assert speakers(text, nlp)["We patrol with torches,"] == "Friday Udoh"


def test_a_day_of_the_week_with_no_title_stays_a_day(nlp):
    text = 'Market\n\nThieves struck on Sunday Morning Market stalls, traders said.\n\n"We lost everything," one said.'
    assert not _people(text, nlp)
