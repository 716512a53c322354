"""Entity text to a normalised name and its mentions (``bot.nlp.actors.names``), on sentences written
for these tests."""

from __future__ import annotations

from bot.nlp.actors import build_actors, normalise_name
from bot.nlp.actors.names import (
    _demonym_lead,
    _first_name_before_middle,
    _line_part,
    _participle_lead,
    _possessive_parts,
    _run_over_a_verb,
    find_mentions,
)


def test_possessive_span_keeps_the_person():
    assert normalise_name("Justin Trudeau’s Liberals")[0] == "Justin Trudeau"
    assert normalise_name("Donald Trump‘s")[0] == "Donald Trump"
    assert normalise_name("Khaled Belkacemi,60")[0] == "Khaled Belkacemi"
    assert normalise_name("’s Trudeau")[0] == "Trudeau"


def test_role_title_is_not_part_of_the_name():
    assert normalise_name("Chef Ana Torres")[0] == "Ana Torres"
    assert normalise_name("Councillor Maria Keller")[0] == "Maria Keller"


def test_surname_doubled_by_a_joined_line():
    assert normalise_name("Maria Keller Keller")[0] == "Maria Keller"
    assert normalise_name("Sirhan Sirhan")[0] == "Sirhan Sirhan"  # a real double name stays


def test_name_run_across_a_line_keeps_one_line(nlp):
    text = "Record crowds at the fair\nAna Costa said the gates opened early."
    doc = nlp(text)

    start = next(t.i for t in doc if t.text == "fair")
    end = next(t.i for t in doc if t.text == "Costa") + 1
    a, b = _line_part(doc, start, end)
    assert doc[a:b].text == "Ana Costa"


def test_given_name_left_out_of_the_entity_joins_it(nlp):
    text = "Council approved the budget. Mayor Ana Costa said the city would hire 40 nurses. Costa thanked staff."
    got = {a.name: a.kind for a in build_actors(nlp(text)).public()}
    assert got.get("Ana Costa") == "person"
    assert "Costa" not in got


def test_possessive_inside_an_entity_splits_off_the_person(nlp):
    doc = nlp("The goal came from Vancouver's Rudi Kovac. Kovac said it was lucky.")
    at = doc.text.index("Vancouver")
    ent = doc.char_span(at, doc.text.index(". Kovac"), label="ORG")
    parts = _possessive_parts(doc, ent, {"Kovac"})
    assert [(doc[s:e].text, label) for s, e, label in parts] == [
        ("Vancouver", "ORG"),
        ("Rudi Kovac", "PERSON"),
    ]
    doc = nlp("The Liberals lost to Blaine Higgins' Tories.")
    at = doc.text.index("Blaine")
    ent = doc.char_span(at, doc.text.index("."), label="ORG")
    parts = _possessive_parts(doc, ent, set())
    assert ("Blaine Higgins", "PERSON") in [(doc[s:e].text, label) for s, e, label in parts]
    doc = nlp("Toronto's City Hall is shut.")
    ent = doc.char_span(0, doc.text.index(" is"), label="FAC")
    assert _possessive_parts(doc, ent, set()) is None


def test_nationality_before_a_full_name_is_left_out(nlp):
    doc = nlp("He will play alongside fellow Canadians Michael Vance and Tom Reyes.")
    at = doc.text.index("Canadians")
    span = doc.char_span(at, doc.text.index(" and"))
    assert _demonym_lead(doc, span.start, span.end)
    doc = nlp("Brian Tom Reyes spoke.")
    assert not _demonym_lead(doc, 0, 3)  # "Brian" is a given name, not a nationality


def test_a_singular_nationality_before_a_full_name_is_left_out(nlp):
    doc = nlp("In the final she meets 12th-seeded American Maria Delgado, who won in Miami.")
    at = doc.text.index("American")
    span = doc.char_span(at, doc.text.index(","))
    assert _demonym_lead(doc, span.start, span.end)
    doc = nlp("Dean Maria Delgado spoke.")
    assert not _demonym_lead(doc, 0, 3)  # "Dean" is a given name


def test_a_nationality_with_its_article_before_a_full_name_is_left_out(nlp):
    """ "the American Tyler Brandt" tagged an organisation, article and all: a person, Tyler Brandt."""
    from bot.nlp.actors.names import find_mentions

    doc = nlp("Two shots back is the American Tyler Brandt, whose caddie chased a flag.")
    people = [m for m in find_mentions(doc) if m.label == "PERSON"]
    assert [doc[m.start : m.end].text for m in people] == ["Tyler Brandt"]


def test_a_participle_opening_the_sentence_is_not_part_of_the_name(nlp):
    doc = nlp("Jailing Patrick Doyle, Judge Anne Reilly said the offences were grave.")
    span = doc.char_span(0, doc.text.index(","), label="PERSON")
    assert _participle_lead(doc, span.start, span.end)
    doc = nlp("Sterling Moss, a driver, won the race.")
    span = doc.char_span(0, doc.text.index(","), label="PERSON")
    assert not _participle_lead(doc, span.start, span.end)  # a given name


def test_a_first_name_cut_off_before_a_middle_name_joins_the_name(nlp):
    from spacy.tokens import Doc

    words = ["Harriet", "Anne", "Colby", ",", "teacher", ",", "born", "1937"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "PUNCT", "VERB", "NUM"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, pos=pos, ents=ents)  # the model cut "Harriet" off
    assert _first_name_before_middle(doc, 1)
    assert [m.norm for m in find_mentions(doc)] == ["Harriet Anne Colby"]
    words[0], pos[0] = "Tuesday", "PROPN"
    doc = Doc(nlp.vocab, words=words, pos=pos, ents=ents)
    assert not _first_name_before_middle(doc, 1)  # "Tuesday" is no given name


def test_titles_and_possessives_dropped():
    assert normalise_name("President Maria Alves")[0] == "Maria Alves"
    assert normalise_name("Mr. Tomas Haller")[0] == "Tomas Haller"
    assert normalise_name("Secretary Jane Doe’s")[0] == "Jane Doe"
    assert normalise_name("Russian President Ivan Petrov")[0] == "Ivan Petrov"
    assert normalise_name("Garda Sergeant Aoife Nolan")[0] == "Aoife Nolan"
    assert normalise_name("the Senate's", "ORG")[0] == "Senate"


def test_title_gives_gender_hint():
    assert normalise_name("Mrs. Jane Doe")[1] == "f"
    assert normalise_name("Mr. John Doe")[1] == "m"


def test_symbols_at_either_end_are_no_part_of_a_name():
    """A review's star rating run into the venue line ("Tramway, Glasgow ★★★☆☆") or a bullet before a
    name is dropped from it."""
    assert normalise_name("Glasgow ★★★☆☆")[0] == "Glasgow"
    assert normalise_name("• Ana Ruiz")[0] == "Ana Ruiz"
    assert normalise_name("★★★★★")[0] == ""


def test_an_imperative_opening_a_sentence_is_no_name(nlp):
    """ "Mark my words": a verb before an object or possessive pronoun, not a person called Mark."""
    from bot.nlp.actors.names import find_mentions

    doc = nlp("The numbers do not add up. Mark my words, there will be a mini-budget before December.")
    assert all(doc[m.start : m.end].text != "Mark" for m in find_mentions(doc))
    doc = nlp("Mark Ellison said the numbers did not add up.")
    assert [doc[m.start : m.end].text for m in find_mentions(doc)] == ["Mark Ellison"]


def test_titles_of_other_countries_are_no_part_of_the_name():
    assert normalise_name("Datuk Seri Azlan Harun")[0] == "Azlan Harun"
    assert normalise_name("Tan Sri Dr Wong Kah Seng")[0] == "Wong Kah Seng"
    assert normalise_name("Dato' Sri Aminah Yusof")[0] == "Aminah Yusof"
    assert normalise_name("Toh Puan Rohani Said")[0] == "Rohani Said"
    assert normalise_name("Ceann Comhairle Donal Furey")[0] == "Donal Furey"
    assert normalise_name("Labour TD Cathal Brennan")[0] == "Cathal Brennan"
    assert normalise_name("Smt Lakshmi Deshmane") == ("Lakshmi Deshmane", None)
    assert normalise_name("Tan Sri")[0] == ""  # a rank alone names no one
    # a title that is a given name too goes only before a given name and a surname
    assert normalise_name("Adi Mereani Tuilagi")[0] == "Mereani Tuilagi"
    assert normalise_name("Ratu Semi Tamani")[0] == "Semi Tamani"
    assert normalise_name("Adi Brennan")[0] == "Adi Brennan"
    # the words of a two-word title are names alone
    assert normalise_name("Tan Mei Ling")[0] == "Tan Mei Ling"
    assert normalise_name("Sri Ramaswamy")[0] == "Sri Ramaswamy"


def _with_ents(nlp, text: str, *ents: tuple[str, str]):
    """``text`` parsed, with only the entities ``(surface, label)`` given, in their order in the text."""
    doc, spans, at = nlp(text), [], 0
    for s, label in ents:
        at = text.index(s, at)
        spans.append(doc.char_span(at, at + len(s), label=label, alignment_mode="expand"))
        at += len(s)
    doc.ents = spans
    return doc


def test_a_person_entity_of_titles_only_takes_the_name_after_it(nlp):
    text = "Its minister Datuk Seri Azlan Harun said the ministry had received 900 complaints."
    doc = _with_ents(nlp, text, ("Datuk Seri", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Azlan Harun"]
    text = "Union president Tan Sri Dr Wong Kah Seng welcomed the move."
    doc = _with_ents(nlp, text, ("Tan Sri", "PERSON"), ("Wong Kah Seng", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Wong Kah Seng"]
    text = "The Taoiseach said the plan was working. Taoiseach was heckled."
    doc = _with_ents(nlp, text, ("Taoiseach", "PERSON"))
    assert find_mentions(doc) == []


def test_a_title_that_is_a_given_name_too_goes_wherever_the_article_uses_it_as_one(nlp):
    text = "Another grower, Ratu Semi Tamani of Nailaga, spoke. “We wait,” Ratu Semi said."
    doc = _with_ents(nlp, text, ("Ratu Semi Tamani", "PERSON"), ("Ratu Semi", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Semi Tamani", "Semi"]
    text = "Adi Brennan spoke first. “We wait,” Adi Brennan said."
    doc = _with_ents(nlp, text, ("Adi Brennan", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Adi Brennan"]


def test_a_portfolio_run_into_the_name_after_a_title_leaves_the_name_a_person(nlp):
    text = "Secretary for Transport Helen Tse Kit-ying told lawmakers the line would open late."
    doc = _with_ents(nlp, text, ("Transport Helen Tse Kit-ying", "ORG"))
    assert [(m.norm, m.label) for m in find_mentions(doc)] == [("Helen Tse Kit-ying", "PERSON")]
    text = "Minister of Finance Ana Ruiz said the budget was balanced."
    doc = _with_ents(nlp, text, ("Finance Ana Ruiz", "ORG"))
    assert [(m.norm, m.label) for m in find_mentions(doc)] == [("Ana Ruiz", "PERSON")]
    # no title before "of": an organisation's name
    text = "The Bank of Transport Helen Tse said nothing."
    doc = _with_ents(nlp, text, ("Transport Helen Tse", "ORG"))
    assert [m.label for m in find_mentions(doc)] == ["ORG"]


def test_a_double_given_name_cut_at_its_hyphen_is_whole(nlp):
    text = "Processors will suffer. Jan-Erik Lunde, chief executive of a processor, said so."
    doc = _with_ents(nlp, text, ("Erik Lunde", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Jan-Erik Lunde"]
    text = "Hundreds of Anti-Varga marchers filled the square."
    doc = _with_ents(nlp, text, ("Varga", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Varga"]


def test_a_hyphenated_given_name_left_after_a_surname_joins_it(nlp):
    text = "The team's head coach Kim Do-yoon said the draft changed."
    doc = _with_ents(nlp, text, ("Kim", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Kim Do-yoon"]
    text = "Officials met Wong Siu-fan, who has waited six years."
    doc = _with_ents(nlp, text, ("Wong", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Wong Siu-fan"]
    # a capitalised word after the hyphen is a double surname's, left to that rule
    text = "Dr Ana Ruiz said so."
    doc = _with_ents(nlp, text, ("Ana Ruiz", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Ana Ruiz"]


def test_an_occupation_opening_a_full_name_is_dropped_like_a_title():
    assert normalise_name("Volcanologist Haraldur Ingi Ólafsson")[0] == "Haraldur Ingi Ólafsson"
    assert normalise_name("Paediatrician Amara Obi")[0] == "Amara Obi"
    assert normalise_name("Forward Ana Ruiz")[0] == "Ana Ruiz"
    # before one word only, or a short word with the ending by chance, it stays
    assert normalise_name("Forward Ruiz")[0] == "Forward Ruiz"
    assert normalise_name("Patrician Jones")[0] == "Patrician Jones"


def test_a_hyphenated_given_name_cut_after_its_first_half_is_whole(nlp):
    text = "At the back of the shop, Wong Kam-sing folds wonton skins."
    doc = _with_ents(nlp, text, ("Wong Kam", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Wong Kam-sing"]
    text = "The striker Park Ji-hoon said the pitch was heavy."
    doc = _with_ents(nlp, text, ("Park Ji", "PERSON"))
    assert [m.norm for m in find_mentions(doc)] == ["Park Ji-hoon"]
    # an English compound after a name stays out, and so does a lone word's
    for text, ent in [
        ("It was a Donald Trump-style rally.", "Donald Trump"),
        ("The Ana Ruiz-led review found nothing.", "Ana Ruiz"),
        ("He gave a Kim-style speech.", "Kim"),
    ]:
        doc = _with_ents(nlp, text, (ent, "PERSON"))
        assert [m.norm for m in find_mentions(doc)] == [ent], text


def test_a_given_name_outweighs_a_sexed_role_title_but_not_a_courtesy_title():
    """ "alderman Sharon Boyd": many papers write the -man titles for women, so a near-certain given name
    of the other sex gives the hint; a courtesy title ("Mr") still does."""
    from bot.nlp.actors.names import _given_name_over_role

    assert _given_name_over_role(["alderman"], "Sharon Boyd", "m") == "f"
    assert _given_name_over_role(["Chairman"], "Margaret Hale", "m") == "f"
    assert _given_name_over_role(["Mr"], "Sharon Boyd", "m") == "m"
    assert _given_name_over_role(["alderman"], "Boyd", "m") == "m"  # no given name: the title's hint


def test_a_given_name_tagged_a_place_or_a_product_before_and_and_a_full_name_shares_the_surname(nlp):
    """ "Harish and Kavita Mehta" ("Harish" tagged a place), "Suresh and Anjali Desai" ("Suresh" a
    product): a couple named with one surname, as "Colin and Elaine Dunmore" is."""
    from tests.support.actors import people

    text = "Outside the temple stood Harish and Kavita Mehta, who moved to Leicester in 1975."
    assert {"Harish Mehta", "Kavita Mehta"} <= people(text, nlp)
    text = "Waiting at the gate were Suresh and Anjali Desai, married for fifty years."
    assert {"Suresh Desai", "Anjali Desai"} <= people(text, nlp)


def test_an_irish_particle_never_ends_a_name_and_letters_after_a_body_tagged_name_go(nlp):
    from tests.support.actors import people

    found = people("Sinn Féin housing spokesman Eoin Ó Murchú TD rejected that account in the Dáil.", nlp)
    assert "Eoin Ó Murchú" in found and "Eoin Ó" not in found
    found = people("Labour's Aoife Breathnach-Kelly TD said her party had tabled just 31 amendments.", nlp)
    assert "Aoife Breathnach-Kelly" in found


def test_an_entity_run_over_a_verb_splits_off_the_person(nlp):
    """ "Summerland passed Émilie Beauregard of Sherbrooke", tagged one organisation: a name holds no
    finite verb; the full name after it is a person."""
    doc = nlp("The 29-year-old from Summerland passed Émilie Beauregard of Sherbrooke on the final stretch.")
    at = doc.text.index("Summerland")
    ent = doc.char_span(at, doc.text.index(" on the"), label="ORG")
    parts = _run_over_a_verb(doc, ent)
    assert [(doc[s:e].text, label) for s, e, label in parts] == [
        ("Summerland", "ORG"),
        ("Émilie Beauregard", "PERSON"),
    ]
    doc = nlp("Smith passed the ball to Jones.")
    ent = doc.char_span(0, doc.text.index(" to"), label="ORG")
    assert _run_over_a_verb(doc, ent) is None  # no full name after the verb


def test_a_person_entity_ended_before_name_particles_takes_the_surname(nlp):
    """ "Belgian Jasper Van" tagged, "den Bossche" left out: the particles and the capitalised word after
    them are the surname's."""
    from spacy.tokens import Doc

    words = ["Belgian", "Jasper", "Van", "den", "Bossche", "won", "the", "stage", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents)
    people = [m.norm for m in find_mentions(doc) if m.label == "PERSON"]
    assert people == ["Jasper Van den Bossche"]


def test_a_fathers_name_after_bin_is_no_surname(nlp):
    """ "Haji Mohd Rosli" tagged, "bin Pengiran Haji Abdul Hamid" after it: "bin" opens the father's name; the
    word after it is no surname of the person's own name."""
    from spacy.tokens import Doc

    words = ["Haji", "Mohd", "Rosli", "bin", "Pengiran", "Haji", "Abdul", "Hamid", "said", "so", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, ents=ents)
    assert [m.norm for m in find_mentions(doc) if m.label == "PERSON"] == ["Haji Mohd Rosli"]
