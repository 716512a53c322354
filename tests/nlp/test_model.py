"""The loaded pipeline: its lemmatizer's word index as sets gives the lemmas the lists gave."""

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
