"""Speaker rules that make the rules themselves more precise (issue 16: a wrong name is worse than none),
each on sentences written for it."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def quotes(text: str, nlp) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in rule_quotes(text, nlp)]


def test_going_on_doing_is_no_cue_for_a_quote_beside_it(nlp):
    """ "and the council will continue to press": "continue" with a verb after it says what someone goes
    on doing; the quote belongs to the cue of its own clause."""
    text = (
        "Mayor Ines Calloway said the closure came as a “blow to every family on the line,” and the "
        "council will continue to press for a new owner."
    )
    assert quotes(text, nlp) == [("blow to every family on the line,", "Ines Calloway")]


def test_going_on_doing_still_reports_a_quote_inside_it(nlp):
    text = "Senator Ruth Abernathy continued to call the proposal “a gift to the banks” on Tuesday."
    assert quotes(text, nlp) == [("a gift to the banks", "Ruth Abernathy")]


def test_continued_alone_still_reports(nlp):
    text = "“We are not finished,” Coach Brendan Okafor continued. “Not by a long way.”"
    assert [s for _, s in quotes(text, nlp)] == ["Brendan Okafor", "Brendan Okafor"]


def test_a_role_tied_to_no_one_is_the_subject_just_before(nlp):
    """The article names the person, then calls them by their role without ever writing the title."""
    text = (
        "Karen Mitchell toured the flooded valley on Monday with local volunteers.\n\n"
        "The premier said the damage was “worse than anyone feared.”"
    )
    assert quotes(text, nlp) == [("worse than anyone feared.", "the premier, Karen Mitchell")]


def test_a_role_that_speaks_for_someone_else_stays_a_phrase(nlp):
    text = (
        "Karen Mitchell toured the flooded valley on Monday with local volunteers.\n\n"
        "The spokesman said the damage was “worse than anyone feared.”"
    )
    assert quotes(text, nlp) == [("worse than anyone feared.", "The spokesman")]


def test_a_role_is_not_a_person_who_holds_another_one(nlp):
    text = (
        "Mayor Tom Reyes toured the flooded valley on Monday with local volunteers.\n\n"
        "The premier said the damage was “worse than anyone feared.”"
    )
    assert quotes(text, nlp) == [("worse than anyone feared.", "The premier")]


def test_a_role_with_a_name_inside_stays_a_phrase(nlp):
    text = (
        "Karen Mitchell toured the flooded valley on Monday with local volunteers.\n\n"
        "The Ontario premier said the damage was “worse than anyone feared.”"
    )
    assert quotes(text, nlp) == [("worse than anyone feared.", "The Ontario premier")]


def test_british_and_canadian_councillor_titles_are_no_part_of_the_name(nlp):
    """ "Cllr", "MP", "MLA", "Alderman" before a name are titles: the speaker is the person's name, and a
    pronoun after it finds that person."""
    text = (
        "The leader of the council, Cllr Helen Marsh, opened the meeting on Monday.\n\n"
        "‘We will publish the figures in full,’ she said."
    )
    assert [s for _, s in quotes(text, nlp)] == ["Helen Marsh"]
    from bot.nlp.actors import normalise_name

    for title in ("Cllr", "MP", "MLA", "MPP", "Alderman", "Councilwoman"):
        assert normalise_name(f"{title} Helen Marsh")[0] == "Helen Marsh"


def test_he_is_not_the_subject_of_a_remembered_participle(nlp):
    text = (
        "Jim Carter remembers Tom Bell building the first boat in the old shed.\n\n"
        "“He was a hard man to please,” he says."
    )
    assert quotes(text, nlp) == [("He was a hard man to please,", "Jim Carter")]


def test_a_name_in_apposition_to_the_subject_is_the_subject(nlp):
    """ "One of them, Kai Mendez, says …": the pronoun after it finds the apprentice, not the person the
    paragraph before was about."""
    text = (
        "Tom Bell opened the yard in 1971 and still works there every day.\n\n"
        "The yard now trains two apprentices. One of them, Luis Ortega, says he had never held a chisel.\n\n"
        "“I wanted to be a mechanic,” he says."
    )
    assert quotes(text, nlp)[-1] == ("I wanted to be a mechanic,", "Luis Ortega")


def test_the_name_after_said_that_has_its_own_verb_is_what_was_said(nlp):
    """ "said Okafor has “a gift for …”": the name after the cue is the subject of the reported clause,
    never the speaker; the person opening the paragraph, whose description runs up to the cue, is."""
    text = (
        "The vote is set for Friday.\n\n"
        "READ MORE: Senate Dems says budget hearings will move quickly if audit report warrants it\n\n"
        "Sen. Maria Delgado, D-Mich., a member of the finance committee, said Okafor has “a real gift for "
        "listening” to every side."
    )
    assert quotes(text, nlp) == [("a real gift for listening", "Maria Delgado")]


def test_said_then_a_name_is_still_an_inverted_speaker(nlp):
    text = "“The rink will stay open all winter,” said Councillor Tom Okafor, who chairs the parks board."
    assert quotes(text, nlp) == [("The rink will stay open all winter,", "Tom Okafor")]


def test_a_cue_hung_on_a_verb_of_the_paragraph_before_does_not_share_its_subject(nlp):
    """A paragraph break ends a sentence: a subjectless cue the parser hung on the previous paragraph's
    verb speaks for the name opening its own paragraph, not that verb's subject."""
    text = (
        "The company said in a statement that it now expected operating profit of between €20m and €50m, "
        "down from a previous forecast of €90m.\n\n"
        "Chief executive Tomas Lindqvist told analysts on a conference call that the ferry line had been "
        "“battered from every side”."
    )
    assert quotes(text, nlp) == [("battered from every side", "Tomas Lindqvist")]


def test_a_name_in_a_clause_whose_subject_is_the_same_pronoun_is_someone_else(nlp):
    """ "Asked what he would tell Mayor Tom Reyes, he said": "he" would tell Reyes, so "he" is not Reyes."""
    text = (
        "Ben Ortiz has slept outside for two winters. He keeps a tarp and a small stove. He cooks rice "
        "on it most nights. He rarely goes to the shelter.\n\n"
        "Asked what he would tell Mayor Tom Reyes about the shelters, he said: “Just listen to us.”"
    )
    assert quotes(text, nlp) == [("Just listen to us.", "Ben Ortiz")]
