"""Rules written late in the forty-fifth pass from the blind sets mixed249-251 (measured once on 0659a58d before any rule
was written from them): a portfolio after "for" opening a name the model tagged; a Chinese surname after an English
given name; a titled given name the model tagged with its title apart from the surname; a refiner's name; a name the
narration goes on about with "he"; a team written after "the" that a given name opens; a given name the model tagged
alone elsewhere before a surname; the judge named since an unnamed one. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _people(text: str, nlp) -> list[str]:
    return sorted(a.name for a in analyze(text, nlp).actors if a.kind == "person")


def test_a_portfolio_after_for_is_no_part_of_the_name(nlp):
    text = (
        "Dorms\n\n"
        "Senior Minister of State for Manpower Koh Wei Jie said in Parliament on Monday that the timeline would not "
        "change.\n\n"
        "“We are not going back to that,” said Mr Koh."
    )
    assert _people(text, nlp) == ["Koh Wei Jie"]
    assert speakers(text, nlp)["We are not going back to that,"] == "Koh Wei Jie"


def test_a_given_name_after_for_stays_in_the_name(nlp):
    text = "Vote\n\nVoters in the ward voted for Margaret Lindqvist, the council's longest-serving member."
    assert _people(text, nlp) == ["Margaret Lindqvist"]


def test_a_chinese_surname_after_an_english_given_name_is_the_name_said_alone(nlp):
    text = (
        "Levy\n\n"
        "Mr Victor Lau Chee Meng, president of the Specialist Trades Employers’ Federation, called for a rebate.\n\n"
        "“A big main contractor can absorb this,” said Mr Lau."
    )
    assert speakers(text, nlp)["A big main contractor can absorb this,"] == "Victor Lau Chee Meng"


def test_a_titled_given_name_tagged_apart_from_its_surname_is_one_person(nlp):
    text = (
        "Bus\n\n"
        "At Monday’s meeting of the transport committee, Cllr Dónal Brennan, who has represented the area since 2014, "
        "said the agency had treated residents badly.\n\n"
        "His sister, Cllr Aoife Brennan, who represents the neighbouring ward, told the same meeting the corridor was "
        "‘long overdue’.\n\n"
        "‘I love my brother dearly, but he is wrong on this one,’ Ms Brennan said."
    )
    assert _people(text, nlp) == ["Aoife Brennan", "Dónal Brennan"]
    said = speakers(text, nlp)
    assert said["long overdue"] == "Aoife Brennan"
    assert said["I love my brother dearly, but he is wrong on this one,"] == "Aoife Brennan"


def test_a_name_the_narration_goes_on_about_with_he_is_a_person(nlp):
    text = (
        "Flaring\n\n"
        "Marcus Bell coaches a Little League team at Ferris Street Park, which sits about a half-mile from the "
        "refinery fence line. On flaring nights this summer, he canceled practice twice.\n\n"
        "“The kids come off that field coughing and rubbing their eyes.”"
    )
    assert _people(text, nlp) == ["Marcus Bell"]
    assert (
        speakers(text, nlp)["The kids come off that field coughing and rubbing their eyes."] == "Marcus Bell"
    )


def test_a_team_after_the_that_a_given_name_opens_is_no_person(nlp):
    text = (
        "Trade\n\n"
        "The Charlotte Hornets traded veteran center Ike Mbatha to the Boston Celtics on Thursday.\n\n"
        "Hornets general manager Lyle Petrakis said the deal was about the future.\n\n"
        "“Best teammate I ever had. Go get a ring, big fella.”\n— Hornets forward Malik Osei"
    )
    people = _people(text, nlp)
    assert "Charlotte Hornets" not in people
    assert speakers(text, nlp)["Best teammate I ever had. Go get a ring, big fella."] == "Malik Osei"


def test_a_refiners_name_is_a_body(nlp):
    text = (
        "Flaring\n\n"
        "Baycrest Refining reported 14 flaring events at its east Harris County complex since March.\n\n"
        "“Flaring is a controlled, permitted process,” the company said in a written statement."
    )
    assert "Baycrest Refining" not in _people(text, nlp)
    assert speakers(text, nlp)["Flaring is a controlled, permitted process,"].endswith("Baycrest Refining")


def test_a_surname_ending_in_an_is_no_nationality_leading_a_name(nlp):
    text = (
        "Scam\n\n"
        "Bryan Tan Jun Wei, 27, was sentenced to two years and four months.\n\n"
        "District Judge Tan Mei Ling said the two men had each been paid a few thousand dollars.\n\n"
        '"You were not the masterminds," Judge Tan told the two men.'
    )
    assert "Tan Mei Ling" in _people(text, nlp)
