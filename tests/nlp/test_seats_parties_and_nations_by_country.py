"""Rules written in the thirty-seventh pass from the blind sets mixed183 and mixed184 (each measured once on 5c1a871
first): an aspect verb with a thing it goes on with reports no quote; a ward's number picks out no one else; a party's
word the holder was never given is no clash; a nation's noun is the one person after the country's possessive; a
region's demonym of two words. Sentences written for these tests."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_going_on_with_a_thing_reports_no_quote(nlp):
    from bot.nlp.quotes.cues import _goes_on_doing

    doc = nlp(
        'Mr Mwangi said the union would continue with the strike "until the Cabinet Secretary sits down with the '
        'people who actually drive these vehicles."'
    )
    verb = next(t for t in doc if t.lower_ == "continue")
    a = next(t.i for t in doc if t.text == '"') + 1
    b = len(doc) - 1
    assert _goes_on_doing(
        verb, a, b
    )  # the union goes on with the strike; Mr Mwangi's "said" reports the words
    doc = nlp('"We will keep fighting," she continued.')
    verb = next(t for t in doc if t.lower_ == "continued")
    assert not _goes_on_doing(verb, 1, 6)


def test_a_wards_number_picks_out_no_one_else(nlp):
    text = (
        "Rink still closed\n\nBack in 2022, at a packed meeting in the library, Coun. Brent Malloy made a promise.\n\n"
        "I called Malloy this week. To his credit, he didn't dodge.\n\n"
        "“I made that promise in good faith,” the Ward 4 councillor said."
    )
    assert "Brent Malloy" in speakers(text, nlp)["I made that promise in good faith,"]


def test_a_party_word_the_holder_was_never_given_is_no_clash(nlp):
    text = (
        "Anger as village bus route is cut\n\nA rural bus service that has linked the village of Drumkeel with the "
        "county town for almost 20 years is to be cut from six days a week to two, prompting anger from residents, "
        "businesses and local politicians.\n\nLocal Connect, which operates route 512 under contract to the Rural "
        "Transport Authority, said passenger numbers had fallen by 30 per cent since 2019.\n\nLocal TD Colm Ó Briain "
        "raised the matter in the Dáil on Tuesday, asking the Minister for Transport: ‘How is a pensioner supposed to "
        "get to the hospital on a Wednesday?’\n\nMr Ó Briain told this newspaper the cut was ‘a slap in the face’.\n\n"
        "‘They’ll spend millions on cycle lanes in Dublin and they can’t find the price of a diesel bus,’ the "
        "Independent TD said."
    )
    said = speakers(text, nlp)[
        "They’ll spend millions on cycle lanes in Dublin and they can’t find the price of a diesel bus,"
    ]
    assert "Colm Ó Briain" in said


def test_a_nations_noun_is_the_one_named_after_the_countrys_possessive(nlp):
    text = (
        "Pommel horse silver\n\nLiam Okada scored 15.166 in the final, finishing behind Britain's Owen Ashby at "
        '15.300.\n\n"I just wanted to hit my set," Okada said.\n\nAshby, the reigning European champion, praised his '
        'rival. "Liam\'s going to win one of these soon," the Briton said.'
    )
    assert "Owen Ashby" in speakers(text, nlp)["Liam's going to win one of these soon,"]


def test_a_regions_demonym_of_two_words_is_the_one_titled_with_the_region(nlp):
    text = (
        "B.C. gymnast Liam Okada wins pommel horse silver\n\nJAKARTA, Indonesia - Liam Okada became the first "
        "Canadian man in nine years to win a world championship medal on pommel horse.\n\n"
        '"I just wanted to hit my set," Okada said.\n\nThe British Columbian was the second-to-last competitor.\n\n'
        '"There was a lot of noise and I tried to block it out," the British Columbian said.'
    )
    assert "Liam Okada" in speakers(text, nlp)["There was a lot of noise and I tried to block it out,"]


def test_a_bare_role_word_qualifying_the_one_persons_role_is_that_person(nlp):
    text = (
        "Waiting lists\n\nMr Anand Rao-Whitby, a consultant orthopaedic surgeon at St Aldhelm’s Hospital in Bristol, "
        "said: ‘I am seeing patients who were walking with a stick when they were referred.’\n\n"
        "The consultant said the problem was not a shortage of surgeons but of beds. ‘I have lists cancelled because "
        "there is no bed,’ the consultant said."
    )
    assert "Anand Rao-Whitby" in speakers(text, nlp)["I have lists cancelled because there is no bed,"]
