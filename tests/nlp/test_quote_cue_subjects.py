"""Who a cue's subject is when the parser hangs the cue on the wrong word (``quotes.cues``), on
sentences written for these tests."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def quotes(text: str, nlp) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in rule_quotes(text, nlp)]


def test_participle_after_a_reported_clause_is_the_reporters(nlp):
    text = (
        "Budget Talks\n\nAt a briefing on Tuesday, Helen Marsh said the process of setting the budget "
        "could be “slow,” adding, “Nobody likes waiting for money.”"
    )
    assert ("Nobody likes waiting for money.", "Helen Marsh") in quotes(text, nlp)


def test_participle_after_a_noun_that_names_no_one_is_the_subjects(nlp):
    text = (
        "Council Debate\n\n“Too corny?” one councillor asked when Ana Ruiz closed the council debate last "
        "week with a reference to the “Jaws” sequel showing in town, remarking, “Thank you, and may the "
        "tide be with you.”"
    )
    assert ("Thank you, and may the tide be with you.", "Ana Ruiz") in quotes(text, nlp)


def test_participle_after_a_clause_about_a_person_stays_with_that_person(nlp):
    # the reported clause's subject is a person: the participle may be theirs, so the rule stays out
    text = (
        "Court Report\n\nThe prosecutor said Daniel Hart left the flat at noon, telling a neighbour, "
        "“I will not be back tonight.”"
    )
    assert quotes(text, nlp) == [("I will not be back tonight.", "Daniel Hart")]


def test_fragment_inside_what_someone_reports_is_the_reporters(nlp):
    text = (
        "Council Row\n\nCouncillor Ben Ashby said on Monday that the mayor had called the housing plan "
        "“a complete disgrace” during a private meeting."
    )
    assert quotes(text, nlp) == [("a complete disgrace", "Ben Ashby")]


def test_fragment_with_a_cue_after_it_keeps_that_cue(nlp):
    # the inner cue follows the fragment: the parser's nesting is no reported speech inside another
    text = "Court Row\n\nThe judge cannot rule that “on the evidence alone,” Maya Collins added."
    assert quotes(text, nlp) == [("on the evidence alone,", "Maya Collins")]


def test_name_and_description_set_off_before_a_subjectless_cue(nlp):
    text = (
        "Flood Defences\n\nBut in a call with reporters on Jan. 5, Maj. Ruth Okafor, an army engineer in "
        "Carlisle, said, "
        "“The barriers held, but only just.”"
    )
    assert quotes(text, nlp) == [("The barriers held, but only just.", "Ruth Okafor")]


def test_name_in_apposition_right_before_a_subjectless_cue(nlp):
    text = (
        "Trade Row\n\nIn a statement to the Gazette, her chief of staff, Daniel Brennan, said: “The minister "
        "believes the deal is sound.”"
    )
    assert quotes(text, nlp) == [("The minister believes the deal is sound.", "Daniel Brennan")]


def test_inverted_surname_the_tagger_read_as_an_adverb(nlp):
    text = (
        "Data Deal\n\nBut Tom Skelly, a longtime party data manager, vouched for both men.\n\n"
        "“Having the voter file and two people who understand it is valuable,” said Skelly, explaining "
        "he had worked with both."
    )
    assert quotes(text, nlp)[0] == (
        "Having the voter file and two people who understand it is valuable,",
        "Tom Skelly",
    )


def test_it_passes_over_a_person_to_the_organisation_that_spoke(nlp):
    # "it" never stands for a person: a pull quote signed by the mayor does not stop the search
    text = (
        "Storm Damage\n\nLakeside Mayor Ana Ruiz said the town hall would stay open overnight.\n\n"
        "Northgate Power said in a statement that 60,000 homes lost power in the storm.\n\n"
        "It's very bad for older people if they have no backup. Ana Ruiz, Lakeside mayor\n\n"
        "“Hundreds of fallen trees have left some roads impassable,” it said."
    )
    assert quotes(text, nlp)[-1] == (
        "Hundreds of fallen trees have left some roads impassable,",
        "Northgate Power",
    )


def test_a_phrasal_reply_is_a_cue(nlp):
    text = (
        "Street Debate\n\n“Look at all these fans here,” Sandy Moss said with a smirk.\n\n"
        "“They are all here for the free tickets,” Jim Barlow shot back with a laugh."
    )
    assert quotes(text, nlp)[-1] == ("They are all here for the free tickets,", "Jim Barlow")


def test_shooting_is_no_cue_without_its_particle(nlp):
    # "shot" without "back" is no speech verb: the quote is not handed to the one who shot
    text = (
        "Range Day\n\n“Keep your eyes on the target,” the instructor said. Ana Pryce shot twice and missed.\n\n"
        "“Again,” he said."
    )
    assert all(speaker != "Ana Pryce" for _, speaker in quotes(text, nlp))


def test_a_sharp_word_is_a_cue(nlp):
    text = "Parade Ground\n\n“Eyes front,” Sergeant Dan Mercer barked. “Nobody moves until I say so.”"
    assert quotes(text, nlp)[0] == ("Eyes front,", "Dan Mercer")


def test_the_one_told_is_never_an_inverted_speaker(nlp):
    # wire style: the parser leaves "told" without a subject; the newspaper after it was spoken to
    text = (
        "Hospital Cuts\n\n“Every ward on this floor will close by spring,” an aide to the health minister, "
        "who spoke on condition of anonymity, told the Kelso Gazette."
    )
    assert quotes(text, nlp) == [("Every ward on this floor will close by spring,", None)]


def test_another_after_a_quote_is_a_second_speaker(nlp):
    # a sports-desk vox pop: "added another supporter" names someone new, not the fan quoted before
    text = (
        "Cup Final\n\n“I have waited forty years for this,” said one Rovers fan outside the ground. "
        "“My father would have cried,” added another supporter."
    )
    got = quotes(text, nlp)
    assert ("I have waited forty years for this,", "one Rovers fan") in got
    assert ("My father would have cried,", "another supporter") in got


def test_yet_another_never_takes_the_speaker_before(nlp):
    # a local-news vox pop: "yet another" says a third person spoke; unnamed, so unattributed
    text = (
        "Bus Route\n\nOne commuter said, “The timetable is hopeless.” Yet another said, “We wait an "
        "hour in the rain.”"
    )
    got = dict(quotes(text, nlp))
    assert got["The timetable is hopeless."] == "One commuter"
    assert got["We wait an hour in the rain."] is None


def test_any_verb_with_its_subject_right_after_a_comma_quote_reports_it(nlp):
    # newspapers vary the word for "said" without end: a council report, a feature, a sports page
    pressed = "Harbour Talks\n\n“Will the ferry run in winter?” Councillor Joan Pike pressed. “People need to know.”"
    assert quotes(pressed, nlp) == [
        ("Will the ferry run in winter?", "Joan Pike"),
        ("People need to know.", "Joan Pike"),
    ]
    agrees = "Rents\n\n“It was never about the money,” agrees Mira Kapoor, 34, of Leeds."
    assert quotes(agrees, nlp) == [("It was never about the money,", "Mira Kapoor")]
    surmised = "Derby Day\n\n“We will see how the legs hold up,” the trainer surmised."
    assert quotes(surmised, nlp) == [("We will see how the legs hold up,", "the trainer")]


def test_a_verb_doing_something_else_after_a_quote_is_no_cue(nlp):
    # an object after the verb: the quote's speaker is not told by it
    text = "Night Shift\n\n“Run for the door!” Ana Ruiz grabbed her bag and left the ward."
    assert ("Run for the door!", "Ana Ruiz") not in quotes(text, nlp)


def test_a_role_set_off_after_a_name_with_no_comma_before_the_verb_is_the_subject(nlp):
    """ "…, Mr. Daniel Okeke, the governor also urged …": nothing closes "the governor" before its verb,
    so the governor urged (the parser hung him in apposition on the press secretary); the statement is
    the governor's, not the secretary's who signed it."""
    text = (
        "Governor Ahmed Bello ordered the evacuation of six riverside villages on Monday.\n\n"
        "In a statement signed by his chief press secretary, Mr. Daniel Okeke, the governor also urged the "
        "federal authorities to dredge the river.\n\n"
        "“We have waited thirty years for this river to be dredged,” the statement read."
    )
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert (
        found["We have waited thirty years for this river to be dredged,"] == "the statement from Ahmed Bello"
    )


def test_a_role_set_off_by_two_commas_stays_in_apposition(nlp):
    text = (
        "Governor Ahmed Bello ordered the evacuation of six riverside villages on Monday.\n\n"
        "His chief press secretary, Daniel Okeke, the governor's longest-serving aide, said the camps were "
        "full.\n\n"
        "“We need more tents by tonight,” he said."
    )
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["We need more tents by tonight,"] == "Daniel Okeke"


def test_a_participle_hung_on_a_relative_clause_is_the_main_subjects(nlp):
    # a protest report: "where X works" has its own subject; the marchers chant, not the doctor
    text = (
        "Picket Line\n\nNurses picketed outside the hospital where Dr. Ana Ruiz works, chanting, “Safe "
        "staffing saves lives.”"
    )
    assert quotes(text, nlp) == [("Safe staffing saves lives.", "Nurses")]
    # a sports page: the fans chant, not the club whose ground it is
    fans = (
        "Cup Protest\n\nHundreds of fans marched past the stadium where the Kelso Rovers played the Ashby "
        "Town side, while chanting, “Sell the club now.”"
    )
    assert ("Sell the club now.", "Kelso Rovers") not in quotes(fans, nlp)


def test_a_phrase_set_off_before_the_subject_is_no_speaker(nlp):
    # "Outside court, Fairbairn's mum told reporters: …": the parser made "court" a second subject; the one
    # after the comma speaks
    text = (
        "District Judge Gareth Ellery adjourned the case until next month.\n\n"
        "Outside court, Fairbairn’s mum told reporters: “We’ve got nothing to hide.”"
    )
    assert quotes(text, nlp)[-1] == ("We’ve got nothing to hide.", "Fairbairn’s mum")


def test_a_name_the_parser_hung_on_a_participle_before_the_cue_is_its_subject(nlp):
    text = (
        "Ruling\n\nJustice Daniel Okafor, writing for the three dissenters, said the majority had “rewritten a "
        "statute the Legislature has had three sessions to fix.”"
    )
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["Daniel Okafor"]
