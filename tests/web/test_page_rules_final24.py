"""Page rules from the end page set pages_final24 (issue 16's thirteenth pass), on lines written for them."""

from __future__ import annotations

from bot.web.page_rules import furniture_rule


def test_a_sign_up_in_person_or_to_speak_is_no_call_to_action():
    """A blog's closing paragraph telling readers they can sign up at the door to speak is the article's;
    a newsletter's sign-up call is still furniture."""
    assert (
        furniture_rule(
            "The full budget comes back for a final vote on December 15. Public comment is allowed at that "
            "meeting, and you can sign up at the door starting at 5:30."
        )
        is None
    )
    assert furniture_rule("You can sign up to speak at the hearing by calling the clerk's office.") is None
    assert furniture_rule("Sign up for our newsletter and get the news in your inbox.") is not None
    assert furniture_rule("You can sign up for our free morning newsletter here.") is not None
