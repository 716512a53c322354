"""Delayed identification in a lede (``bot.nlp.quotes.lede``), on sentences written for these tests."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> list[str | None]:
    return [q.speaker for q in rule_quotes(text, nlp)]


def test_a_lede_description_is_the_person_named_next(nlp):
    text = (
        "A Halifax school bus driver says she is “stunned” by the response to her fundraiser for a "
        "stranded family.\n\n"
        "Marta Kowalczyk said the campaign raised $40,000 in two days."
    )
    assert speakers(text, nlp) == ["a Halifax school bus driver, Marta Kowalczyk"]


def test_a_description_after_someone_was_named_stays_a_phrase(nlp):
    """Once the article has named someone, "a spokesman" is a source it does not name, whoever the
    next sentence brings in."""
    text = (
        "The minister, Joan Pike, has not commented on the dispute.\n\n"
        "A spokesman said the talks were “ongoing.”\n\n"
        "Tom Reyes said the talks would resume on Monday."
    )
    assert speakers(text, nlp) == ["A spokesman"]


def test_two_people_named_next_or_a_thing_give_no_holder(nlp):
    text = (
        "A Regina farmer says the drought is “the worst she has seen in her life.”\n\n"
        "Ana Ruiz and Tom Baker said their wells had run dry."
    )
    assert speakers(text, nlp) == ["A Regina farmer"]
    text = (
        "A new report says the river is “in serious trouble.”\n\n"
        "Ana Ruiz said the report came as no surprise."
    )
    assert "Ana Ruiz" not in str(speakers(text, nlp))


def test_a_definite_lede_description_and_people_named_as_objects(nlp):
    """ "The only witness … told jurors" ¶ "Ray Cole, 31, spent three hours on the stand in the trial of
    Ian Lyle": the witness is the sentence's subject, whoever else it names."""
    text = (
        "The only witness to the robbery told jurors Tuesday that he had first told police he “saw "
        "nothing at all.”\n\n"
        "Ray Cole, 31, spent three hours on the witness stand in the trial of Ian Lyle, who has pleaded "
        "not guilty."
    )
    assert speakers(text, nlp) == ["the only witness to the robbery, Ray Cole"]


def test_a_body_or_a_spokesman_in_the_lede_is_not_the_person_named_next(nlp):
    """ "The company said …" ¶ "Chief executive Ana Ruiz told analysts …": the company spoke, not its
    chief; "a spokesman for the ministry" is not the minister the next sentence names."""
    text = (
        "The company said its profits would fall by a “significant margin” this year.\n\n"
        "Chief executive Ana Ruiz told analysts the slowdown was temporary."
    )
    assert speakers(text, nlp) == ["The company"]
    text = (
        "A spokesman for the ministry said the talks had been “productive.”\n\n"
        "Foreign Minister Ana Ruiz flew to Geneva on Monday."
    )
    assert speakers(text, nlp) == ["A spokesman"]
