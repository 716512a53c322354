"""Rules written from the twenty-seventh pass's end set mixed95 after its one measurement (on 6083960): whoever a
record has speak speaks, not the record ("According to the Senate Journal, she opened by addressing the chair:
“…”"); a court's or a force's initials after the place that opens its name ("the HC" beside the "Bombay High
Court"); "HRH" as a courtesy title ("HRH Ameh Idakwo", tagged an organisation). Sentences written for these tests;
near misses keep the old reading."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_whoever_a_record_has_speak_is_the_speaker(nlp):
    text = (
        "Obituary\n\nMargaret Sorensen was elected in 1976. During a budget standoff in May 1993, she held the "
        "floor for three hours. According to the Senate Journal, she opened by addressing the chair:\n\n"
        "“Mr. President, members keep telling me this bill is too long to read.”"
    )
    found = speakers(text, nlp)["Mr. President, members keep telling me this bill is too long to read."]
    assert found is not None and "Sorensen" in found
    # "according to" a body or a person still names the source
    police = text.replace("According to the Senate Journal, she", "According to the police, the driver")
    assert speakers(police, nlp)["Mr. President, members keep telling me this bill is too long to read."] != (
        "Margaret Sorensen"
    )


def test_initials_after_the_place_opening_a_courts_name_are_the_court(nlp):
    text = (
        "Hoardings\n\nThe Bombay High Court on Tuesday pulled up the civic body over illegal hoardings.\n\nThe bench "
        "was not impressed.\n\n“Shortage of staff cannot be an excuse when human lives are at stake,” the HC said."
    )
    assert speakers(text, nlp)["Shortage of staff cannot be an excuse when human lives are at stake,"] == (
        "Bombay High Court"
    )


def test_hrh_is_a_courtesy_title(nlp):
    text = (
        "Flood\n\nThe traditional ruler of Ganaja-Odo, HRH Ameh Idakwo, who addressed journalists at his palace, "
        "lamented that the community had been flooded three times.\n\n“We went through this in 2012,” the monarch "
        "said."
    )
    assert speakers(text, nlp)["We went through this in 2012,"] == "the monarch, Ameh Idakwo"
