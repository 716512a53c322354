"""British and US council titles ("Cllr", "Councilor") are titles, not given names: the name
shown is the person's own and the given name after the title gives the pronoun its person."""

from __future__ import annotations

from tests.support.quotes import rule_quotes

TEXT = (
    "Ruth Okafor, 64, has run the corner shop on Mill Lane since 1990. She said trade had halved.\n\n"
    "Conservative group leader Cllr Helen Marsh called the closure plan ‘a slap in the face’.\n\n"
    "‘Nobody on this estate was asked what they wanted,’ she said."
)


def test_cllr_is_dropped_from_the_name_and_the_pronoun_finds_her(nlp):
    quotes = [(q.quote, q.speaker) for q in rule_quotes(TEXT, nlp)]
    assert ("Nobody on this estate was asked what they wanted,", "Helen Marsh") in quotes


def test_councilor_is_a_title(nlp):
    text = "“We will not raise the levy again,” Councilor Dana Whitfield said on Monday."
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["Dana Whitfield"]


def test_australian_cr_is_a_title_and_post_nominals_are_dropped():
    from bot.nlp.actors import normalise_name

    assert normalise_name("Cr Jenny Quill")[0] == "Jenny Quill"
    assert normalise_name("Rachel Dunmore KC")[0] == "Rachel Dunmore"
    assert normalise_name("Anna Lowe MSP")[0] == "Anna Lowe"
    assert normalise_name("Liberal MP")[0] == "Liberal MP"  # no name before the letters: kept whole
    assert normalise_name("Martin Luther King Jr.")[0] == "Martin Luther King Jr."
