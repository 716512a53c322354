"""The loaded pipeline: its lemmatizer's word index as sets gives the lemmas the lists gave; abbreviated titles
stay whole, so no sentence ends at their stop; a paragraph after one ending in a word that keeps its stop ("on X.")
starts a sentence."""

from __future__ import annotations

# Inflections of every kind the rules handle, words the index does not list, and base forms.
TEXT = (
    "The ponies were running faster than the wolves, said the happiest of the children's nannies. "
    "She studied analyses of crises, wrote memos, and googled the zorbles' grumpiest snarflings. "
    "Councillors have tabled amendments; the mayor's office denied it, citing bylaws and taxes. "
    "Better days are coming, the strikers chanted, as buses idled and geese flew over the quays."
)


def test_lemma_index_is_sets_and_gives_the_same_lemmas(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())
    with_sets = [t.lemma_ for t in nlp(TEXT)]
    saved = dict(table.items())
    try:
        for key, words in saved.items():
            table[key] = sorted(words)  # the lists spaCy ships
        lemmatizer.cache.clear()
        with_lists = [t.lemma_ for t in nlp(TEXT)]
    finally:
        for key, words in saved.items():
            table[key] = words
        lemmatizer.cache.clear()
    assert with_sets == with_lists
    assert {"pony", "run", "wolf", "happy", "child", "study", "crisis"} <= set(with_sets)


def test_an_abbreviated_title_ends_no_sentence(nlp):
    for text in (
        "Police said Sgt. Jane Doe was injured.",
        "The motion, moved by Coun. Jane Doe, passed 6-5.",
        "“I’d rather get it right than fast,” Insp. Hollis Kwan said.",
        "The arrest was made by Det. Jane Doe of the major crimes unit.",
    ):
        doc = nlp(text)
        assert len(list(doc.sents)) == 1, text


def test_a_quote_keeps_its_cue_after_an_abbreviated_title(nlp):
    from tests.support.quotes import rule_quotes

    text = (
        "Council voted 6-5 to move ahead with the arena.\n\n"
        "“I’d rather we get it right than get it fast,” Coun. Hollis Kwan said before the vote."
    )
    assert [q.speaker for q in rule_quotes(text, nlp)] == ["Hollis Kwan"]


def test_a_paragraph_after_an_abbreviation_keeping_its_stop_starts_a_sentence(nlp):
    from tests.support.quotes import rule_quotes

    text = (
        "Protests\n\n“The people on the streets are not criminals,” she wrote in a post on X.\n\nThe National Police "
        "Service said in a statement that officers had “acted with restraint” during the march."
    )
    doc = nlp(text)
    the = next(t for t in doc if t.text == "The" and t.i > 5)
    assert the.is_sent_start
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["acted with restraint"] == "National Police Service"


def test_a_paragraph_after_one_ending_in_a_word_starts_a_sentence(nlp):
    """A subhead, a link line or a caption without a stop is its own sentence: the parser ran it into the next
    paragraph and hung that paragraph's subject on it ("… describes smash-and-grab ¶ Coastline Logistics Ltd. …
    said")."""
    text = (
        "Road closures\n\nCrews will work through the night on the bridge deck.\n\nWhat drivers need to know\n\n"
        "The ministry said the detour adds ten minutes.\n\nREAD MORE: ‘We were lucky’: store owner describes "
        "smash-and-grab\n\nCoastline Logistics Ltd., which operates the warehouse, said in a statement that it is "
        "co-operating with police."
    )
    doc = nlp(text)
    starts = {t.text for t in doc if t.is_sent_start}
    assert {"The", "Coastline"} <= starts
    said = [t for t in doc if t.text == "said"][1]
    assert said.sent.text.startswith("Coastline Logistics")
