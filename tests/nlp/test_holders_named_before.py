"""A rule from mixed111 (measured once on the thirtieth pass's final code 9c4e035): a definite role description points
back, so of two holders of a role ("coach Tamara Reyes" before the quote, "Carver Tech coach Steve Lindqvist" after
it) "the coach" is the one named before it; when none was, every holder still counts. Sentences written for the
test."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_the_coach_is_the_holder_named_before_the_description(nlp):
    text = (
        "Monroe sisters lift Ridgeway State\n\nRidgeway State trailed 62-53 when coach Tamara Reyes called timeout with "
        "7:40 to play.\n\n\"I told them, 'Get one stop,'\" Reyes said.\n\nSophomore forward Hannah Voss blocked a shot "
        "on the next possession, and Jada Monroe hit a 3 from the left wing. Then another. Then a third, which tied "
        'the game at 62.\n\n"Those are shots she makes every day in practice," the coach said.\n\n'
        'Carver Tech coach Steve Lindqvist said his team "got comfortable" with the lead.'
    )
    assert (
        speakers(text, nlp)["Those are shots she makes every day in practice,"] == "the coach, Tamara Reyes"
    )
    # two coaches named before it, neither the narration's subject: no guess
    both = (
        "Final\n\nRidgeway State coach Tamara Reyes and Carver Tech coach Steve Lindqvist shook hands before the game. "
        "Jada Monroe hit a 3 from the left wing. Then another. Then a third, which tied the game at 62.\n\n"
        '"Those are shots she makes every day in practice," the coach said.'
    )
    assert speakers(both, nlp)["Those are shots she makes every day in practice,"] == "the coach"
