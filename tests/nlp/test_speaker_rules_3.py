"""Speaker rules for faults a fresh held-out set showed (issue 16, mixed5), on sentences written for them.

Kept apart from ``test_quotes.py`` so parallel work on that file does not collide.
"""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in rule_quotes(text, nlp)}


def test_an_abbreviated_title_after_the_cue_gives_the_name_after_it(nlp):
    """ "said Const. Maya Trudel": the parser ends the sentence at the title's full stop and makes the
    title the subject; the person named after it speaks, not "Const"."""
    text = (
        "Two men were arrested after a fight outside a bar on Front Street, police said.\n\n"
        "“Both were taken to hospital with minor injuries,” said Const. Lena Marchetti, a spokesperson "
        "for the service. “Neither is cooperating with us.”"
    )
    found = speakers(text, nlp)
    assert found["Both were taken to hospital with minor injuries,"] == "Lena Marchetti"
    assert found["Neither is cooperating with us."] == "Lena Marchetti"
