"""Whom an unnamed spokesperson speaks for when the cue names no body: the organisation noun before the
noun ("a council spokesperson") or the organisation the paragraph has just made its subject."""

from __future__ import annotations

from tests.support.quotes import rule_quotes, speakers


def test_an_organisation_noun_before_the_spokesperson_names_the_body(nlp):
    text = (
        "Galway County Council plans to close the public toilets in Clifden from November.\n\n"
        "A council spokesperson said footfall figures showed the toilets were little used. “The council is "
        "committed to providing facilities where they are needed,” the spokesperson said."
    )
    found = speakers(text, nlp)
    assert found["The council is committed to providing facilities where they are needed,"] == (
        "the Galway County Council spokesperson"
    )


def test_a_spokesperson_after_the_paragraphs_subject_speaks_for_it(nlp):
    text = (
        "Lawmakers heard two hours of testimony on the bill.\n\n"
        "The Delaware Department of Education did not take a position on the bill. In a statement, a "
        "spokesperson said the department “shares the goal of strong early literacy”."
    )
    assert speakers(text, nlp)["shares the goal of strong early literacy"] == (
        "a Delaware Department of Education spokesperson"
    )


def test_a_spokesperson_in_a_new_paragraph_names_no_earlier_body(nlp):
    """The body must be written in the spokesperson's own paragraph: a new paragraph may be anyone's."""
    text = (
        "The Delaware Department of Education did not take a position on the bill.\n\n"
        "“We will read it closely,” a spokesperson said."
    )
    assert speakers(text, nlp)["We will read it closely,"] == "a spokesperson"


def test_a_spokesperson_for_someone_stays_theirs(nlp):
    text = (
        "The Delaware Department of Education did not take a position on the bill. A spokesperson for the "
        "governor said she would “look at it carefully”."
    )
    assert "Delaware" not in (speakers(text, nlp)["look at it carefully"] or "")


def test_a_spokesperson_for_the_fund_speaks_for_the_fund_the_article_names(nlp):
    text = (
        "Theatre\n\nThe play received $40,000 from the Plateau Arts Fund last spring.\n\n"
        "A spokesperson for the fund said in an email the project “shows exactly what site-specific work can do.”"
    )
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["a Plateau Arts Fund spokesperson"]


def test_the_statement_of_a_fronted_reaction_is_the_bodys_that_said_it(nlp):
    """ "Reacting in a statement …, the party said": the statement is the party's, so "The statement read"
    speaks for the party the article names."""
    text = (
        "The Peoples Democratic Party in Enugu State has said it will not be intimidated by the defection.\n\n"
        "Reacting in a statement signed by its Publicity Secretary, Comrade Ifeanyi Okoro, and made available to "
        "journalists on Wednesday, the party said the defection would have no effect on its fortunes.\n\n"
        'The statement read in part, "The PDP in Enugu State remains strong, united and focused."'
    )
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["the statement from Peoples Democratic Party"]


def test_a_written_decision_speaks_for_the_board_that_issued_it(nlp):
    text = (
        "The Yukon Water Board has approved a licence for the Kluane Creek mine.\n\n"
        'In its written decision, the board said the licence includes "some of the most stringent water '
        'quality conditions" it has ever attached to a mine.\n\n'
        'The decision acknowledges that the First Nation "holds a sincere and well-founded concern" about '
        "the project."
    )
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["holds a sincere and well-founded concern"] == "the decision from Yukon Water Board"


def test_a_magazine_speaks_through_the_critic_of_its_review(nlp):
    text = (
        "Music\n\nMarsh's fourth album was released in March. Pitch & Groove magazine called it “a record about "
        "leaving that keeps turning around to look back,” in a review by critic Lydia Crane."
    )
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["Lydia Crane"]
