"""Rules written in the thirty-eighth pass from the blind sets mixed187 and mixed188 (each measured once on 41a9477
first): a remark between dashes is no subject; a document's author named beside it; a province's demonym and the
country's possessive; a name set off after a place the model ran it into; a given name between a title and the name;
"that is the view of …"; a Maasai particle; an age span. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def test_a_remark_between_dashes_before_the_verb_is_no_subject(nlp):
    text = (
        "Border bill\n\nSen. Tom Whitaker said he was “disappointed.”\n\nAcross the Capitol, Rep. Nadine Whitaker "
        "(D-Texas) — no relation — said the House had no intention of taking up a Senate bill “that can’t even pass "
        "the Senate.”"
    )
    assert speakers(text, nlp)["that can’t even pass the Senate."] == "Nadine Whitaker"


def test_a_documents_author_named_beside_it_speaks_not_who_showed_it(nlp):
    text = (
        "Dam trial\n\nThe plaintiffs' lawyer, Grant Delmar, put a 2019 memo on the screen. The memo, written by the "
        "supervisor, Carl Benning, read: “Gate 3 inoperable. Recommend lowering the pool level until repaired.”"
    )
    assert speakers(text, nlp)["Gate 3 inoperable. Recommend lowering the pool level until repaired."] == (
        "Carl Benning"
    )


def test_a_provinces_demonym_is_the_one_named_after_the_countrys_possessive(nlp):
    text = (
        "Worlds\n\nBERGEN, Norway - Canada's Clara Belmont-Ode won bronze at the world championships on Saturday.\n\n"
        "Japan's Haruka Mizuno won gold and American Kaylee Brandt took silver.\n\n"
        '"When I saw the scores come up, I just started screaming," the Ontarian said.'
    )
    assert (
        "Clara Belmont-Ode" in speakers(text, nlp)["When I saw the scores come up, I just started screaming,"]
    )


def test_a_two_word_provinces_demonym_is_the_one_named_after_the_countrys_possessive(nlp):
    text = (
        "Rowing\n\nCanada's Liam Gaudreau celebrates after winning the single sculls final in Italy on Sunday.\n\n"
        "ORVELLA, Italy — Gaudreau pulled away in the final 500 metres.\n\nHis coach, Rob Venn, said the win was the "
        "product of a decade of work.\n\n"
        '"Last year I was the guy watching other people get medals," the New Brunswicker said.'
    )
    said = speakers(text, nlp)["Last year I was the guy watching other people get medals,"]
    assert "Liam Gaudreau" in said


def test_a_full_name_set_off_after_the_place_opening_the_sentence_is_a_person(nlp):
    text = (
        "Outage\n\nTraders in Lagos say the blackout has lasted nine days.\n\nAt Ogunmade Market, Chinedu Okonkwo, "
        'who runs a frozen food shop, said he had lost goods worth over N1.2m.\n\n"Everything has spoilt. I had to '
        'throw it all away," the 39-year-old said.'
    )
    assert "Chinedu Okonkwo" in speakers(text, nlp)["Everything has spoilt. I had to throw it all away,"]


def test_a_given_name_between_a_title_and_the_tagged_name_belongs_to_it(nlp):
    text = (
        'Slide\n\n"No vehicles were caught in the slide," Cpl. Harjit Sandhu-Kerr of the BC Highway Patrol said.\n\n'
        'Crews worked through the night.\n\n"We will have members at both ends overnight," the corporal added.'
    )
    people = {a.name for a in analyze(text, nlp).actors if a.kind == "person"}
    assert "Harjit Sandhu-Kerr" in people
    assert "Harjit Sandhu-Kerr" in speakers(text, nlp)["We will have members at both ends overnight,"]


def test_that_is_the_view_of_names_who_said_the_quote_before_it(nlp):
    text = (
        'Port upgrade\n\n"Nobody is against the investment," Ms Ní Bhriain told this newspaper.\n\n'
        '"Every hour a lorry sits on that quay is money out of somebody\'s pocket" - that is the view of Ivan '
        "McCandless, who runs a freight firm with his brother."
    )
    said = speakers(text, nlp)["Every hour a lorry sits on that quay is money out of somebody's pocket"]
    assert said == "Ivan McCandless"


def test_a_maasai_particle_stays_inside_the_name(nlp):
    text = (
        "Tea prices\n\nIn a statement on Monday, Agriculture Cabinet Secretary Dr Samuel ole Kantai said the "
        'government was watching prices.\n\n"We urge farmers not to uproot their tea," the statement read.'
    )
    assert "Samuel ole Kantai" in {a.name for a in analyze(text, nlp).actors if a.kind == "person"}


def test_an_age_span_noun_is_never_one_given_an_age_outside_it(nlp):
    text = (
        "Skydive at 100\n\nMargaret Holt was strapped to a tandem instructor on Saturday.\n\nTandem instructor Jamie "
        "Grant, 34, who has made more than 4,000 jumps, said the centenarian was 'the calmest passenger I've ever "
        "had'.\n\nThe jump raised more than £6,400 for charity.\n\nAsked the secret to a long life, the centenarian "
        "didn't hesitate: 'Gin on a Friday, church on a Sunday, and never let anybody tell you you're too old.'"
    )
    said = speakers(text, nlp)[
        "Gin on a Friday, church on a Sunday, and never let anybody tell you you're too old."
    ]
    assert said is None or "Grant" not in said
