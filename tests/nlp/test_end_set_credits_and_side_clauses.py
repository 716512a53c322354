"""Rules written from the twenty-ninth pass's end set mixed103 after its one measurement (on 52367da): a reporter's
credit under the last quote ("With files from Marjorie Dumas") signs no quote, and a name that is the subject of a
side clause inside reported speech ("… said the family had been told to expect a transplant by the time Eli turned
5") is what was said, so "he said" next goes on with the reporter. Sentences written for these tests; near misses keep
the old reading."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_reporters_credit_under_the_last_quote_signs_nothing(nlp):
    text = (
        "Water\n\nMarlene Spence says her family spends about $150 a month on bottled water.\n\n"
        '"They keep telling us soon. I don\'t know what soon means anymore," she said.\n\n'
        '"I just want to see a shovel in the ground before I die. That\'s all."\n\n'
        "With files from Marjorie Dumas"
    )
    assert speakers(text, nlp)["I just want to see a shovel in the ground before I die. That's all."] == (
        "Marlene Spence"
    )


def test_a_sign_off_line_still_signs_a_pull_quote(nlp):
    text = (
        "Harbour\n\nThe harbour board voted on Tuesday to close the old terminal.\n\n"
        '"We could have done better."\n\nTom Bright, harbour master'
    )
    assert speakers(text, nlp)["We could have done better."] == "Tom Bright"


def test_a_side_clauses_subject_inside_reported_speech_is_not_the_next_he(nlp):
    text = (
        "Trial\n\nFor parents like Sarah Lindgren of Racine, the results are personal. Her son, Eli, now 7, was "
        "diagnosed at 11 months.\n\n"
        '"He\'s in first grade. He plays T-ball," she said.\n\n'
        "Her husband, Daniel Lindgren, said the family had been told to expect a transplant by the time Eli turned "
        '5.\n\n"We had a bag packed by the door for two years," he said.'
    )
    assert speakers(text, nlp)["We had a bag packed by the door for two years,"] == "Daniel Lindgren"


def test_a_subject_of_speech_reported_directly_still_yields_to_the_reporter(nlp):
    text = (
        "Rugby\n\nCoach Ian Kerr confirmed Tom Dyer had suffered a hamstring strain.\n\n"
        '"It didn\'t look great," he said.'
    )
    assert speakers(text, nlp)["It didn't look great,"] == "Ian Kerr"


def test_a_name_in_a_clause_on_a_thing_inside_reported_speech_may_be_the_next_she(nlp):
    text = (
        "Setbacks\n\nRep. Yolanda Begaye-Tso, D-Shiprock, sponsored the bill.\n\n"
        "Rep. Marlene Ortega-Whitfield, R-Hobbs, countered that the bill would end new drilling.\n\n"
        '"This bill doesn\'t move a single well away from a single school," Ortega-Whitfield said.\n\n'
        "She said the state's own analysis showed the setback would put as much as 38% of potential new drilling "
        "sites in Lea County off-limits, a figure Begaye-Tso disputed.\n\n"
        '"Those numbers assume every operator keeps drilling exactly where they planned to," she said.'
    )
    found = speakers(text, nlp)[
        "Those numbers assume every operator keeps drilling exactly where they planned to,"
    ]
    assert found != "Marlene Ortega-Whitfield"
