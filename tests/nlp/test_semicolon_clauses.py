"""Rule from the twenty-ninth pass's blind set mixed102 (measured once on c281f67): a fragment's cue in a clause
before a semicolon is not reported by the verb after it, however the parser hung the first clause on the second's
verb ("He accused her of “grandstanding” …; she responded that …"). Sentences written for the test; the near miss
(a report inside one clause) keeps the reporter."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_cue_before_a_semicolon_is_not_reported_by_the_clause_after_it(nlp):
    text = (
        "Council\n\nCouncil member Derek Ashby said the rate increase was too steep.\n\n"
        "Councilwoman Patrice Holloway pushed back. She noted that two boil-water advisories were issued in her ward.\n\n"
        "Ashby and Holloway have clashed repeatedly this year, most recently over the city's parking contract. He "
        'accused her of "grandstanding" during a May work session; she responded that he "discovers fiscal '
        "responsibility whenever it's convenient.\""
    )
    assert speakers(text, nlp)["grandstanding"] == "Derek Ashby"


def test_a_report_inside_one_clause_keeps_its_reporter(nlp):
    text = (
        "Council\n\nCouncil member Derek Ashby said the rate increase was too steep.\n\n"
        'Councilwoman Patrice Holloway said Ashby had called the plan "a disgrace" at the May work session.'
    )
    assert speakers(text, nlp)["a disgrace"] == "Patrice Holloway"
