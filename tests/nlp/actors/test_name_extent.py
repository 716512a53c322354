"""A surname the model left out of a person entity joins it (``names._surname_after``); docs built by
hand so the test does not hang on what the model tags."""

from __future__ import annotations

from spacy.tokens import Doc

from bot.nlp.actors.names import find_mentions
from bot.nlp.analysis import analyze

WORDS = ["Group", "leader", "Cllr", "Sarah", "Finch", "said", "no", "."]
POS = ["NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"]


def _doc(nlp, heads, deps):
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    return Doc(nlp.vocab, words=WORDS, pos=POS, heads=heads, deps=deps, ents=ents)


def test_the_left_out_surname_joins_the_name(nlp):
    heads = [1, 4, 4, 4, 5, 5, 5, 5]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    [m] = find_mentions(_doc(nlp, heads, deps))
    assert (m.start, m.end, m.norm) == (2, 5, "Sarah Finch")


def test_a_proper_noun_the_name_does_not_modify_stays_out(nlp):
    heads = [1, 3, 3, 5, 5, 5, 5, 5]
    deps = ["compound", "compound", "compound", "nsubj", "npadvmod", "ROOT", "dobj", "punct"]
    [m] = find_mentions(_doc(nlp, heads, deps))
    assert (m.start, m.end, m.norm) == (2, 4, "Sarah")


def _tagged(nlp, words: list[str], ents: list[str], pos: list[str] | None = None) -> Doc:
    """A doc with the given entities and parts of speech, no parse (the rules below read no more)."""
    return Doc(nlp.vocab, words=words, ents=ents, pos=pos)


def test_a_lower_case_noun_run_into_a_person_entity_is_left_out(nlp):
    # "her fiancé Dean Rowley": the model ran the noun into the name
    doc = _tagged(
        nlp,
        ["She", "left", "her", "fiancé", "Dean", "Rowley", "."],
        ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
        ["PRON", "VERB", "PRON", "NOUN", "PROPN", "PROPN", "PUNCT"],
    )
    [m] = find_mentions(doc)
    assert (m.start, m.norm) == (4, "Dean Rowley")
    # a determiner is no noun run into the name: the entity keeps its lower-case word
    doc = _tagged(
        nlp,
        ["They", "met", "at", "the", "Stonewall", "Inn", "."],
        ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
        ["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
    )
    [m] = find_mentions(doc)
    assert m.start == 3
    # a name particle opening a name stays in it
    doc = _tagged(nlp, ["Ask", "van", "Houten", "."], ["O", "B-PERSON", "I-PERSON", "O"])
    [m] = find_mentions(doc)
    assert m.norm == "van Houten"


def test_a_given_name_joined_to_a_full_name_by_and_shares_its_surname(nlp):
    words = ["One", "couple", ",", "Colin", "and", "Elaine", "Hartley", ",", "paid", "."]
    doc = _tagged(nlp, words, ["O", "O", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert [m.norm for m in find_mentions(doc)] == ["Colin Hartley", "Elaine Hartley"]
    # the model left the first given name untagged: it becomes a mention
    doc = _tagged(nlp, words, ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert [m.norm for m in find_mentions(doc)] == ["Colin Hartley", "Elaine Hartley"]
    # a given name that is another person's name in the article takes no surname
    words = ["Sally", "Hartley", "met", "Colin", "Baird", ".", "Colin", "and", "Elaine", "Hartley", "left"]
    ents = "B-PERSON I-PERSON O B-PERSON I-PERSON O B-PERSON O B-PERSON I-PERSON O".split()
    doc = _tagged(nlp, words, ents)
    assert [m.norm for m in find_mentions(doc)][2] == "Colin"
    # a place or a word that is no given name before "and" takes no surname
    words = ["Both", "Leeds", "and", "Elaine", "Hartley", "won", "."]
    doc = _tagged(nlp, words, ["O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert [m.norm for m in find_mentions(doc)] == ["Leeds", "Elaine Hartley"]


def test_titles_before_a_full_name_tagged_an_organisation_make_a_person(nlp):
    words = ["Detective", "Constable", "Ravi", "Shah", "of", "Kent", "Police", "said", "so", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "I-ORG", "O", "O", "O"]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [("Ravi Shah", "PERSON"), ("Kent Police", "ORG")]
    # a title before words that are no full name stays an organisation
    words = ["General", "Motors", "and", "Democratic", "National", "Committee", "agreed", "."]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert [m.label for m in find_mentions(_tagged(nlp, words, ents))] == ["ORG", "ORG"]


def test_a_ranking_a_religious_title_or_a_role_noun_before_a_full_name_makes_a_person(nlp):
    """ "No 1 Tom Hale", "The Rev Canon Ana Ruiz", "Nurse Ana Ruiz" tagged an organisation: the full name
    after them is a person; "The Ana Ruiz Trust" (no title before the name) is no one's."""
    for words, ents in [
        (
            ["former", "No", "1", "Tom", "Hale", "said", "."],
            ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
        ),
        (
            ["The", "Rev", "Canon", "Ana", "Ruiz", "said", "."],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
        ),
        (["Nurse", "Ana", "Ruiz", "said", "."], ["B-ORG", "I-ORG", "I-ORG", "O", "O"]),
    ]:
        [m] = find_mentions(_tagged(nlp, words, ents))
        assert (m.norm, m.label) == (" ".join(words[-4:-2]), "PERSON"), words
    words = ["The", "Ana", "Ruiz", "Trust", "gave", "."]
    [m] = find_mentions(_tagged(nlp, words, ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]))
    assert m.label == "ORG"


def test_new_titles_are_left_out_of_the_name():
    from bot.nlp.actors.names import normalise_name

    for surface, name in [
        ("Alhaji Musa Bello", "Musa Bello"),
        ("Engr Ada Obi", "Ada Obi"),
        ("Fr Donal Keane", "Donal Keane"),
        ("Honourable Kevin Roos", "Kevin Roos"),
        ("Archbishop Ana Ruiz", "Ana Ruiz"),
    ]:
        assert normalise_name(surface)[0] == name


def test_a_double_barrelled_surname_cut_at_its_hyphen_is_whole(nlp):
    words = ["Minister", "Thabo", "Mbeki", "-", "Ndlovu", "said", "so", "."]
    spaces = [True, True, False, False, True, True, False, False]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    [m] = find_mentions(Doc(nlp.vocab, words=words, spaces=spaces, ents=ents))
    assert m.norm == "Thabo Mbeki-Ndlovu"
    # a dash between spaced words is no hyphen of a name
    spaces = [True, True, True, True, True, True, False, False]
    [m] = find_mentions(Doc(nlp.vocab, words=words, spaces=spaces, ents=ents))
    assert m.norm == "Thabo Mbeki"


def test_a_name_particle_left_out_of_the_entity_joins_it_with_the_given_name(nlp):
    # "Cllr Ffion ap Dafydd": the title and given name tagged an organisation, the surname a person
    words = ["Cllr", "Ffion", "ap", "Dafydd", "spoke", "."]
    ents = ["B-ORG", "I-ORG", "O", "B-PERSON", "O", "O"]
    assert [(m.norm, m.label) for m in find_mentions(_tagged(nlp, words, ents))] == [
        ("Ffion ap Dafydd", "PERSON")
    ]
    # the particle inside the entity, the given name outside it, after a sentence break
    words = ["Mayor", "Ma", ".", "Theresa", "dela", "Cruz", "spoke", "."]
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert [m.norm for m in find_mentions(_tagged(nlp, words, ents))] == ["Theresa dela Cruz"]
    # after a title only, the particle joins and the title stays out of the name
    words = ["Later", ",", "Cllr", "ap", "Dafydd", "said", "no", "."]
    ents = ["O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O"]
    assert [m.norm for m in find_mentions(_tagged(nlp, words, ents))] == ["ap Dafydd"]
    # an English word before the entity is no particle ("in Al Smith's view" aside: "al" is skipped)
    words = ["Ten", "Al", "Smith", "fans", "came", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    assert [m.norm for m in find_mentions(_tagged(nlp, words, ents))] == ["Al Smith"]


def test_what_stays_out_of_the_title_and_hyphen_rules(nlp):
    # "the King James Bible": "the" opens a titled name only before a clergy or honour title
    words = ["from", "the", "King", "James", "Bible", "."]
    [m] = find_mentions(_tagged(nlp, words, ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]))
    assert m.label == "ORG"
    # a lone word before a hyphen is no name to extend ("Dodd-Frank", a law)
    words = ["repeal", "Dodd", "-", "Frank", "now", "."]
    spaces = [True, False, False, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=["O", "B-PERSON", "O", "O", "O", "O"])
    assert [m.norm for m in find_mentions(doc)] == ["Dodd"]


def test_a_name_ends_at_a_dash_set_off_by_spaces():
    from bot.nlp.actors.names import normalise_name

    assert normalise_name("Robert Barr - won")[0] == "Robert Barr"
    assert normalise_name("Ana Ruiz – who")[0] == "Ana Ruiz"
    assert normalise_name("Ana Ruiz-Lee")[0] == "Ana Ruiz-Lee"


def test_a_full_name_run_over_of_into_a_body_is_a_person_and_the_body(nlp):
    """ "Tomos Pryce of Pryce Planning", tagged an organisation: a person and the body; "Bank of
    Canada" (no full name before "of") stays whole."""
    words = ["agent", ",", "Tomos", "Pryce", "of", "Pryce", "Planning", ",", "said", "."]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [("Tomos Pryce", "PERSON"), ("Pryce Planning", "ORG")]
    words = ["the", "Bank", "of", "Canada", "said", "."]
    mentions = find_mentions(_tagged(nlp, words, ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]))
    assert [(m.norm, m.label) for m in mentions] == [("Bank of Canada", "ORG")]


def test_a_title_and_the_surname_of_a_full_name_tagged_an_organisation_make_a_person(nlp):
    """ "Ms Keane" and "Cllr Odum" tagged organisations: a person written short when the article names
    the full name ("Ruth Keane", however tagged); a title before a name no one in the article holds in
    full ("Mr Price", a retailer) stays as tagged."""
    words = ["Ruth", "Keane", "spoke", ".", "Ms", "Keane", "and", "Cllr", "Odum", "left", "."]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [
        ("Ruth Keane", "ORG"),
        ("Keane", "PERSON"),
        ("Cllr Odum", "ORG"),
    ]


def _entities(nlp, words, ents):
    spaces = [
        not (w == "-" or (k + 1 < len(words) and words[k + 1] in ("-", ",", ".")))
        for k, w in enumerate(words)
    ]
    return Doc(nlp.vocab, words=words, spaces=spaces, ents=ents)


def test_half_a_double_barrelled_surname_tagged_a_body_is_the_person_named_in_full(nlp):
    # "Judge Patricia Navarro-Quinn" … "Navarro-Quinn wrote": the model tags "Navarro" an organisation
    words = [
        "Judge",
        "Patricia",
        "Navarro",
        "-",
        "Quinn",
        "ruled",
        ".",
        "Navarro",
        "-",
        "Quinn",
        "wrote",
        ".",
    ]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "O", "O"]
    found = [(m.norm, m.label) for m in find_mentions(_entities(nlp, words, ents))]
    assert found == [("Patricia Navarro-Quinn", "PERSON"), ("Navarro-Quinn", "PERSON")]


def test_a_body_never_named_as_a_person_keeps_its_hyphen_and_kind(nlp):
    words = ["Rolls", "-", "Royce", "said", "."]
    ents = ["B-ORG", "O", "O", "O", "O"]
    [m] = find_mentions(_entities(nlp, words, ents))
    assert (m.norm, m.label) == ("Rolls", "ORG")


def test_a_surname_after_a_hyphenated_given_name_is_a_person(nlp):
    # "Hyun-woo Park, a deep-sea biologist": the model tags "Park" an organisation and leaves the given
    # name out; a compound before a body is no given name
    words = ["Hyun", "-", "woo", "Park", ",", "a", "biologist", ",", "spoke", "."]
    ents = ["O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"]
    [m] = find_mentions(_entities(nlp, words, ents))
    assert (m.norm, m.label) == ("Hyun-woo Park", "PERSON")
    for first, second in (("Middle", "aged"), ("Anti", "war"), ("Botox", "maker")):
        words = [first, "-", second, "Park", "opened", "."]
        [m] = find_mentions(_entities(nlp, words, ["O", "O", "O", "B-ORG", "O", "O"]))
        assert (m.norm, m.label) == ("Park", "ORG")


def test_a_double_given_name_joins_once_the_particles_have(nlp):
    # "Anne-Sophie van der Berghe": the model tagged "Anne-Sophie van" a body and "Berghe" a person; the
    # person takes the particles back to "Sophie", then the hyphen and "Anne" (the body's fragment)
    words = ["Anne", "-", "Sophie", "van", "der", "Berghe", "said", "so", "."]
    spaces = [False, False, True, True, True, True, True, False, False]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents)
    person = [m for m in find_mentions(doc) if m.label == "PERSON"]
    assert [(m.start, m.norm) for m in person] == [(0, "Anne-Sophie van der Berghe")]


def test_a_word_of_another_name_before_the_hyphen_stays_out(nlp):
    # "Anti-Trump Sophie van der Berghe": no fragment of one name runs from the word before the hyphen
    words = ["Hall", "-", "Sophie", "van", "der", "Berghe", "said", "so", "."]
    spaces = [False, False, True, True, True, True, True, False, False]
    ents = ["B-ORG", "O", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents)
    person = [m for m in find_mentions(doc) if m.label == "PERSON"]
    assert [m.norm for m in person] == ["Sophie van der Berghe"]


def test_a_given_name_before_a_double_surname_with_an_apostrophe_takes_it_whole(nlp):
    # "Margaret O’Donnell-Fortin": the model tagged "Margaret" alone and hung it on "Fortin", the hyphen's
    # second half; "O’Donnell" is a name word for all its apostrophe
    words = ["Margaret", "O’Donnell", "-", "Fortin", ",", "a", "resident", ",", "spoke", "."]
    spaces = [True, False, False, False, True, True, False, True, False, False]
    heads = [3, 3, 3, 8, 3, 6, 3, 3, 8, 8]
    deps = ["compound", "compound", "punct", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-PERSON"] + ["O"] * 9
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    [m] = find_mentions(doc)
    assert m.norm == "Margaret O’Donnell-Fortin"
    # near miss: a spaced dash is no double surname ("Margaret O’Donnell - Fortin" stays as the parse hangs it)
    spaces[1] = spaces[2] = True
    heads = [1, 8, 1, 1, 1, 6, 1, 1, 8, 8]
    deps = ["compound", "nsubj", "punct", "appos", "punct", "det", "appos", "punct", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    [m] = find_mentions(doc)
    assert m.norm == "Margaret O’Donnell"


def test_a_plural_title_before_surnames_named_in_full_is_a_title(nlp):
    # "Councilmembers Brightwater, …" and "Trustees Okonjo, …" tagged a body: the surname of a person the
    # article names in full, so a person; a plural title before no such surname stays as tagged
    words = [
        "Tamika",
        "Brightwater",
        "spoke",
        ".",
        "Councilmembers",
        "Brightwater",
        "and",
        "Trustees",
        "Vale",
        "left",
        ".",
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [
        ("Tamika Brightwater", "PERSON"),
        ("Brightwater", "PERSON"),
        ("Trustees Vale", "ORG"),
    ]


def _gm_doc(nlp, words, ents, heads, deps):
    pos = ["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"][: len(words)]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos)


def test_a_one_word_place_the_name_hangs_on_is_its_surname(nlp):
    # "manager Marc-André Sauvé told …": "Sauvé" tagged a place, the head the given name modifies, written
    # nowhere else: the surname. Near miss: a place the article also names on its own stays a place
    words = ["manager", "Marc", "Sauvé", "told", "Sauvé", "."]
    ents = ["O", "B-PERSON", "B-GPE", "O", "B-GPE", "O"]
    heads = [2, 2, 3, 3, 3, 3]
    deps = ["compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    person = [m for m in find_mentions(_gm_doc(nlp, words, ents, heads, deps)) if m.label == "PERSON"]
    assert [m.norm for m in person] == ["Marc"]
    words[4] = "Paris"
    person = [m for m in find_mentions(_gm_doc(nlp, words, ents, heads, deps)) if m.label == "PERSON"]
    assert [m.norm for m in person] == ["Marc Sauvé"]


def test_a_full_name_after_a_role_noun_tagged_a_work_is_a_person(nlp):
    # "Ward 32 councillor Themba Mkhize, no relation …": the model tagged the name a work of art; a work's
    # title after a word that is no role ("the film Harbour Lights") stays out of the list
    words = ["councillor", "Themba", "Mkhize", "spoke", ";", "the", "film", "Harbour", "Lights", "ran", "."]
    ents = [
        "O",
        "B-WORK_OF_ART",
        "I-WORK_OF_ART",
        "O",
        "O",
        "O",
        "O",
        "B-WORK_OF_ART",
        "I-WORK_OF_ART",
        "O",
        "O",
    ]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [("Themba Mkhize", "PERSON")]
    # "a former World No. 1 amateur": no title before it, and a common word in it
    words = ["a", "former", "World", "No", ".", "1", "amateur"]
    ents = ["O", "O", "B-EVENT", "I-EVENT", "O", "O", "O"]
    assert find_mentions(_tagged(nlp, words, ents)) == []


def test_two_person_entities_the_parse_makes_one_name_are_one(nlp):
    # "Minister Syed Zahir Ali Khan met …": tagged "Syed Zahir" and "Ali Khan", the first hung on the
    # second; two names set apart by "and" stay two
    words = ["Minister", "Syed", "Zahir", "Ali", "Khan", "met", "them", "."]
    heads = [4, 4, 4, 4, 5, 5, 5, 5]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    ents = ["O", "B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert [m.norm for m in find_mentions(doc)] == ["Syed Zahir Ali Khan"]
    words = ["Omar", "Zahir", "and", "Ali", "Khan", "met", "them", "."]
    heads = [1, 5, 1, 4, 1, 5, 5, 5]
    deps = ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "dobj", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert [m.norm for m in find_mentions(doc)] == ["Omar Zahir", "Ali Khan"]


def test_a_titled_full_name_after_a_comma_inside_a_body_is_a_person(nlp):
    # "A cocoa farmer at Amenfiman, Madam Akosua Nyarko, 52, said": the model ran the place over the comma
    # into the titled name; a body's own name with a comma in it and no title stays ("Smith, Jones Ltd")
    words = ["at", "Amenfiman", ",", "Madam", "Akosua", "Nyarko", ",", "52", ",", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    [m] = find_mentions(_tagged(nlp, words, ents))
    assert (m.norm, m.label) == ("Akosua Nyarko", "PERSON")
    words = ["at", "Smith", ",", "Jones", "Hale", "Ltd", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    [m] = find_mentions(_tagged(nlp, words, ents))
    assert m.label == "ORG"


def test_a_welsh_or_irish_particle_between_two_capitalised_words_makes_a_name(nlp):
    # "Rhodri ap Gwilym said": the model tagged "Rhodri" and "Gwilym" bodies and "ap" nothing; "Mac" is left
    # out ("the Big Mac Index"), and so is a particle opening a sentence's first word
    words = ["coach", "Rhodri", "ap", "Gwilym", "said", "the", "Big", "Mac", "Index", "rose", "."]
    ents = ["O", "B-ORG", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [("Rhodri ap Gwilym", "PERSON"), ("Big Mac Index", "ORG")]


def test_a_name_the_model_ended_on_a_number_word_goes_on(nlp):
    # "Principal Chief Raymond Two Hawks Lessard told …": tagged "Raymond Two"; the words after it that the
    # parse hangs on the same name are the rest of it. Near miss: a number word the parse hangs elsewhere
    words = ["Chief", "Raymond", "Two", "Hawks", "Lessard", "told", "them", "."]
    heads = [4, 4, 4, 4, 5, 5, 5, 5]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert [m.norm for m in find_mentions(doc)] == ["Raymond Two Hawks Lessard"]
    words = ["Raymond", "Two", "Tickets", "were", "sold", "."]
    heads = [1, 2, 4, 4, 4, 4]
    deps = ["compound", "nummod", "nsubjpass", "auxpass", "ROOT", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert [m.norm for m in find_mentions(doc)] == ["Raymond Two"]


def test_a_seat_member_letters_and_a_name_tagged_a_body_are_the_person(nlp):
    # "Cork South-Central TD Gráinne Holohan-Mbeki", one body to the model: the name after the letters is the
    # member's, a given name the data do not know or not; a body's own name with no title in it stays
    words = ["to", "Cork", "South", "-", "Central", "TD", "Gráinne", "Holohan", "-", "Mbeki", "last", "week"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    [m] = find_mentions(_entities(nlp, words, ents))
    assert (m.norm, m.label) == ("Gráinne Holohan-Mbeki", "PERSON")
    words = ["to", "Cork", "South", "-", "Central", "Harbour", "Board", "last", "week"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    [m] = find_mentions(_entities(nlp, words, ents))
    assert m.label == "ORG"


def test_a_malay_name_the_model_cut_at_binti_is_whole(nlp):
    # "Nasi lemak seller Norhayati binti Abdul Rahman, 47,": "Norhayati" a body and "Abdul Rahman" a person to
    # the model; one name, the father's after "binti"
    words = ["seller", "Norhayati", "binti", "Abdul", "Rahman", ",", "47", ",", "said", "."]
    ents = ["O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    mentions = find_mentions(_tagged(nlp, words, ents))
    assert [(m.norm, m.label) for m in mentions] == [("Norhayati binti Abdul Rahman", "PERSON")]


def test_a_given_name_before_a_nickname_completes_a_surname_tagged_alone(nlp):
    # "René “Boom-Boom” Lapointe-Bouchard": the model tagged the surname alone and read "René" as a verb;
    # the man is René Lapointe-Bouchard, not his father "Claude Lapointe-Bouchard"; a title before the
    # nickname is no given name ("Coach ‘Boom’ Gauthier" stays Gauthier)
    words = ["René", "“", "Boom", "-", "Boom", "”", "Lapointe", "-", "Bouchard", "had", "a", "routine", "."]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON", "I-PERSON"] + ["O"] * 4
    pos = [
        "VERB",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[
            w not in ("“", "-") and n not in ("”", "-") for w, n in zip(words, words[1:] + ["."], strict=True)
        ],
        ents=ents,
        pos=pos,
    )
    assert [m.norm for m in find_mentions(doc)] == ["René Lapointe-Bouchard"]
    words = ["Coach", "“", "Boom", "”", "Gauthier", "had", "a", "routine", "."]
    ents = ["O"] * 4 + ["B-PERSON"] + ["O"] * 4
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    assert [m.norm for m in find_mentions(Doc(nlp.vocab, words=words, ents=ents, pos=pos))] == ["Gauthier"]


def test_a_surname_half_the_model_tagged_a_place_joins_the_name_when_it_never_stands_alone(nlp):
    # "City Solicitor Yvette Marchand-Okoro wrote": "Okoro" a place to the model, and nowhere else in the
    # article on its own: half of her surname; "Ana Ruiz-Lima" beside "Lima" alone is cut as before
    words = ["Solicitor", "Yvette", "Marchand", "-", "Okoro", "wrote", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O"]
    assert [m.norm for m in find_mentions(_entities(nlp, words, ents)) if m.label == "PERSON"] == [
        "Yvette Marchand-Okoro"
    ]
    words = ["Ana", "Ruiz", "-", "Lima", "flew", "to", "Lima", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    assert [m.norm for m in find_mentions(_entities(nlp, words, ents)) if m.label == "PERSON"] == ["Ana Ruiz"]


def test_a_lone_surname_cut_at_a_hyphen_joins_after_a_courtesy_title(nlp):
    # "Mr. Tessier-Ng wrote": the model tagged "Tessier" alone; after "Mr." the hyphenated half is his
    # surname's; with no title a lone word stays cut ("Dodd" of "Dodd-Frank rules")
    words = ["Mr.", "Tessier", "-", "Ng", "wrote", "."]
    ents = ["O", "B-PERSON", "O", "O", "O", "O"]
    assert [m.norm for m in find_mentions(_entities(nlp, words, ents))] == ["Tessier-Ng"]
    words = ["the", "Dodd", "-", "Frank", "rules", "."]
    ents = ["O", "B-PERSON", "O", "O", "O", "O"]
    assert [m.norm for m in find_mentions(_entities(nlp, words, ents))] == ["Dodd"]


def test_a_body_name_cut_after_its_of_takes_the_place_after_it(nlp):
    # the model tags "the Ukrainian Catholic Archeparchy of" a body and "Winnipeg" something else
    text = (
        "The Ukrainian Catholic Archeparchy of Winnipeg said it was heartbroken. The church was built in "
        "1919 by Ukrainian settlers."
    )
    names = [a.name for a in analyze(text, nlp).actors]
    assert "Ukrainian Catholic Archeparchy of Winnipeg" in names
    assert not any(n.endswith(" of") for n in names)


def test_a_body_name_cut_before_its_for_takes_what_the_body_is_for(nlp):
    # the model tags "Canada Council" and leaves "for the Arts" out; a lower-case "for" phrase stays out
    names = [
        a.name for a in analyze("The Canada Council for the Arts said the project was rare.", nlp).actors
    ]
    assert "Canada Council for the Arts" in names
    names = [
        a.name
        for a in analyze("The council for the last time met on Monday, Mayor Ana Ruiz said.", nlp).actors
    ]
    assert not any("for" in n for n in names)


def test_an_entity_run_over_a_line_break_keeps_the_later_of_two_as_long_runs(nlp):
    """ "Get the latest from CBC North" ¶ "Levi Nuqingaq, a carpenter, said": the model may tag both lines'
    capitalised pairs one entity; the line that goes on into a sentence holds the name."""
    words = [
        "Get",
        "latest",
        "from",
        "CBC",
        "North",
        "\n\n",
        "Levi",
        "Nuqingaq",
        ",",
        "a",
        "carpenter",
        ",",
        "said",
        ".",
    ]
    spaces = [True, True, True, True, False, False, True, False, True, True, False, True, False, False]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents)
    assert [m.surface for m in find_mentions(doc)] == ["Levi Nuqingaq"]
