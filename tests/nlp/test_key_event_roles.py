"""Rules from the twenty-ninth pass's blind set mixed102 (measured once on c281f67): a live blog's key-event line
after its time stamp ("3:10pm: Premier says ‘every resource’ …") writes its subject as a heading does, and a bare
role with lower-case nouns of its role before it ("Conditions ‘deteriorating’, incident controller says") is a
headline's subject: both stand for the role's one holder. Sentences written for these tests; near misses keep the
old reading."""

from __future__ import annotations

from tests.support.quotes import speakers

_BODY = (
    "Premier Michael Tarrant has spoken to reporters in Melbourne. He says the state has asked for more aircraft.\n\n"
    '"We are throwing all we have at this fire," Mr Tarrant said.\n\n'
    "Incident controller Brendan Fahey said the wind change came through at about 4pm.\n\n"
    '"Conditions are deteriorating. I want to be really clear about that," Mr Fahey said.'
)


def test_a_key_event_after_its_time_stamp_names_the_roles_holder(nlp):
    text = (
        "Bushfire live: homes lost\n\nKey events\n\n3:10pm: Premier says 'every resource' being thrown at fire\n\n"
        "4:52pm: Fire jumps containment line\n\n" + _BODY
    )
    assert speakers(text, nlp)["every resource"] == "Michael Tarrant"


def test_a_bare_role_with_nouns_of_its_role_is_a_headlines_subject(nlp):
    text = (
        "Bushfire live: homes lost\n\n5:20pm\n\nConditions 'deteriorating', incident controller says\n\n"
        + _BODY
    )
    assert speakers(text, nlp)["deteriorating"] == "Brendan Fahey"


def test_a_role_after_an_article_is_no_headlines_subject(nlp):
    text = (
        "Bushfire live: homes lost\n\nA resident said the fire was 'terrifying', the incident controller says.\n\n"
        "Incident controller Brendan Fahey and his deputy, Brendan Moore, both spoke.\n\n"
        "Incident controller Maria Lopez took over at 6pm."
    )
    assert speakers(text, nlp).get("terrifying") != "Brendan Fahey"
