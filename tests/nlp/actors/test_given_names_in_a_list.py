"""A given name listed before others that share the surname after the last ("Paulo, Lúcia and Mateus Moreira"), or set
off after "their son" when the article names one couple in full ("Their 15-year-old son, Mateo,"), is
that family's (from mixed114 and mixed116, measured once on this pass's f82b5e9). Sentences written for the test."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_each_given_name_of_a_list_takes_the_surname_after_the_last(nlp):
    text = (
        "Family of commuters\n\nPaulo, Lúcia and Mateus Moreira wait for the 34 bus near Kipling station.\n\n"
        '"We built our life around a line that doesn\'t exist," Lúcia says.'
    )
    assert speakers(text, nlp)["We built our life around a line that doesn't exist,"] == "Lúcia Moreira"


def test_a_couples_child_named_alone_takes_the_couples_surname(nlp):
    text = (
        'Evacuees wait\n\nEvacuees Ana and Paulo Ferreira rest at the arena with their dog.\n\n"We left with what we '
        'could carry," Ana Ferreira said.\n\nTheir 15-year-old son, Mateo, took it in stride.\n\n"It is kind of '
        'scary, but mostly I am just bored," the teenager said.'
    )
    assert (
        speakers(text, nlp)["It is kind of scary, but mostly I am just bored,"]
        == "the teenager, Mateo Ferreira"
    )
