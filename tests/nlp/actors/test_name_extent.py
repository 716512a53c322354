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
