"""A surname the model left out of a person entity joins it (``names._surname_after``); docs built by
hand so the test does not hang on what the model tags."""

from __future__ import annotations

from spacy.tokens import Doc

from bot.nlp.actors.names import find_mentions

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
