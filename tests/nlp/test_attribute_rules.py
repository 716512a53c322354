"""The attribute ruler by look-ups gives spaCy's Matcher's matches and the same parse, token for token."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from bot.nlp.attribute_rules import FastAttributeMatch, install

# Written to reach the ruler's special cases: contractions and dialect ("ain't", "gonna", "gotta",
# "let's", "y'all", "nothin'"), negation, auxiliaries and "do"/"have" as main verbs, "there is/are",
# pronouns as objects, determiners as pronouns, subordinating "that", stray whitespace tokens.
TEXTS = [
    "It ain't over, and we're not gonna stop now, the coach said. You gotta believe it.",
    "Let's be clear: y'all did nothin' wrong, and I told him that I hadn't seen it.",
    "There are three reasons, and there's one more. She gave it to me because I asked.",
    "They do their homework. He has a dog that has fleas. Did you do it? That is what I said.",
    "The mayor said   \n\n  that the city of  Springfield would   rebuild.\tThose were the days.",
    "I'm sure you'll like it; she'd have been there if it hadn't rained. Give it to them and us.",
    "",
    "   ",
    "Nothing's changed, everything is fine, and whether or not anybody believes it, we'll win.",
]


@pytest.fixture(scope="module")
def ruler(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, FastAttributeMatch), "get_nlp installs the look-up ruler"
    return ruler


def _before_ruler(nlp, text):
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return nlp(text)


def test_same_matches_as_the_matcher(nlp, ruler):
    fast = ruler.match
    for text in TEXTS:
        doc = _before_ruler(nlp, text)
        assert fast(doc) == fast.original(doc), text
    # the special patterns above did fire, so they were compared
    matched = {attr_id for text in TEXTS for attr_id, *_ in fast(_before_ruler(nlp, text))}
    multi = {attr_id for attr_id, _, length, _ in fast.patterns if length > 1}
    assert matched & multi


def test_same_parse_token_for_token(nlp, ruler):
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    fast = ruler.match
    with_lookup = [nlp(t).to_array(attrs).tolist() for t in TEXTS]
    ruler.match = fast.original
    try:
        with_matcher = [nlp(t).to_array(attrs).tolist() for t in TEXTS]
    finally:
        ruler.match = fast
    assert with_lookup == with_matcher


def test_patterns_added_later_go_to_the_matcher():
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "acme"}]], {"TAG": "NNP"})
    assert install(blank)
    doc = blank("Acme and acme")
    assert [t.tag_ for t in doc] == ["NNP", "", "NNP"]
    ruler.add([[{"LOWER": "and"}]], {"TAG": "CC"})  # after the look-up was built
    assert [t.tag_ for t in blank("Acme and acme")] == ["NNP", "CC", "NNP"]


def test_a_pattern_it_cannot_read_keeps_the_matcher():
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"TAG": "JJ"}, index=-1)
    assert not install(blank)
    assert not isinstance(ruler.match, FastAttributeMatch)
    assert [t.tag_ for t in blank("very very good")] == ["", "", "JJ"]
