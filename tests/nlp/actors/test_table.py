"""Which actors the table lists (``bot.nlp.actors.table``): lone unsupported words and bare names two
listed people share left out; on sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.table import ActorRec, ActorTable
from tests.support.actors import people


def test_lone_word_mentioned_once_without_evidence_is_not_listed(nlp):
    text = "John Harwell opened the cafe on Monday. Customers said Zelmo was the best thing on the menu."
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == ["John Harwell", "Zelmo"]
    got = people(text, nlp)
    assert "John Harwell" in got
    assert "Zelmo" not in got


def test_lone_surname_with_a_title_or_quote_is_listed(nlp):
    got = people("The hearing ended early. Mr. Okafor left without comment.", nlp)
    assert "Okafor" in got


def test_lone_common_given_name_is_listed(nlp):
    text = "Nurses worked double shifts at the clinic. Later that week Sandra stayed until midnight."
    assert "Sandra" in people(text, nlp)


def test_bare_surname_two_listed_people_share_is_not_listed_even_when_quoted():
    t = ActorTable(
        actors=[
            ActorRec("Kevin Harlan", "person", mentions=3),
            ActorRec("Andrew Harlan", "person", mentions=1),
            ActorRec("Harlan", "person", mentions=4),
        ]
    )
    assert [a.name for a in t.public()] == ["Kevin Harlan", "Andrew Harlan"]
    t.actors[2].quotes = 1  # a quote credited to the bare word: still one of the two, not a third
    assert [a.name for a in t.public()] == ["Kevin Harlan", "Andrew Harlan"]


def test_bare_given_name_two_listed_people_share_is_not_listed():
    t = ActorTable(
        actors=[
            ActorRec("George Pullman", "person", mentions=3),
            ActorRec("George Garrison", "person", mentions=1),
            ActorRec("George", "person", mentions=5),
        ]
    )
    assert [a.name for a in t.public()] == ["George Pullman", "George Garrison"]


def test_a_surname_of_several_words_two_listed_people_share_is_not_listed():
    # "Ó Murchú" of Bríd and Seán Ó Murchú, "der Hoek" of Pieter and Anneke van der Hoek: one of the two
    t = ActorTable(
        actors=[
            ActorRec("Bríd Ó Murchú", "person", mentions=3),
            ActorRec("Seán Ó Murchú", "person", mentions=1),
            ActorRec("Ó Murchú", "person", mentions=4, quotes=2),
            ActorRec("Pieter van der Hoek", "person", mentions=2),
            ActorRec("Anneke van der Hoek", "person", mentions=1),
            ActorRec("der Hoek", "person", mentions=2),
        ]
    )
    assert [a.name for a in t.public()] == [
        "Bríd Ó Murchú",
        "Pieter van der Hoek",
        "Seán Ó Murchú",
        "Anneke van der Hoek",
    ]
    # near miss: a surname of several words one listed person holds is that person's, and listed
    t = ActorTable(
        actors=[
            ActorRec("Bríd Ó Murchú", "person", mentions=3),
            ActorRec("Ó Murchú", "person", mentions=4, quotes=2),
        ]
    )
    assert [a.name for a in t.public()] == ["Ó Murchú", "Bríd Ó Murchú"]


def test_what_a_family_calls_a_relative_is_no_name_to_list():
    t = ActorTable(
        actors=[
            ActorRec("Morag Lennox", "person", mentions=3),
            ActorRec("Mum", "person", mentions=2, quotes=1),
            ActorRec("Grandad", "person", mentions=1),
        ]
    )
    assert [a.name for a in t.public()] == ["Morag Lennox"]


def test_a_speaker_added_with_an_institution_name_is_an_organisation():
    t = ActorTable()
    i = t.add_person("Carers Trust UK", [4, 5, 6])
    j = t.add_person("Ashby Town", [9, 10])
    k = t.add_person("Ryan Hall", [12, 13])
    assert [t.actors[x].kind for x in (i, j, k)] == ["organization", "organization", "person"]


def test_a_speaker_whose_name_is_inside_a_company_name_is_that_company():
    """ "Valley Leisure said" beside "Cerrig Valley Leisure Ltd": the parser cut a word off the body."""
    t = ActorTable()
    t.add_organisation("Cerrig Valley Leisure Ltd", [1, 2, 3, 4])
    i = t.add_person("Valley Leisure", [20, 21])
    assert (t.actors[i].kind, t.actors[i].name) == ("organization", "Cerrig Valley Leisure Ltd")
    # a "body" whose name ends in no institution's word is a person the model tagged otherwise
    t = ActorTable()
    t.add_organisation("Cathal Mac Giolla Bhride", [1, 2, 3, 4])
    i = t.add_person("Mac Giolla Bhride", [20, 21, 22])
    assert t.actors[i].kind == "person"
    # a name opening with a common given name stays a person
    t = ActorTable()
    t.add_organisation("The Paul Smith Foundation", [1, 2, 3, 4])
    assert t.actors[t.add_person("Paul Smith", [20, 21])].kind == "person"


def _lone(table: ActorTable, name: str, tokens: list[int]) -> int:
    table.actors.append(ActorRec(name=name, kind="person", mentions=len(tokens), first=tokens[0]))
    idx = len(table.actors) - 1
    for t in tokens:
        table.tok2actor[t] = idx
    return idx


def test_lone_word_never_written_as_a_person_is_not_listed():
    t = ActorTable()
    _lone(t, "Kelbrook", [3, 20])  # "the herbarium at Kelbrook", "a Kelbrook legend"
    _lone(t, "Varga", [5, 30])
    t.subjects.add(30)  # "Varga said": a clause subject
    _lone(t, "Okafor", [8, 40])
    t.personal.add(8)  # "President Okafor", "Okafor's", "Lee and Okafor"
    assert [a.name for a in t.public()] == ["Varga", "Okafor"]


def test_lone_words_by_how_the_article_writes_them(nlp):
    text = "Officers were called to Briggs at 2am. A takeaway on Briggs stayed open."
    assert [e.label_ for e in nlp(text).ents if e.text == "Briggs"] == ["PERSON", "PERSON"]
    assert "Briggs" not in people(text, nlp)
    text = "Officers were called to Briggs at 2am. Briggs said the takeaway stayed open."
    assert "Briggs" in people(text, nlp)


def test_a_hong_kong_surname_before_a_hyphenated_given_name_is_shared_or_linked():
    # "English name, surname, Chinese given name": the surname is the second word
    t = ActorTable(
        actors=[
            ActorRec("Ricky Ho Wai-ming", "person", mentions=2),
            ActorRec("Joyce Ho Hoi-yan", "person", mentions=1),
            ActorRec("Ho", "person", mentions=4),
        ]
    )
    assert [a.name for a in t.public()] == ["Ricky Ho Wai-ming", "Joyce Ho Hoi-yan"]
    from bot.nlp.actors.build import Build

    b = Build(doc=None, mentions=[], canon_full={"Helen Tse Kit-ying", "Mary Tse"})
    assert b.person_target("Tse") is None  # two people of that surname
    b = Build(doc=None, mentions=[], canon_full={"Helen Tse Kit-ying", "Ricky Ho Wai-ming"})
    assert b.person_target("Tse") == "Helen Tse Kit-ying"
    assert b.person_target("Kit-ying") == "Helen Tse Kit-ying"
    assert b.person_target("Wai") is None


def test_a_generation_suffix_is_no_end_a_lone_name_stands_for():
    from bot.nlp.actors.table import name_ends

    assert name_ends(["Curtis", "Pennington", "Jr."]) == {"Curtis", "Pennington"}
    assert name_ends(["Joseph", "R.", "Biden", "Jr."]) == {"Joseph", "Biden"}
    assert name_ends(["Ana", "Ruiz"]) == {"Ana", "Ruiz"}


def test_a_surname_a_father_and_son_share_joins_neither(nlp):
    from bot.nlp.actors import build_actors

    text = (
        "Curtis Pennington Jr. spoke first. His father, Curtis Pennington Sr., spoke next. "
        "Pennington thanked the crowd."
    )
    doc = nlp(text)
    table = build_actors(doc)
    lone = doc.char_span(text.rindex("Pennington"), text.rindex("Pennington") + len("Pennington"))
    idx = table.tok2actor.get(lone.start)
    assert idx is None or table.actors[idx].name == "Pennington"


def test_the_first_of_two_surnames_stands_for_the_whole_name():
    """Spanish and Portuguese names are shortened to the first surname ("Acuña" of "Ramón Acuña
    Villalba"); a second given name is no surname ("Ann" of "Mary Ann Hale")."""
    from bot.nlp.actors.table import name_ends

    assert "Acuña" in name_ends(["Ramón", "Acuña", "Villalba"])
    assert "Ann" not in name_ends(["Mary", "Ann", "Hale"])
    assert name_ends(["Franklin", "D.", "Roosevelt"]) == {"Franklin", "Roosevelt"}
    # two given names, then two surnames: the first surname still stands for the name
    assert "Sánchez" in name_ends(["Juan", "Carlos", "Sánchez", "Ortega"])
    assert "Ann" not in name_ends(["Mary", "Ann", "Hale", "Brown"])
