"""Rule from the twenty-ninth pass's blind set mixed101 (measured once on c281f67): a document "from her" or "from him"
is issued by the person the pronoun stands for by a subject or a chain of he/she ("Ms Kennelly did not give
evidence, but a victim impact statement from her was read to the court by Sgt Aoife Lynch." ¶ "“…,” the statement
read"), never by sex alone. Sentences written for the test; the near miss keeps the old reading."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_statement_from_her_is_the_subjects_statement(nlp):
    text = (
        "Court\n\nMichael Kennelly (47) pleaded guilty to stealing from his father. His sister, Siobhan Kennelly, was "
        "in court.\n\nMs Kennelly did not give evidence, but a victim impact statement from her was read to the court "
        'by Sgt Aoife Lynch.\n\n"My father has forgiven him. I am trying to," the statement read.'
    )
    found = speakers(text, nlp)["My father has forgiven him. I am trying to,"]
    assert found is not None and "Kennelly" in found


def test_a_statement_from_her_with_no_subject_for_her_names_no_one(nlp):
    text = (
        "Court\n\nThe hearing resumed on Tuesday after a long adjournment.\n\n"
        'A statement from her was read to the court.\n\n"I am trying to forgive him," the statement read.'
    )
    assert speakers(text, nlp)["I am trying to forgive him,"] in (None, "the statement")
