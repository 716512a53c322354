"""A bare "the company said" far from any organisation subject (``roles._the_one_firm``): the one firm the
article named and made act or speak before, never an analyst's firm named only beside the analyst, and
no one when the article names two firms."""

from __future__ import annotations

from tests.support.quotes import speakers

QUOTE = "We believe our pay practices comply with the law,"


def test_the_company_is_the_one_firm_whose_spokesperson_spoke(nlp):
    text = (
        "Fulfillment lawsuit\n\nA federal judge ruled that workers may sue Parcelwise Logistics Inc over "
        "unpaid time.\n\nParcelwise spokesperson Gwendolyn Ferreira-Haas said the company was reviewing the "
        f"decision.\n\nLater, a lawyer spoke.\n\n“{QUOTE}” the company said."
    )
    assert speakers(text, nlp)[QUOTE] == "the company, Parcelwise Logistics Inc"


def test_a_firm_set_off_after_the_spokesperson_noun_is_the_body_spoken_for(nlp):
    text = (
        "Hotel deal\n\nThe council approved the plan.\n\nA spokesperson for the developer, Bluffline "
        "Hospitality Partners of St. Louis, said in an email that costs had risen.\n\nThe mayor was unhappy."
        "\n\n“We remain committed to Hannibal,” the company said."
    )
    assert (
        speakers(text, nlp)["We remain committed to Hannibal,"]
        == "the company, Bluffline Hospitality Partners"
    )


def test_an_analysts_firm_named_only_beside_the_analyst_is_not_the_company(nlp):
    text = (
        "Bakery closures\n\nThe bakery chain will close 14 shops, said Tom Reyes, an analyst at Harbourview "
        f"Securities.\n\nLater, a lawyer spoke.\n\n“{QUOTE}” the company said."
    )
    assert speakers(text, nlp)[QUOTE] == "the company"


def test_two_firms_leave_the_company_unnamed(nlp):
    text = (
        "Takeover\n\nParcelwise Logistics Inc agreed to buy Stagepass Inc on Monday.\n\nRegulators must "
        f"approve the deal.\n\nThe judge was unhappy.\n\nLater, a lawyer spoke.\n\n“{QUOTE}” the company said."
    )
    assert speakers(text, nlp)[QUOTE] == "the company"


def test_a_firm_named_in_the_subjects_of_phrase_is_the_company(nlp):
    # (two firms named: only the sentence before says which the company is)
    text = (
        "Dam ruling\n\nThe court ordered Kesari Power Ltd to survey the villages again.\n\nShares of Deccan "
        "Infraprojects Ltd fell 6.8% in Mumbai trading. The company said in a filing that it “does not expect a "
        "material impact” on its finances."
    )
    assert speakers(text, nlp)["does not expect a material impact"] == "the company, Deccan Infraprojects Ltd"
